"""Errors an adapter raises; the app layer maps each to an HTTP answer or an outbox state."""

from __future__ import annotations


class AdapterError(Exception):
    """Base class of adapter errors."""


class SignatureError(AdapterError):
    """The request is not signed by the provider (answer 403, store nothing)."""


class MalformedPayload(AdapterError):
    """The request is signed but its body cannot be read (answer 400, store nothing).

    The message names the cause for the provider's log; `reason` is a short stable code for
    the refusal metric.
    """

    def __init__(self, message: str, *, reason: str = "malformed") -> None:
        super().__init__(message)
        self.reason = reason


class SendError(AdapterError):
    """A send failed. `code` is the provider's error code when it gave one."""

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code


class TransientSendError(SendError):
    """Worth retrying later: timeouts, 5xx, rate limits. `retry_after` is in seconds."""

    def __init__(
        self, message: str, *, code: str | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message, code=code)
        self.retry_after = retry_after


class PermanentSendError(SendError):
    """Retrying cannot help: invalid number, blocked, opted out, bad credentials."""


class ReauthRequired(PermanentSendError):
    """The channel's credentials were refused (an expired or revoked token): staff must renew
    them. The app marks the channel as needing reauthorization."""

    reauth_required = True


class SendHeld(SendError):
    """The channel's rules forbid sending this now (messaging window); staff must act."""
