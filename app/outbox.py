"""The outbox job: send an approved reply through its channel adapter, record every attempt,
retry transient failures with backoff, and report the result to reviewers.

Duplicate-send window: a send is marked `sending` and committed before the provider call; the
result is committed right after it. If the process dies after the provider accepted the message
and before that second commit (the rest of the provider's HTTP answer plus one database write:
milliseconds normally, up to the client timeout with a provider that answers slowly), the lease
runs out (seconds) and another worker takes the job over. It finds the entry still `sending`: the
earlier attempt may have reached the provider. Where the provider can be asked (Twilio's Messages
list: `channels.lookups`), the worker looks for that message and records it instead of sending
again; where it cannot (Telegram, Meta, email), it sends again: that is the only way a reply can
go out twice. A result that cannot be stored never causes a second send.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update

from adapters.text import sms_segments
from app.ingest import insert_ignore
from app.jobs import ClaimedJob, backoff_seconds, enqueue, finish, retry_later
from app.metrics import SENDS
from app.models import (
    ChannelState,
    Contact,
    Conversation,
    Draft,
    Message,
    Outbox,
    SendAttempt,
    utcnow,
)
from app.worker import LeaseLost, Worker
from vocabulary.errors import PermanentSendError, SendError, SendHeld, TransientSendError
from vocabulary.messages import Channel, OutboundMessage, SendResult

log = logging.getLogger(__name__)

DONE_STATES = frozenset({"sent", "delivered", "failed", "held", "dry_run"})
LOOKUP_MARGIN = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class Prepared:
    """What `_prepare` found: the message to send (None: nothing to do, see `state`), and when
    an earlier attempt that may have reached the provider began (None: no such attempt)."""

    message: OutboundMessage | None
    state: str
    uncertain_since: datetime | None = None


async def _prepare(worker: Worker, outbox_id: int) -> Prepared:
    """Mark the entry `sending` and build the message."""
    async with worker.runtime.sessions() as session, session.begin():
        outbox = await session.get(Outbox, outbox_id)
        if outbox is None or outbox.state in DONE_STATES:
            return Prepared(None, outbox.state if outbox else "missing")
        # Still `sending`: an attempt began (at updated_at) and its result was never recorded.
        uncertain_since = outbox.updated_at if outbox.state == "sending" else None
        conversation = await session.get(Conversation, outbox.conversation_id)
        assert conversation is not None
        contact = await session.get(Contact, conversation.contact_id)
        assert contact is not None
        if contact.opted_out:
            return Prepared(None, "opted_out")
        channel = Channel(outbox.channel)
        if channel not in worker.runtime.channels.senders:
            return Prepared(None, "dry_run")
        outbox.state, outbox.attempts = "sending", outbox.attempts + 1
        latest = await _latest_inbound(session, conversation.id)
        threaded = latest is not None and channel == Channel.EMAIL
        message = OutboundMessage(
            channel=channel,
            recipient=outbox.recipient,
            text=outbox.text,
            idempotency_key=str(outbox.id),
            sender=conversation.business_address or None,
            subject=conversation.subject,
            in_reply_to=latest.provider_message_id if threaded and latest else None,
            references=tuple(latest.raw.get("thread_ref") or ()) if threaded and latest else (),
            human_authored=outbox.human_authored,
            last_inbound_at=conversation.last_inbound_at,
        )
        return Prepared(message, "sending", uncertain_since)


async def _latest_inbound(session: Any, conversation_id: int) -> Message | None:
    """The customer's last message: an email reply threads onto it."""
    row = await session.execute(
        select(Message)
        .where(Message.conversation_id == conversation_id, Message.direction == "in")
        .order_by(Message.id.desc())
        .limit(1)
    )
    latest: Message | None = row.scalar()
    return latest


async def run_send_job(worker: Worker, job: ClaimedJob) -> None:
    """Send one outbox entry (see the module docstring for the duplicate window)."""
    outbox_id = int(job.payload["outbox_id"])
    prepared = await _prepare(worker, outbox_id)
    message = prepared.message
    if message is None:
        async with worker.completing(job) as session:
            if prepared.state in ("dry_run", "opted_out"):
                await _close_unsent(session, outbox_id, prepared.state)
        return
    try:
        result, found = await _deliver(worker, message, prepared.uncertain_since)
    except SendError as exc:
        await _record_failure(worker, job, outbox_id, exc)
        return
    except Exception as exc:  # a bug or odd data while building the send: fail visibly, once
        log.exception("outbox %s: unexpected error in the %s sender", outbox_id, message.channel)
        await _record_failure(worker, job, outbox_id, unexpected_send_error(exc))
        return
    try:
        async with worker.completing(job) as session:
            await _record_success(session, outbox_id, message, result, found=found)
    except LeaseLost:
        raise
    except Exception as exc:  # the provider has the message: never let a retry send it again
        log.exception("outbox %s was sent but its result could not be stored", outbox_id)
        async with worker.completing(job) as session:
            await session.execute(
                update(Outbox).where(Outbox.id == outbox_id).values(
                    state="sent",
                    provider_message_id=result.provider_message_id,
                    last_error=f"sent; recording the result failed: {exc!r}"[:2000],
                )
            )


