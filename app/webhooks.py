"""One thin route per provider: adapter.verify -> adapter.parse -> ingest, answered at once.

Nothing here waits on a model or a provider: drafting and sending are jobs for the worker.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import PlainTextResponse
from sqlalchemy.exc import DataError
from starlette.datastructures import UploadFile

from app.ingest import FloodPolicy, IngestResult, ingest, mark_nonce, storable
from app.metrics import WEBHOOKS
from app.runtime import Runtime
from vocabulary.errors import MalformedPayload, SignatureError
from vocabulary.webhook import Ack, WebhookRequest

log = logging.getLogger(__name__)

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class Refused(Exception):
    """A webhook answered with a 4xx and nothing stored."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


async def _webhook_request(request: Request, runtime: Runtime) -> WebhookRequest:
    body = await request.body()  # at most MAX_BODY_BYTES: app.limits.BodyLimit refused the rest
    url = runtime.settings.public_base_url + request.url.path
    if request.url.query:
        url += "?" + request.url.query
    form = None
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        form = await _multipart_pairs(request, body)
    return WebhookRequest(
        url=url,
        body=body,
        headers={k.lower(): v for k, v in request.headers.items()},
        query=dict(request.query_params),
        form=form,
    )


async def _multipart_pairs(request: Request, body: bytes) -> list[tuple[str, str]]:
    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    replay = Request(request.scope, receive)
    try:
        data = await replay.form(max_part_size=1024 * 1024)
    except Exception as exc:  # starlette raises several parser errors for broken multipart
        raise Refused(400, "unreadable multipart body") from exc
    pairs: list[tuple[str, str]] = []
    for key, value in data.multi_items():
        pairs.append((key, value.filename or "" if isinstance(value, UploadFile) else value))
    return pairs


async def receive_webhook(
    request: Request, runtime: Runtime, provider: str
) -> tuple[IngestResult, Ack]:
    """Verify, parse and store one delivery; raises `Refused` for anything not accepted."""
    adapter = runtime.channels.inbound.get(provider)
    if adapter is None:
        raise Refused(404, f"{provider} is not configured")
    wreq = await _webhook_request(request, runtime)
    try:
        adapter.verify(wreq)
    except SignatureError as exc:
        raise Refused(403, "bad signature") from exc
    try:
        parsed = adapter.parse(wreq)
    except MalformedPayload as exc:
        raise Refused(400, str(exc)) from exc
    settings = runtime.settings
    flood = FloodPolicy(settings.flood_messages_per_minute, settings.flood_cooldown_seconds)
    nonce = adapter.replay_nonce(wreq)
    try:
        async with runtime.sessions() as session, session.begin():
            if nonce is not None and not await mark_nonce(
                session, provider=provider, nonce=storable(nonce)[:200]
            ):
                raise Refused(403, "replayed request")
            result = await ingest(session, parsed, flood=flood)
    except DataError as exc:
        # A signed body whose ids or addresses do not fit the columns: the provider gets a
        # clear 400 (and stops retrying) instead of a 500.
        raise Refused(400, "a field is too long or not storable") from exc
    return result, adapter.ack(parsed)


def _refusal(exc: Refused, provider: str) -> Response:
    WEBHOOKS.labels(provider=provider, result=str(exc.status)).inc()
    log.info("%s webhook refused: %s %s", provider, exc.status, exc.reason)
    return PlainTextResponse(exc.reason, status_code=exc.status)


def build_webhook_router(runtime: Runtime) -> APIRouter:
    """Routes for every provider; a provider that is not configured answers 404."""
    router = APIRouter(prefix="/webhooks", include_in_schema=False)

    async def accept(request: Request, provider: str) -> Response:
        try:
            result, ack = await receive_webhook(request, runtime, provider)
        except Refused as exc:
            return _refusal(exc, provider)
        WEBHOOKS.labels(provider=provider, result="accepted").inc()
        log.info("%s webhook: %d stored, %d duplicate, %d status", provider,
                 len(result.stored), result.duplicates, result.statuses)
        return Response(ack.body, media_type=ack.media_type)

    @router.post("/twilio")
    async def twilio(request: Request) -> Response:
        return await accept(request, "twilio")

    @router.post("/twilio/status")
    async def twilio_status(request: Request) -> Response:
        return await accept(request, "twilio")

    @router.get("/meta")
    async def meta_subscribe(request: Request) -> Response:
        adapter = runtime.channels.subscriptions.get("meta")
        if adapter is None:
            return PlainTextResponse("meta is not configured", status_code=404)
        try:
            challenge = adapter.verify_subscription(dict(request.query_params))
        except SignatureError:
            return PlainTextResponse("verification failed", status_code=403)
        return PlainTextResponse(challenge)

    @router.post("/meta")
    async def meta(request: Request) -> Response:
        return await accept(request, "meta")

    @router.post("/telegram")
    async def telegram(request: Request) -> Response:
        return await accept(request, "telegram")

    @router.post("/email/mailgun")
    async def mailgun(request: Request) -> Response:
        return await accept(request, "mailgun")

    @router.post("/email/sendgrid")
    async def sendgrid(request: Request) -> Response:
        return await accept(request, "sendgrid")

    return router
