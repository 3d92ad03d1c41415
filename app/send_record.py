"""The send job's outcomes, recorded after the provider call (`app.sending`): a delivered
reply (the entry sent, the attempt, the outgoing message, the draft sent), a failure (retried,
held or failed), or an entry closed without a call (dry run, opted out). Each tells the
reviewers and finishes the job in the same transaction; a delivered reply on PostgreSQL in one
statement (`app.send_sql`)."""

from __future__ import annotations

import logging

from sqlalchemy.ext.asyncio import AsyncSession

from adapters.text import segments_for
from app import outbox as entries
from app.channels import channel_limits
from app.clock import clock_of
from app.ingest import insert_ignore
from app.jobs import ClaimedJob, backoff_seconds, finish, retry_later
from app.metrics import SENDS
from app.models import ChannelState, Message, Outbox, SendAttempt
from app.review import service
from app.send_sql import sent_at_once
from app.states import JobState
from app.worker import LeaseLost, Worker
from vocabulary.errors import ReauthRequired, SendError, SendHeld, TransientSendError
from vocabulary.messages import OutboundMessage, SendResult

log = logging.getLogger(__name__)


async def close_unsent(session: AsyncSession, outbox_id: int, *, dry_run: bool) -> None:
    outbox = await session.get(Outbox, outbox_id)
    assert outbox is not None
    entries.not_sent(outbox, dry_run=dry_run)
    if not dry_run and outbox.draft_id is not None:
        await service.send_failed(session, draft_id=outbox.draft_id)
    _attempt(session, outbox, result=outbox.state, error=outbox.last_error)
    _tell_reviewers(session, outbox)


def _attempt(session: AsyncSession, outbox: Outbox, *, result: str, error: str | None = None,
             provider_id: str | None = None) -> None:
    SENDS.labels(channel=outbox.channel, result=result).inc()
    session.add(SendAttempt(outbox_id=outbox.id, attempt=outbox.attempts, result=result,
                            error=error, provider_message_id=provider_id))


def _tell_reviewers(session: AsyncSession, outbox: Outbox) -> None:
    if outbox.draft_id is not None:
        service.notify_reviewers(session, outbox.draft_id)


async def record_success(
    worker: Worker, job: ClaimedJob, outbox_id: int, message: OutboundMessage,
    result: SendResult, *, found: bool = False,
) -> None:
    """Record a delivered reply and finish the job; `found`: not sent by this attempt but found
    at the provider. LeaseLost (nothing recorded) when another worker has taken the job over."""
    segments = _segments(message)
    if await sent_at_once(worker, job, outbox_id, message, result, found=found,
                          segments=segments):
        return
    async with worker.completing(job) as session:
        await _record_success(session, outbox_id, message, result, found=found,
                              segments=segments)


def _segments(message: OutboundMessage) -> int | None:
    info = segments_for(channel_limits(message.channel), message.text)
    return info.segments if info else None


async def _record_success(
    session: AsyncSession, outbox_id: int, message: OutboundMessage, result: SendResult, *,
    found: bool, segments: int | None,
) -> None:
    """`record_success` by the ORM, in the job's completing transaction."""
    outbox = await session.get(Outbox, outbox_id)
    assert outbox is not None
    entries.sent(outbox, provider_message_id=result.provider_message_id, segments=segments)
    _attempt(session, outbox, result="found" if found else "sent",
             provider_id=result.provider_message_id)
    # Ignored on conflict: an echo of this very message may have been stored first.
    await insert_ignore(
        session,
        Message,
        {
            "conversation_id": outbox.conversation_id,
            "direction": "out",
            "channel": outbox.channel,
            "provider_message_id": result.provider_message_id,
            "kind": "message",
            "sender": message.sender or "",
            "recipient": outbox.recipient,
            "text": outbox.text,
            "attachments": [],
            "segments": segments,
            "draft_id": outbox.draft_id,
            "raw": {"parts": result.parts, **dict(result.raw)},
            "created_at": clock_of(session).now(),
        },
        ["channel", "provider_message_id"],
    )
    if outbox.draft_id is not None:
        await service.send_succeeded(session, draft_id=outbox.draft_id)
    _tell_reviewers(session, outbox)


async def record_failure(worker: Worker, job: ClaimedJob, outbox_id: int, exc: SendError) -> None:
    """Record a failed attempt. The job's own row is updated first: a worker that lost its
    lease meanwhile changes nothing (the new holder may already have sent)."""
    settings = worker.settings
    async with worker.runtime.sessions() as session, session.begin():
        outbox = await session.get(Outbox, outbox_id)
        assert outbox is not None
        error = f"{exc}" + (f" (code {exc.code})" if exc.code else "")
        transient = isinstance(exc, TransientSendError)
        if isinstance(exc, TransientSendError) and outbox.attempts < settings.send_max_attempts:
            delay = exc.retry_after or backoff_seconds(
                outbox.attempts, base=settings.retry_base_seconds,
                jitter=worker.runtime.clock.jitter,
            )
            # The send's own attempt budget decides; the job budget must not cut it short.
            state = await retry_later(session, job, error=error, delay=delay,
                                      max_attempts=settings.send_max_attempts + 1)
            if state != JobState.QUEUED:
                raise LeaseLost(f"send job {job.id}: {state or 'lost'}")
            entries.will_retry(outbox, error=error)
            _attempt(session, outbox, result="transient", error=error)
            _tell_reviewers(session, outbox)
            return
        if not await finish(session, job):
            raise LeaseLost(f"job {job.id} was taken over")
        held = isinstance(exc, SendHeld)
        entries.gave_up(outbox, error=error, held=held)
        _attempt(session, outbox, result="held" if held else "transient" if transient else
                 "permanent", error=error)
        if not held and outbox.draft_id is not None:
            await service.send_failed(session, draft_id=outbox.draft_id)
        if isinstance(exc, ReauthRequired):
            await session.merge(ChannelState(channel=outbox.channel, needs_reauth=True,
                                             detail=error))
        _tell_reviewers(session, outbox)
    log.info("outbox %s %s: %s", outbox_id, outbox.state, error)
