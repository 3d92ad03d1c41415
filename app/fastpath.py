"""The provider webhooks served in front of FastAPI's routing, as plain ASGI.

A webhook is the one request a provider may send by the thousand, and everything it must do
before its 200 is verify, parse and one durable append (`app.pipeline.process_webhook`). On that
path FastAPI's router, its dependency resolution, the request-id and body-limit middlewares and
two log lines cost the server several times what the pipeline does, so `GatewayApp` answers
`POST /webhooks/<provider>` itself and hands every other request to FastAPI unchanged.

The answers are those of the routes they replace: the adapter's ack (200), or the refusal with
nothing stored (404 off, 403 forged or replayed, 400 unreadable, 413 too large), each with the
caller's X-Request-ID echoed (or a new one), and one log line per request with the method, path,
status, time and outcome.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI
from starlette.datastructures import QueryParams, UploadFile
from starlette.requests import Request
from starlette.types import Message, Receive, Scope, Send

from app.logs import REQUEST_ID_PATTERN, info_line, new_request_id, request_id
from app.metrics import WEBHOOK_REFUSED, WEBHOOKS, child
from app.pipeline import Refused, process_webhook
from vocabulary.errors import MalformedPayload
from vocabulary.webhook import WebhookRequest, read_form

if TYPE_CHECKING:
    from app.runtime import Runtime

log = logging.getLogger("gateway.access")

# Path (without the app's root path) -> the provider whose adapter answers it.
WEBHOOK_ROUTES: dict[str, str] = {
    "/webhooks/twilio": "twilio",
    "/webhooks/twilio/status": "twilio",
    "/webhooks/meta": "meta",
    "/webhooks/telegram": "telegram",
    "/webhooks/email/mailgun": "mailgun",
    # Mailgun posts the raw MIME message only to a route URL that ends in "mime".
    "/webhooks/email/mailgun/mime": "mailgun",
    "/webhooks/email/sendgrid": "sendgrid",
}
GET_ALSO = frozenset({"/webhooks/meta"})  # Meta's subscription check, served by FastAPI
NOT_ALLOWED = b'{"detail":"Method Not Allowed"}'


def route_path(scope: Scope) -> str:
    """The path the router matches, as Starlette computes it (the root path taken off)."""
    path: str = scope["path"]
    root: str = scope.get("root_path", "")
    if root and path.startswith(root) and path[len(root):len(root) + 1] in ("/", ""):
        return path[len(root):]
    return path


class GatewayApp(FastAPI):
    """FastAPI, with the provider webhooks answered before its middleware and routing."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path = route_path(scope)
            provider = WEBHOOK_ROUTES.get(path)
            if provider is not None and (scope["method"] == "POST" or path not in GET_ALSO):
                runtime: Runtime = self.state.runtime
                await serve_webhook(runtime, provider, scope, receive, send)
                return
        await super().__call__(scope, receive, send)


async def serve_webhook(runtime: Runtime, provider: str, scope: Scope, receive: Receive,
                        send: Send) -> None:
    """Answer one request to a webhook path, and log one line for it."""
    incoming = next((v for k, v in scope["headers"] if k == b"x-request-id"), b"")
    raw_id = incoming if REQUEST_ID_PATTERN.fullmatch(incoming) else new_request_id()
    token = request_id.set(raw_id.decode())
    started = time.perf_counter()
    status, outcome = 500, " failed"
    try:
        if scope["method"] != "POST":
            status, outcome = 405, ": method not allowed"
            await _respond(send, 405, NOT_ALLOWED, "application/json", raw_id,
                           extra=[(b"allow", b"POST")])
            return
        status, body, media_type, outcome = await _answer(runtime, provider, scope, receive)
        if status:  # 0: the client went away before its body arrived
            await _respond(send, status, body, media_type, raw_id)
    except Exception:
        # What Starlette's error middleware did for the route: a plain 500, the error raised
        # on to the server, which logs it.
        await _respond(send, 500, b"Internal Server Error", "text/plain; charset=utf-8", raw_id)
        raise
    finally:
        # An accepted delivery's line holds the provider, counts, the route, the status and the
        # time; a refusal's reason may quote the request, and goes through the masks.
        info_line(log, "%s webhook%s (%s %s %d %.1fms)", provider, outcome, scope["method"],
                  scope["path"], status, (time.perf_counter() - started) * 1000,
                  safe=status == 200)
        request_id.reset(token)


