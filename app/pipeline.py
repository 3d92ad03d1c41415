"""The webhook pipeline, free of any web framework: verify, parse, store.

`process_webhook` is the one entry for a provider delivery: the FastAPI routes
(`app.webhooks`) and the console's simulator both call it with a `WebhookRequest`. Nothing here
waits on a model or a provider: drafting and sending are jobs for the worker.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import DataError

from app.ingest import FloodPolicy, IngestResult, ingest, mark_nonce, storable
from app.runtime import Runtime
from vocabulary.errors import MalformedPayload, SignatureError
from vocabulary.webhook import Ack, WebhookRequest


class Refused(Exception):
    """A delivery answered with a 4xx and nothing stored."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


@dataclass(frozen=True, slots=True)
class Accepted:
    """What a delivery stored, and the answer its provider expects."""

    result: IngestResult
    ack: Ack


async def process_webhook(runtime: Runtime, provider: str, request: WebhookRequest) -> Accepted:
    """Verify, parse and store one delivery to the `provider` webhook in one transaction;
    raise `Refused` (404 off, 403 forged or replayed, 400 unreadable) for anything else."""
    adapter = runtime.channels.inbound.get(provider)
    if adapter is None:
        raise Refused(404, f"{provider} is not configured")
    try:
        adapter.verify(request)
    except SignatureError as exc:
        raise Refused(403, "bad signature") from exc
    try:
        parsed = adapter.parse(request)
    except MalformedPayload as exc:
        raise Refused(400, str(exc)) from exc
    nonce = adapter.replay_nonce(request)
    settings = runtime.settings
    flood = FloodPolicy(settings.flood_messages_per_minute, settings.flood_cooldown_seconds)
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
    return Accepted(result, adapter.ack(parsed))
