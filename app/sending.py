"""The send job: deliver one outbox entry through its channel's sender, record every attempt,
retry transient failures with backoff, and tell the reviewers how it went.

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

from sqlalchemy import Boolean, String, bindparam, column, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from adapters.text import segments_for
from app import outbox as entries
from app.channels import channel_limits
from app.clock import clock_of
from app.ingest import insert_ignore
from app.jobs import ClaimedJob, backoff_seconds, finish, retry_later
from app.metrics import SENDS
from app.models import ChannelState, Contact, Conversation, Message, Outbox, SendAttempt, utcnow
from app.review import service
from app.states import JobState, OutboxState
from app.worker import LeaseLost, Worker
from vocabulary.errors import PermanentSendError, ReauthRequired, SendError, SendHeld, TransientSendError
from vocabulary.messages import Channel, OutboundMessage, SendResult

log = logging.getLogger(__name__)

DRY_RUN, OPTED_OUT = "dry_run", "opted_out"
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
    quick = await _prepare_at_once(worker, outbox_id)
    if quick is not None:
        return quick
    async with worker.runtime.sessions() as session, session.begin():
        # The entry, its conversation and contact in one statement: this transaction stands
        # between a reviewer's click and the provider call.
        row = (await session.execute(
            select(Outbox, Conversation, Contact)
            .join(Conversation, Conversation.id == Outbox.conversation_id)
            .join(Contact, Contact.id == Conversation.contact_id)
            .where(Outbox.id == outbox_id)
        )).first()
        if row is None:
            outbox = await session.get(Outbox, outbox_id)
            if outbox is not None and outbox.state not in entries.FINISHED:
                raise LookupError(f"outbox {outbox_id}: its conversation or contact is gone")
            return Prepared(None, outbox.state if outbox else "missing")
        outbox, conversation, contact = row
        if outbox.state in entries.FINISHED:
            return Prepared(None, outbox.state)
        # Still `sending`: an attempt began (at updated_at) and its result was never recorded.
        uncertain_since = outbox.updated_at if outbox.state == OutboxState.SENDING else None
        if contact.opted_out:
            return Prepared(None, OPTED_OUT)
        channel = Channel(outbox.channel)
        if channel not in worker.runtime.channels.senders:
            return Prepared(None, DRY_RUN)
        entries.start_attempt(outbox)
        # Only an email threads onto the customer's last message: no query for other channels.
        latest = await _latest_inbound(session, conversation.id) \
            if channel == Channel.EMAIL else None
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
        return Prepared(message, outbox.state, uncertain_since)


# The usual case on PostgreSQL in one statement, committed on its own (it stands between a
# reviewer's click and the provider call): a pending (or interrupted) entry to a contact who
# has not opted out, on a channel with a sender, is marked `sending` and returned with what the
# message needs, the state and time it had before. Anything else (finished, opted out, no
# sender, email's threading) changes nothing here and goes the transaction's way below.
_PREPARE_PG = text(
    "WITH old AS (SELECT id, state, updated_at FROM outbox WHERE id = :id "
    f"AND state IN ('{OutboxState.PENDING}', '{OutboxState.SENDING}') FOR UPDATE) "
    f"UPDATE outbox SET state = '{OutboxState.SENDING}', attempts = outbox.attempts + 1, "
    "updated_at = :now FROM old, conversations, contacts WHERE outbox.id = old.id "
    "AND conversations.id = outbox.conversation_id AND contacts.id = conversations.contact_id "
    "AND NOT contacts.opted_out AND outbox.channel IN :channels "
    "RETURNING old.state AS old_state, old.updated_at AS old_updated_at, outbox.channel, "
    "outbox.recipient, outbox.text, outbox.human_authored, conversations.business_address, "
    "conversations.subject, conversations.last_inbound_at"
).bindparams(
    bindparam("now", type_=Outbox.__table__.c.updated_at.type),
    bindparam("channels", expanding=True),
).columns(
    column("old_state", String), column("old_updated_at", Outbox.__table__.c.updated_at.type),
    column("channel", String), column("recipient", String), column("text", String),
    column("human_authored", Boolean), column("business_address", String),
    column("subject", String),
    column("last_inbound_at", Conversation.__table__.c.last_inbound_at.type),
)


async def _prepare_at_once(worker: Worker, outbox_id: int) -> Prepared | None:
    """`_prepare` in one statement on PostgreSQL; None when it does not apply."""
    channels = [str(c) for c in worker.runtime.channels.senders if c != Channel.EMAIL]
    async with worker.runtime.sessions() as session, session.begin():
        if session.get_bind().dialect.name != "postgresql" or not channels:
            return None
        await session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        row = (await session.execute(_PREPARE_PG, {"id": outbox_id, "now": utcnow(),
                                                   "channels": channels})).first()
    if row is None:
        return None
    uncertain = row.old_updated_at if row.old_state == OutboxState.SENDING else None
    return Prepared(OutboundMessage(
        channel=Channel(row.channel),
        recipient=row.recipient,
        text=row.text,
        idempotency_key=str(outbox_id),
        sender=row.business_address or None,
        subject=row.subject,
        human_authored=row.human_authored,
        last_inbound_at=row.last_inbound_at,
    ), OutboxState.SENDING, uncertain)


async def _latest_inbound(session: AsyncSession, conversation_id: int) -> Message | None:
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
    message, reason = prepared.message, prepared.state
    if message is None:
        async with worker.completing(job) as session:
            if reason in (DRY_RUN, OPTED_OUT):
                await _close_unsent(session, outbox_id, dry_run=reason == DRY_RUN)
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
            await entries.sent_unrecorded(
                session, outbox_id, provider_message_id=result.provider_message_id,
                error=f"sent; recording the result failed: {exc!r}",
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


async def _close_unsent(session: AsyncSession, outbox_id: int, *, dry_run: bool) -> None:
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


async def _record_success(
    session: AsyncSession, outbox_id: int, message: OutboundMessage, result: SendResult, *,
    found: bool = False,
) -> None:
    """Record a delivered reply; `found`: not sent by this attempt but found at the provider."""
    outbox = await session.get(Outbox, outbox_id)
    assert outbox is not None
    info = segments_for(channel_limits(message.channel), message.text)
    segments = info.segments if info else None
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


async def _record_failure(worker: Worker, job: ClaimedJob, outbox_id: int, exc: SendError) -> None:
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