async def _answer(runtime: Runtime, provider: str, scope: Scope, receive: Receive
                  ) -> tuple[int, bytes, str | None, str]:
    """(status, body, media type, what the log line says) for one POST."""
    if provider not in runtime.channels.inbound:  # refused before the body is read
        return _refused(Refused(404, f"{provider} is not configured", "not_configured"), provider)
    body = await _read_body(scope, receive, runtime.settings.max_body_bytes)
    if body is None:
        return 413, b"body too large", "text/plain", " refused: 413 body too large"
    if isinstance(body, int):
        return 0, b"", None, ": the client disconnected first"
    try:
        request = await webhook_request(scope, body, runtime.settings.public_base_url)
        accepted = await process_webhook(runtime, provider, request)
    except Refused as exc:
        return _refused(exc, provider)
    result, ack = accepted.result, accepted.ack
    child(WEBHOOKS, provider, "accepted").inc()
    media_type = ack.media_type
    if media_type is not None and media_type.startswith("text/") and \
            "charset=" not in media_type.lower():
        media_type += "; charset=utf-8"
    return 200, ack.body.encode(), media_type, (
        f": {len(result.stored)} stored, {result.duplicates} duplicate, "
        f"{result.statuses} status")


def _refused(exc: Refused, provider: str) -> tuple[int, bytes, str | None, str]:
    WEBHOOKS.labels(provider=provider, result=str(exc.status)).inc()
    WEBHOOK_REFUSED.labels(provider=provider, reason=exc.code).inc()
    return exc.status, exc.reason.encode(), "text/plain; charset=utf-8", \
        f" refused: {exc.status} {exc.reason}"


async def _read_body(scope: Scope, receive: Receive, max_bytes: int) -> bytes | int | None:
    """The whole body; None when it is over `max_bytes` (by its declared length or by what
    arrived), 0 when the client disconnected first."""
    for name, value in scope["headers"]:
        if name == b"content-length" and value.isdigit() and int(value) > max_bytes:
            return None
    chunks: list[bytes] = []
    size, more = 0, True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            return 0
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > max_bytes:
            return None
        chunks.append(chunk)
        more = message.get("more_body", False)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


async def webhook_request(scope: Scope, body: bytes, public_base_url: str) -> WebhookRequest:
    """The framework-free request: the public URL the provider signed, the raw body, lower-case
    headers, the query and, for form and multipart bodies, the decoded form (file parts by file
    name)."""
    path = scope["path"].replace("?", "%3F").replace("#", "%23").replace("\\", "%5C")
    try:
        query = scope.get("query_string", b"").decode()
    except UnicodeDecodeError as exc:
        raise Refused(400, "unreadable query string", "malformed") from exc
    url = public_base_url + path + ("?" + query if query else "")
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
    content_type = headers.get("content-type", "")
    form = None
    if content_type.startswith("multipart/form-data"):
        form = await _multipart_pairs(scope, body)
    elif content_type.startswith("application/x-www-form-urlencoded"):
        # Parsed once here rather than by both verify and parse; a body that is not a form
        # is left to the adapter, which refuses it.
        try:
            form = read_form(body)
        except MalformedPayload:
            form = None
    return WebhookRequest(url=url, body=body, headers=headers,
                          query=dict(QueryParams(query)) if query else {}, form=form)


async def _multipart_pairs(scope: Scope, body: bytes) -> list[tuple[str, str]]:
    async def receive() -> Message:
        return {"type": "http.request", "body": body, "more_body": False}

    try:
        data = await Request(scope, receive).form(max_part_size=1024 * 1024)
    except Exception as exc:  # starlette raises several parser errors for broken multipart
        raise Refused(400, "unreadable multipart body", "bad_multipart") from exc
    pairs: list[tuple[str, str]] = []
    for key, value in data.multi_items():
        pairs.append((key, value.filename or "" if isinstance(value, UploadFile) else value))
    return pairs


async def _respond(send: Send, status: int, body: bytes, media_type: str | None, raw_id: bytes,
                   *, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    headers: list[tuple[bytes, bytes]] = [(b"content-length", str(len(body)).encode())]
    if media_type is not None:
        headers.append((b"content-type", media_type.encode("latin-1")))
    headers.extend(extra or ())
    headers.append((b"x-request-id", raw_id))
    message: dict[str, Any] = {"type": "http.response.start", "status": status,
                               "headers": headers}
    await send(message)
    await send({"type": "http.response.body", "body": body})
