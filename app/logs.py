"""Structured logs: one JSON object a line, with the request id, phone numbers and email
addresses masked. Secrets are never passed to the logger in the first place."""

from __future__ import annotations

import contextvars
import logging
import os
import re
import time
from datetime import UTC, datetime
from json.encoder import encode_basestring as _string  # a str as JSON, with its quotes

from starlette.types import ASGIApp, Message, Receive, Scope, Send

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


_NOT_DIGITS = re.compile(r"\D")
_ASCII_DIGITS = "0123456789"


def _digits(text: str) -> int:
    """How many characters of `text` are digits to `mask` (its `\\d`). ASCII text is counted
    with str.count: the regex substitution built a new string, one match at a time, and cost
    more than the rest of an access line's formatting together."""
    if text.isascii():
        return sum(map(text.count, _ASCII_DIGITS))
    return len(_NOT_DIGITS.sub("", text))


# A record attribute (set through `info_line(..., safe=True)`): its caller built the text only
# from parts that cannot hold personal data, so the masks are not run over it. An access line's
# duration alone can give it the ten digits that send a line through them.
MASKED_ATTRIBUTE = "masked"
_SAFE = {MASKED_ATTRIBUTE: True}


def info_line(logger: logging.Logger, msg: str, *args: object, safe: bool = False) -> None:
    """`logger.info(msg, *args)` without Logger.info's look-up of the caller's file and line
    (a walk up the stack and through the code's line table; the JSON lines do not show them,
    and on a webhook the look-up cost more than formatting the line). `safe`: the caller
    vouches that the text holds no phone number or email address."""
    if logger.isEnabledFor(logging.INFO):
        logger.handle(logger.makeRecord(logger.name, logging.INFO, "(unknown file)", 0, msg, args,
                                        None, extra=_SAFE if safe else None))


def _cheap_mask(text: str) -> str:
    """`mask`, skipped for text with no @ and fewer than 10 digits (which `mask` leaves alone):
    most lines, access lines among them."""
    if "@" in text or _digits(text) >= 10:
        return mask(text)
    return text


class JsonFormatter(logging.Formatter):
    """JSON lines with time, level, logger, request id and the masked message. Written to cost
    little per line: the time's seconds part is formatted once a second, text that cannot hold
    a phone number or an email address is not run through the masks, and the line is put
    together from json's own string encoder (the text `json.dumps(entry, ensure_ascii=False)`
    gives, without the encoder object and the dict it walks)."""

    def __init__(self) -> None:
        super().__init__()
        self._second = -1
        self._stamp = ""

    def _time(self, created: float) -> str:
        second = int(created)
        if second != self._second:
            self._second = second
            self._stamp = datetime.fromtimestamp(second, UTC).strftime("%Y-%m-%dT%H:%M:%S")
        return f"{self._stamp}.{int((created - second) * 1000):03d}+00:00"

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if not vars(record).get(MASKED_ATTRIBUTE):
            message = _cheap_mask(message)
        # The time holds only digits and "-T:.+", which JSON does not escape.
        line = (f'{{"time": "{self._time(record.created)}", '
                f'"level": {_string(record.levelname)}, "logger": {_string(record.name)}, '
                f'"request_id": {_string(request_id.get())}, "message": {_string(message)}')
        if record.exc_info:
            line += f', "error": {_string(mask(self.formatException(record.exc_info)))}'
        return line + "}"


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
    # The OpenAI SDK's httpx2 logs the same line for every model request: two a draft.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpx2").setLevel(logging.WARNING)
    # Twilio's SDK logs every request's URL and headers at INFO: eleven lines a send, written
    # between the send's preparation and the provider call.
    logging.getLogger("twilio").setLevel(logging.WARNING)


REQUEST_ID_PATTERN = re.compile(rb"[A-Za-z0-9._-]{1,64}")


def new_request_id() -> bytes:
    """A request id for a caller that sent none: 16 random hex digits (os.urandom directly;
    the uuid4 it was cut from cost five times as much to make)."""
    return os.urandom(8).hex().encode()


class RequestId:
    """ASGI middleware: take X-Request-ID from the caller (or make one), log one access line
    with it, and echo it back. Plain ASGI rather than Starlette's BaseHTTPMiddleware, which
    costs a task and a stream per request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = next((v for k, v in scope["headers"] if k == b"x-request-id"), b"")
        raw = incoming if REQUEST_ID_PATTERN.fullmatch(incoming) else new_request_id()
        token = request_id.set(raw.decode())
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", ()), (b"x-request-id", raw)]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            access.info("%s %s %d %.1fms", scope["method"], scope["path"], status,
                        (time.perf_counter() - started) * 1000)
            request_id.reset(token)
