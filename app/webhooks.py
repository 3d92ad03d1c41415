"""One thin route per provider: adapter.verify -> adapter.parse -> one durable append, answered
at once.

Nothing here waits on a model, a provider or the rest of the database: storing the message,
drafting and sending are jobs for the worker (app.inbox).
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import PlainTextResponse
from sqlalchemy.exc import DataError
from starlette.datastructures import UploadFile

from adapters.twilio import EMPTY_TWIML
from app.inbox import AppendResult, Replayed, Unstorable, append_delivery
from app.metrics import (
    WEBHOOK_CORRECTED,
    WEBHOOK_EVENTS,
    WEBHOOK_REFUSED,
    WEBHOOK_SKIPPED,
    WEBHOOKS,
)
from app.runtime import Runtime
from vocabulary.errors import MalformedPayload, SignatureError
from vocabulary.messages import ParsedWebhook
from vocabulary.webhook import WebhookRequest

log = logging.getLogger(__name__)

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class Refused(Exception):
    """A webhook answered with a 4xx and nothing stored; `code` labels the refusal metric."""

    def __init__(self, status: int, reason: str, code: str = "malformed") -> None:
        super().__init__(reason)
        self.status, self.reason, self.code = status, reason, code


async def _webhook_request(request: Request, runtime: Runtime) -> WebhookRequest:
    body = await request.body()  # at most MAX_BODY_BYTES: app.limits.BodyLimit refused the rest
    url = runtime.settings.public_base_url + request.url.path
    if request.url.query:
        url += "?" + request.url.query
    form = None
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        form = await _multipart_pairs(request, body)
    elif content_type.startswith("application/x-www-form-urlencoded"):
        # Parsed once here rather than by both verify and parse; a body that is not a form
        # is left to the adapter, which refuses it as before.
        with contextlib.suppress(MalformedPayload):
            form = WebhookRequest(url=url, body=body, headers={}, query={}).form_pairs()
    return WebhookRequest(
        url=url,
        body=body,
        headers={k.lower(): v for k, v in request.headers.items()},
        query=dict(request.query_params) if request.url.query else {},
        form=form,
    )


async def _multipart_pairs(request: Request, body: bytes) -> list[tuple[str, str]]:
    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    replay = Request(request.scope, receive)
    try:
        data = await replay.form(max_part_size=1024 * 1024)
    except Exception as exc:  # starlette raises several parser errors for broken multipart
        raise Refused(400, "unreadable multipart body", "bad_multipart") from exc
    pairs: list[tuple[str, str]] = []
    for key, value in data.multi_items():
        pairs.append((key, value.filename or "" if isinstance(value, UploadFile) else value))
    return pairs


async def receive_webhook(
    request: Request, runtime: Runtime, provider: str, *, nonce: bool = False
) -> AppendResult:
    """Verify, parse and durably append one delivery (the worker stores and drafts it);
    raises `Refused` for anything not accepted."""
    adapter = runtime.channels.inbound.get(provider)
    if adapter is None:
        raise Refused(404, f"{provider} is not configured", "not_configured")
    wreq = await _webhook_request(request, runtime)
    try:
        adapter.verify(wreq)
    except SignatureError as exc:
        raise Refused(403, "bad signature", "bad_signature") from exc
    try:
        parsed = adapter.parse(wreq)
    except MalformedPayload as exc:
        raise Refused(400, str(exc), exc.reason) from exc
    try:
        result = await append_delivery(
            runtime, parsed, nonce=(provider, adapter.replay_nonce(wreq)) if nonce else None)
    except Replayed as exc:
        raise Refused(403, "replayed request", "replayed") from exc
    except (Unstorable, DataError) as exc:
        # A signed body whose ids or addresses do not fit the columns: the provider gets a
        # clear 400 (and stops retrying) instead of a 500.
        raise Refused(400, "a field is too long or not storable", "not_storable") from exc
    _count_events(provider, parsed, result)
    return result


def _count_events(provider: str, parsed: ParsedWebhook, result: AppendResult) -> None:
    """What each event of an accepted delivery became, and why any could not be used."""
    for skipped in parsed.skipped:
        counter = WEBHOOK_CORRECTED if skipped.stored else WEBHOOK_SKIPPED
        counter.labels(provider=provider, reason=skipped.reason).inc()
        log.warning("%s webhook event %s: %s (%s)", provider,
                    "corrected" if skipped.stored else "skipped", skipped.reason, skipped.detail)
    outcomes = {
        "stored": len(result.stored), "duplicate": result.duplicates,
        "status": len(parsed.statuses), "ignored": len(parsed.ignored),
        "skipped": sum(1 for s in parsed.skipped if not s.stored),
    }
    for outcome, number in outcomes.items():
        if number:
            WEBHOOK_EVENTS.labels(provider=provider, outcome=outcome).inc(number)


def _refusal(exc: Refused, provider: str) -> Response:
    WEBHOOKS.labels(provider=provider, result=str(exc.status)).inc()
    WEBHOOK_REFUSED.labels(provider=provider, reason=exc.code).inc()
    log.info("%s webhook refused: %s %s", provider, exc.status, exc.reason)
    return PlainTextResponse(exc.reason, status_code=exc.status)


def build_webhook_router(runtime: Runtime) -> APIRouter:
    """Routes for every provider; a provider that is not configured answers 404."""
    router = APIRouter(prefix="/webhooks", include_in_schema=False)

    async def accept(request: Request, provider: str, ok: Response, *, nonce: bool = False
                     ) -> Response:
        try:
            result = await receive_webhook(request, runtime, provider, nonce=nonce)
        except Refused as exc:
            return _refusal(exc, provider)
        WEBHOOKS.labels(provider=provider, result="accepted").inc()
        log.info("%s webhook: %d stored, %d duplicate, %d status", provider,
                 len(result.stored), result.duplicates, result.statuses)
        return ok

    @router.post("/twilio")
    async def twilio(request: Request) -> Response:
        return await accept(request, "twilio", Response(EMPTY_TWIML, media_type="text/xml"))

    @router.post("/twilio/status")
    async def twilio_status(request: Request) -> Response:
        return await accept(request, "twilio", Response(status_code=200))

    @router.get("/meta")
    async def meta_subscribe(request: Request) -> Response:
        adapter = runtime.channels.inbound.get("meta")
        if adapter is None:
            return PlainTextResponse("meta is not configured", status_code=404)
        try:
            challenge = adapter.verify_subscription(dict(request.query_params))
        except SignatureError:
            return PlainTextResponse("verification failed", status_code=403)
        return PlainTextResponse(challenge)

    @router.post("/meta")
    async def meta(request: Request) -> Response:
        return await accept(request, "meta", Response(status_code=200))

    @router.post("/telegram")
    async def telegram(request: Request) -> Response:
        return await accept(request, "telegram", Response(status_code=200))

    @router.post("/email/mailgun")
    async def mailgun(request: Request) -> Response:
        return await accept(request, "mailgun", Response(status_code=200), nonce=True)

    # Mailgun posts the raw MIME message only to a route URL that ends in "mime".
    @router.post("/email/mailgun/mime")
    async def mailgun_mime(request: Request) -> Response:
        return await accept(request, "mailgun", Response(status_code=200), nonce=True)

    @router.post("/email/sendgrid")
    async def sendgrid(request: Request) -> Response:
        return await accept(request, "sendgrid", Response(status_code=200))

    return router
