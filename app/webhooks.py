"""One thin route per provider: the HTTP request becomes a `WebhookRequest` for
`app.pipeline.process_webhook` (verify, parse, one durable append), answered at once with the
adapter's ack. Storing the message, drafting and sending are jobs for the worker (app.inbox).
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import PlainTextResponse
from starlette.datastructures import UploadFile

from app.deps import RuntimeDep
from app.metrics import WEBHOOK_REFUSED, WEBHOOKS
from app.pipeline import Refused, process_webhook
from app.runtime import Runtime
from vocabulary.errors import MalformedPayload, SignatureError
from vocabulary.webhook import WebhookRequest

log = logging.getLogger(__name__)


async def webhook_request(request: Request, public_base_url: str) -> WebhookRequest:
    """The framework-free request: the public URL the provider signed, the raw body, lower-case
    headers, the query and, for multipart bodies, the decoded form (file parts by file name)."""
    body = await request.body()  # at most MAX_BODY_BYTES: app.limits.BodyLimit refused the rest
    url = public_base_url + request.url.path
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


def _refusal(exc: Refused, provider: str) -> Response:
    WEBHOOKS.labels(provider=provider, result=str(exc.status)).inc()
    WEBHOOK_REFUSED.labels(provider=provider, reason=exc.code).inc()
    log.info("%s webhook refused: %s %s", provider, exc.status, exc.reason)
    return PlainTextResponse(exc.reason, status_code=exc.status)


router = APIRouter(prefix="/webhooks", include_in_schema=False)


async def accept(request: Request, runtime: Runtime, provider: str) -> Response:
    """Answer one delivery: the adapter's ack, or the refusal with nothing stored."""
    try:
        if provider not in runtime.channels.inbound:  # refused before the body is read
            raise Refused(404, f"{provider} is not configured", "not_configured")
        accepted = await process_webhook(
            runtime, provider, await webhook_request(request, runtime.settings.public_base_url)
        )
    except Refused as exc:
        return _refusal(exc, provider)
    result, ack = accepted.result, accepted.ack
    WEBHOOKS.labels(provider=provider, result="accepted").inc()
    log.info("%s webhook: %d stored, %d duplicate, %d status", provider,
             len(result.stored), result.duplicates, result.statuses)
    return Response(ack.body, media_type=ack.media_type)


@router.post("/twilio")
@router.post("/twilio/status")
async def twilio(request: Request, runtime: RuntimeDep) -> Response:
    """Inbound SMS, MMS and WhatsApp, and the status callbacks of sent replies."""
    return await accept(request, runtime, "twilio")


@router.get("/meta")
async def meta_subscribe(request: Request, runtime: RuntimeDep) -> Response:
    """Meta's subscription check: echo `hub.challenge` when the verify token matches."""
    adapter = runtime.channels.subscriptions.get("meta")
    if adapter is None:
        return PlainTextResponse("meta is not configured", status_code=404)
    try:
        challenge = adapter.verify_subscription(dict(request.query_params))
    except SignatureError:
        return PlainTextResponse("verification failed", status_code=403)
    return PlainTextResponse(challenge)


@router.post("/meta")
async def meta(request: Request, runtime: RuntimeDep) -> Response:
    return await accept(request, runtime, "meta")


@router.post("/telegram")
async def telegram(request: Request, runtime: RuntimeDep) -> Response:
    return await accept(request, runtime, "telegram")


@router.post("/email/mailgun")
# Mailgun posts the raw MIME message only to a route URL that ends in "mime".
@router.post("/email/mailgun/mime")
async def mailgun(request: Request, runtime: RuntimeDep) -> Response:
    return await accept(request, runtime, "mailgun")


@router.post("/email/sendgrid")
async def sendgrid(request: Request, runtime: RuntimeDep) -> Response:
    return await accept(request, runtime, "sendgrid")
