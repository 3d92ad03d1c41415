"""The name a failed model request gets in a draft's `fallback_reason` flag."""

from __future__ import annotations

import openai

_MAX_CAUSES = 10  # an exception's chain of causes is short; a cycle must not loop forever


def api_error_name(exc: openai.APIError) -> str:
    """The SDK error's class name (`APIConnectionError`, `APITimeoutError`, ...), except for a
    connection that failed without timing out and still arrived as `APITimeoutError`: the SDK's
    aiohttp transport maps every aiohttp connection error, a refused connection included, to
    httpx2's `ConnectTimeout`. Staff read "timeout" as a slow model, "connection" as an
    unreachable one, so a timeout is named only when one is among the error's causes."""
    if isinstance(exc, openai.APITimeoutError) and not _timed_out(exc):
        return openai.APIConnectionError.__name__
    return type(exc).__name__


def _timed_out(exc: BaseException) -> bool:
    """Whether a `TimeoutError` (asyncio's, aiohttp's and the socket's are one) is among the
    causes of `exc`."""
    cause = exc.__cause__ or exc.__context__
    for _ in range(_MAX_CAUSES):
        if cause is None:
            return False
        if isinstance(cause, TimeoutError):
            return True
        cause = cause.__cause__ or cause.__context__
    return False
