"""The webhook routes FastAPI serves: Meta's subscription check (GET). Provider deliveries
(POST /webhooks/<provider>) are answered in front of FastAPI's routing by `app.fastpath`, which
hands each to `app.pipeline.process_webhook` (verify, parse, one durable append). Storing the
message, drafting and sending are jobs for the worker (app.inbox).
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import PlainTextResponse

from app.deps import RuntimeDep
from vocabulary.errors import SignatureError

router = APIRouter(prefix="/webhooks", include_in_schema=False)


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
