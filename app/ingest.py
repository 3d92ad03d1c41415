"""Store parsed webhook content once and queue its work, in the caller's transaction.

Duplicates (provider retries) are recognized by the unique (channel, provider message id) and
produce neither a second row nor a second job.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import func
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from app import ingest_sql as sql
from app import outbox as entries
from app.answered_elsewhere import (
    note_echo,
    note_outside_send,
    outside_send_conversation,
    outside_send_row,
    sent_by_gateway,
)
from app.clock import clock_of
from app.models import Contact, Message, WebhookNonce
from app.review.service import notify_reviewers, supersede_pending
from vocabulary.messages import (
    Attachment,
    DeliveryStatus,
    InboundKind,
    InboundMessage,
    ParsedWebhook,
)

log = logging.getLogger(__name__)

DRAFTED_KINDS = frozenset({InboundKind.MESSAGE, InboundKind.START})


@dataclass(frozen=True, slots=True)
class FloodPolicy:
    """More than `limit` messages a minute from one conversation: every message is stored, but
    drafting waits `cooldown` seconds so the burst gets one draft (older jobs skip themselves)."""

    limit: int = 10
    cooldown: float = 60.0


@dataclass
class IngestResult:
    """What one webhook delivery changed."""

    stored: list[int] = field(default_factory=list)
    duplicates: int = 0
    jobs: int = 0
    statuses: int = 0


async def insert_ignore(
    session: AsyncSession, model: Any, values: dict[str, Any], keys: list[str]
) -> int | None:
    """INSERT ... ON CONFLICT DO NOTHING; the new id, or None when the row already existed."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(model).values(**values).on_conflict_do_nothing(index_elements=keys)
    result = await session.execute(stmt.returning(model.id))
    return result.scalar()


