"""Structured logs: one JSON object a line, with the request id, phone numbers and email
addresses masked. Secrets are never passed to the logger in the first place."""

from __future__ import annotations

import contextvars
import json
import logging
import re
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from starlette.requests import Request
from starlette.responses import Response

access = logging.getLogger("gateway.access")
request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")

_PHONE = re.compile(r"(?<![\w+])(\+?\d[\d\-\s().]{8,}\d)")
_EMAIL = re.compile(r"\b([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})\b")


def mask(text: str) -> str:
    """Hide personal data: +19165550123 -> +1916***0123, jane@example.com -> j***@example.com."""
    def phone(match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group(1))
        if len(digits) < 10:
            return match.group(1)
        return f"{'+' if match.group(1).startswith('+') else ''}{digits[:4]}***{digits[-4:]}"

    return _EMAIL.sub(r"\1***@\2", _PHONE.sub(phone, text))


class JsonFormatter(logging.Formatter):
    """JSON lines with time, level, logger, request id and the masked message."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "request_id": request_id.get(),
            "message": mask(record.getMessage()),
        }
        if record.exc_info:
            entry["error"] = mask(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


def configure(level: str = "INFO") -> None:
    """Route every logger (uvicorn's included) through the JSON formatter."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    # httpx logs full request URLs at INFO, and some providers put tokens in URLs.
    logging.getLogger("httpx").setLevel(logging.WARNING)


async def request_id_middleware(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    """Take X-Request-ID from the caller (or make one), log with it, and echo it back."""
    incoming = request.headers.get("x-request-id", "")
    rid = incoming if re.fullmatch(r"[A-Za-z0-9._-]{1,64}", incoming) else uuid.uuid4().hex[:16]
    token = request_id.set(rid)
    started = time.perf_counter()
    try:
        response = await call_next(request)
        access.info("%s %s %d %.1fms", request.method, request.url.path, response.status_code,
                    (time.perf_counter() - started) * 1000)
    finally:
        request_id.reset(token)
    response.headers["X-Request-ID"] = rid
    return response