async def _deliver(worker: Worker, message: OutboundMessage, uncertain_since: datetime | None
                   ) -> tuple[SendResult, bool]:
    """Send, unless an earlier attempt may have reached a provider that can be asked and the
    provider has the message: then its record, and True."""
    lookup = worker.runtime.channels.lookups.get(message.channel)
    if uncertain_since is not None and lookup is not None:
        # A minute earlier than the attempt began: clocks of the database and Twilio differ.
        found = await lookup.find_sent(message, since=uncertain_since - LOOKUP_MARGIN)
        if found is not None:
            log.info("reply %s was already accepted by the provider (%s): not sent again",
                     message.idempotency_key, found.provider_message_id)
            return found, True
    sender = worker.runtime.channels.senders[message.channel]
    return await sender.send(message), False


def unexpected_send_error(exc: Exception) -> PermanentSendError:
    """An error no sender declared, as a permanent failure: the entry shows "Failed" with
    Retry instead of staying "Sending" while the job is retried to death."""
    return PermanentSendError(f"could not send: {type(exc).__name__}: {exc}"[:1000],
                              code="internal")


async def _close_unsent(session: Any, outbox_id: int, state: str) -> None:
    outbox = await session.get(Outbox, outbox_id)
    if state == "dry_run":
        outbox.state, outbox.last_error = "dry_run", "channel not configured: not sent"
    else:
        outbox.state, outbox.last_error = "failed", "the customer opted out: not sent"
        await session.execute(update(Draft).where(Draft.id == outbox.draft_id).values(state="failed"))
    _attempt(session, outbox, result=outbox.state, error=outbox.last_error)
    _notify(session, outbox)


def _attempt(session: Any, outbox: Outbox, *, result: str, error: str | None = None,
             provider_id: str | None = None) -> None:
    SENDS.labels(channel=outbox.channel, result=result).inc()
    session.add(SendAttempt(outbox_id=outbox.id, attempt=outbox.attempts, result=result,
                            error=error, provider_message_id=provider_id))


def _notify(session: Any, outbox: Outbox) -> None:
    if outbox.draft_id is not None:
        enqueue(session, kind="review_update", payload={"draft_id": outbox.draft_id})


async def _record_success(
    session: Any, outbox_id: int, message: OutboundMessage, result: SendResult, *,
    found: bool = False,
) -> None:
    """Record a delivered reply; `found`: not sent by this attempt but found at the provider."""
    outbox = await session.get(Outbox, outbox_id)
    segments = sms_segments(message.text).segments if message.channel == Channel.SMS else None
    outbox.state, outbox.provider_message_id = "sent", result.provider_message_id
    outbox.segments, outbox.last_error, outbox.next_attempt_at = segments, None, None
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
            "created_at": utcnow(),
        },
        ["channel", "provider_message_id"],
    )
    await session.execute(update(Draft).where(Draft.id == outbox.draft_id).values(state="sent"))
    _notify(session, outbox)


async def _record_failure(worker: Worker, job: ClaimedJob, outbox_id: int, exc: SendError) -> None:
    """Record a failed attempt. The job's own row is updated first: a worker that lost its
    lease meanwhile changes nothing (the new holder may already have sent)."""
    settings = worker.settings
    async with worker.runtime.sessions() as session, session.begin():
        outbox = await session.get(Outbox, outbox_id)
        assert outbox is not None
        error = f"{exc}" + (f" (code {exc.code})" if exc.code else "")
        transient = isinstance(exc, TransientSendError)
        if transient and outbox.attempts < settings.send_max_attempts:
            retry_after = getattr(exc, "retry_after", None)
            delay = retry_after or backoff_seconds(outbox.attempts, base=settings.retry_base_seconds)
            # The send's own attempt budget decides; the job budget must not cut it short.
            state = await retry_later(session, job, error=error, delay=delay,
                                      max_attempts=settings.send_max_attempts + 1)
            if state != "queued":
                raise LeaseLost(f"send job {job.id}: {state}")
            outbox.state, outbox.last_error = "pending", error
            outbox.next_attempt_at = utcnow() + timedelta(seconds=delay)
            _attempt(session, outbox, result="transient", error=error)
            _notify(session, outbox)
            return
        if not await finish(session, job):
            raise LeaseLost(f"job {job.id} was taken over")
        held = isinstance(exc, SendHeld)
        outbox.state, outbox.last_error = ("held" if held else "failed"), error
        _attempt(session, outbox, result="held" if held else "transient" if transient else
                 "permanent", error=error)
        if not held:
            await session.execute(
                update(Draft).where(Draft.id == outbox.draft_id).values(state="failed")
            )
        if getattr(exc, "reauth_required", False):
            await session.merge(ChannelState(channel=outbox.channel, needs_reauth=True,
                                             detail=error))
        _notify(session, outbox)
    log.info("outbox %s %s: %s", outbox_id, outbox.state, error)
