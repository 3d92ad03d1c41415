"""The webhook pipeline, free of any web framework: verify, parse, append.

`process_webhook` is the one entry for a provider delivery: the FastAPI routes
(`app.webhooks`) and the console's simulator both call it with a `WebhookRequest`. Nothing here
waits on a model, a provider or the rest of the database: the delivery is appended in one
statement (`app.inbox`), and storing the messages, drafting and sending are jobs for the worker.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.exc import DataError

from app.inbox import AppendResult, Replayed, Unstorable, append_delivery
from app.metrics import WEBHOOK_CORRECTED, WEBHOOK_EVENTS, WEBHOOK_SKIPPED, child
from app.runtime import Runtime
from vocabulary.errors import MalformedPayload, SignatureError
from vocabulary.messages import ParsedWebhook
from vocabulary.webhook import Ack, WebhookRequest

log = logging.getLogger(__name__)


class Refused(Exception):
    """A delivery answered with a 4xx and nothing stored; `code` labels the refusal metric."""

    def __init__(self, status: int, reason: str, code: str = "malformed") -> None:
        super().__init__(reason)
        self.status, self.reason, self.code = status, reason, code


@dataclass(frozen=True, slots=True)
class Accepted:
    """What a delivery appended, and the answer its provider expects."""

    result: AppendResult
    ack: Ack


async def process_webhook(runtime: Runtime, provider: str, request: WebhookRequest) -> Accepted:
    """Verify, parse and durably append one delivery to the `provider` webhook (the worker
    stores and drafts it); raise `Refused` (404 off, 403 forged or replayed, 400 unreadable)
    for anything else."""
    adapter = runtime.channels.inbound.get(provider)
    if adapter is None:
        raise Refused(404, f"{provider} is not configured", "not_configured")
    try:
        adapter.verify(request)
    except SignatureError as exc:
        raise Refused(403, "bad signature", "bad_signature") from exc
    try:
        parsed = adapter.parse(request)
    except MalformedPayload as exc:
        raise Refused(400, str(exc), exc.reason) from exc
    nonce = adapter.replay_nonce(request)
    try:
        result = await append_delivery(
            runtime, parsed, nonce=(provider, nonce) if nonce is not None else None)
    except Replayed as exc:
        raise Refused(403, "replayed request", "replayed") from exc
    except (Unstorable, DataError) as exc:
        # A signed body whose ids or addresses do not fit the columns: the provider gets a
        # clear 400 (and stops retrying) instead of a 500.
        raise Refused(400, "a field is too long or not storable", "not_storable") from exc
    _count_events(provider, parsed, result)
    return Accepted(result, adapter.ack(parsed))


def _count_events(provider: str, parsed: ParsedWebhook, result: AppendResult) -> None:
    """What each event of an accepted delivery became, and why any could not be used."""
    for skipped in parsed.skipped:
        counter = WEBHOOK_CORRECTED if skipped.stored else WEBHOOK_SKIPPED
        counter.labels(provider=provider, reason=skipped.reason).inc()
        log.warning("%s webhook event %s: %s (%s)", provider,
                    "corrected" if skipped.stored else "skipped", skipped.reason, skipped.detail)
    # Most deliveries hold one stored message and nothing else: only the outcomes that
    # happened are counted (each count looks its label child up).
    if result.stored:
        child(WEBHOOK_EVENTS, provider, "stored").inc(len(result.stored))
    if result.duplicates:
        child(WEBHOOK_EVENTS, provider, "duplicate").inc(result.duplicates)
    if parsed.statuses:
        child(WEBHOOK_EVENTS, provider, "status").inc(len(parsed.statuses))
    if parsed.ignored:
        child(WEBHOOK_EVENTS, provider, "ignored").inc(len(parsed.ignored))
    dropped = sum(1 for s in parsed.skipped if not s.stored) if parsed.skipped else 0
    if dropped:
        child(WEBHOOK_EVENTS, provider, "skipped").inc(dropped)