async def get_contact(
    session: AsyncSession, *, channel: str, address: str, name: str | None
) -> Contact:
    """The contact for an address, created on first contact; one upsert statement, since this
    runs on every webhook."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    # A display name is cosmetic: cut it to the column rather than refuse the customer's message.
    name = storable(name)[:200] if name else None
    stmt = insert(Contact).values(
        channel=channel, address=storable(address), display_name=name, opted_out=False,
        created_at=clock_of(session).now(),
    )
    upsert = stmt.on_conflict_do_update(
        index_elements=["channel", "address"],
        set_={"display_name": func.coalesce(stmt.excluded.display_name, Contact.display_name)},
    ).returning(Contact)
    result = await session.scalars(upsert, execution_options={"populate_existing": True})
    return result.one()


def storable(value: Any) -> Any:
    """Text any database can hold: no NUL characters (PostgreSQL refuses them) and no lone
    surrogates (not encodable as UTF-8), recursively through dicts and lists."""
    if isinstance(value, str):
        # ASCII without NUL (nearly every field of every message) is storable as it is: two
        # C-level scans instead of a copy, an encode and a decode of each of a message's
        # 30-odd strings (a lone surrogate is never ASCII).
        if value.isascii() and "\x00" not in value:
            return value
        return value.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, dict):
        return {storable(k): storable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [storable(v) for v in value]
    return value


def _attachment_row(attachment: Attachment) -> dict[str, Any]:
    row: dict[str, Any] = {
        "url": attachment.url, "content_type": attachment.content_type, "name": attachment.name,
    }
    point = attachment.location
    if point is not None:
        row["location"] = {"latitude": point.latitude, "longitude": point.longitude,
                           "name": point.name, "address": point.address}
    return row


def _message_row(message: InboundMessage, conversation_id: int, direction: str) -> dict[str, Any]:
    row = {
        "conversation_id": conversation_id,
        "direction": direction,
        "channel": message.channel.value,
        "provider_message_id": message.provider_message_id,
        "kind": message.kind.value,
        "sender": message.sender,
        "recipient": message.recipient,
        "text": message.text,
        "attachments": [_attachment_row(a) for a in message.attachments],
        "raw": {**message.raw, "subject": message.subject, "thread_ref": list(message.thread_ref)},
    }
    return {**storable(row), "created_at": message.received_at}


async def ingest_message(
    session: AsyncSession, message: InboundMessage, flood: FloodPolicy = FloodPolicy()
) -> tuple[int | None, bool]:
    """Store one message; returns (message id or None if duplicate, whether a draft job was
    queued). Each step is one prebuilt statement (app.ingest_sql)."""
    echo = message.kind == InboundKind.ECHO
    if echo and (message.raw.get("from_gateway") or await sent_by_gateway(
        session, channel=message.channel, provider_message_id=message.provider_message_id,
        customer=message.recipient,
    )):
        # The gateway's own send: already stored by the outbox under its first part's id.
        return None, False
    now = clock_of(session).now()
    channel = message.channel.value
    # A display name is cosmetic: cut it to the column rather than refuse the customer's message.
    name = None if echo or not message.sender_name else storable(message.sender_name)[:200]
    contact = await sql.upsert_contact(
        session, channel=channel, address=storable(message.recipient if echo else message.sender),
        name=name, now=now)
    # The thread named by the message (email References), else the contact's latest one, else
    # a new one (a new conversation has no pending draft and no burst yet).
    conversation_id = await sql.thread_conversation(
        session, channel=channel, refs=list(message.thread_ref)) if message.thread_ref else None
    conversation_id = conversation_id or contact.latest_conversation
    inbound_at = None if echo else message.received_at
    created = conversation_id is None
    if conversation_id is None:
        conversation_id = await sql.new_conversation(
            session, contact_id=contact.id, channel=channel,
            business_address=message.recipient, subject=message.subject,
            last_inbound_at=inbound_at)
    message_id = await sql.insert_message(
        session, _message_row(message, conversation_id, "out" if echo else "in"))
    if message_id is None:
        if created and inbound_at is not None:  # not this message's conversation after all
            await sql.touch_conversation(session, conversation_id=conversation_id,
                                         last_inbound_at=None, since=now)
        return None, False
    if echo:  # staff answered in Meta's own tools: that reply replaces the pending draft
        await note_echo(session, conversation_id=conversation_id, message=message)
        return message_id, False
    touched = None if created else await sql.touch_conversation(
        session, conversation_id=conversation_id, last_inbound_at=message.received_at,
        since=now - timedelta(seconds=60))
    opted_out = contact.opted_out
    if message.kind in (InboundKind.OPT_OUT, InboundKind.OPT_IN):
        opted_out = message.kind == InboundKind.OPT_OUT
        await sql.set_opted_out(session, contact_id=contact.id, opted_out=opted_out,
                                at=now if opted_out else None)
    if message.kind not in DRAFTED_KINDS or opted_out:
        return message_id, False
    delay = 0.0
    if touched is not None:
        if touched.pending:
            await supersede_pending(session, conversation_id=conversation_id)
        if touched.recent > flood.limit:
            delay = flood.cooldown
    await sql.queue_draft(session, conversation_id=conversation_id, message_id=message_id,
                          due=now + timedelta(seconds=delay))
    return message_id, True


async def apply_status(session: AsyncSession, status: DeliveryStatus) -> bool:
    """Move the outbox entry a provider reported on; False when no entry matches."""
    outbox, changed = await entries.apply_delivery(session, status)
    if outbox is None:
        return await _outside_send(session, status)
    if changed and outbox is not None and outbox.draft_id is not None:
        notify_reviewers(session, outbox.draft_id)
    return outbox is not None


async def _outside_send(session: AsyncSession, status: DeliveryStatus) -> bool:
    """A report on a message the outbox does not know: staff may have answered from the
    provider's own tools. Recorded once (sent, then delivered, report the same message)."""
    conversation = await outside_send_conversation(session, status)
    if conversation is None:
        return False
    row = {**storable(outside_send_row(status)), "conversation_id": conversation.id,
           "created_at": clock_of(session).now()}
    if await insert_ignore(session, Message, row, ["channel", "provider_message_id"]) is not None:
        await note_outside_send(session, conversation_id=conversation.id, status=status)
    return True


async def ingest(
    session: AsyncSession, parsed: ParsedWebhook, *, flood: FloodPolicy = FloodPolicy()
) -> IngestResult:
    """Store everything a webhook carried, in the caller's transaction."""
    result = IngestResult()
    for message in parsed.messages:
        message_id, queued = await ingest_message(session, message, flood)
        if message_id is None:
            result.duplicates += 1
            continue
        result.stored.append(message_id)
        result.jobs += int(queued)
    for status in parsed.statuses:
        result.statuses += int(await apply_status(session, status))
    return result


async def mark_nonce(session: AsyncSession, *, provider: str, nonce: str) -> bool:
    """Record a webhook nonce; False when it was seen before (a replay)."""
    new_id = await insert_ignore(
        session,
        WebhookNonce,
        {"provider": provider, "nonce": nonce, "seen_at": clock_of(session).now()},
        ["provider", "nonce"],
    )
    return new_id is not None



