"""The send job's preparation, committed before the provider call (`app.sending`): the outbox
entry marked `sending` (one attempt more) and the message built from it, its conversation and
contact; or why there is nothing to send (finished, opted out, no sender for the channel)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Boolean, String, bindparam, column, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app import outbox as entries
from app.models import Contact, Conversation, Message, Outbox, utcnow
from app.states import OutboxState
from app.worker import Worker
from vocabulary.messages import Channel, OutboundMessage

DRY_RUN, OPTED_OUT = "dry_run", "opted_out"


@dataclass(frozen=True, slots=True)
class Prepared:
    """What `prepare` found: the message to send (None: nothing to do, see `state`), and when
    an earlier attempt that may have reached the provider began (None: no such attempt)."""

    message: OutboundMessage | None
    state: str
    uncertain_since: datetime | None = None


async def prepare(worker: Worker, outbox_id: int) -> Prepared:
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
    """`prepare` in one statement on PostgreSQL; None when it does not apply."""
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
