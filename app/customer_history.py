"""One history per customer: the conversations of every linked contact read as one.

Drafting, the console and the outbox ask here which conversations belong together, what was said
across them, and on which channel the customer last wrote (where a reply goes).
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Contact, Conversation, Message

WROTE_KINDS = ("message", "start")  # what counts as "the customer wrote" (not STOP or HELP)


async def linked_contact_ids(session: AsyncSession, contact: Contact) -> list[int]:
    """The contact's own id and those of every contact linked to the same customer."""
    if contact.customer_id is None:
        return [contact.id]
    rows = await session.execute(
        select(Contact.id).where(Contact.customer_id == contact.customer_id).order_by(Contact.id)
    )
    return list(rows.scalars())


async def linked_conversation_ids(session: AsyncSession, conversation_id: int) -> list[int]:
    """The conversation and every conversation of a contact linked to the same customer."""
    customer_id = (
        await session.execute(
            select(Contact.customer_id)
            .join(Conversation, Conversation.contact_id == Contact.id)
            .where(Conversation.id == conversation_id)
        )
    ).scalar()
    if customer_id is None:
        return [conversation_id]
    rows = await session.execute(
        select(Conversation.id)
        .join(Contact, Contact.id == Conversation.contact_id)
        .where(Contact.customer_id == customer_id)
        .order_by(Conversation.id)
    )
    return list(rows.scalars())


async def conversations_of(session: AsyncSession, contact: Contact, conversation_id: int
                           ) -> list[int]:
    """`linked_conversation_ids` when the contact is at hand: no query for a contact that is
    linked to nobody (most of them)."""
    if contact.customer_id is None:
        return [conversation_id]
    return await linked_conversation_ids(session, conversation_id)


async def messages_before(
    session: AsyncSession, conversation_id: int, message_id: int, *, limit: int,
    conversation_ids: list[int] | None = None,
) -> list[Message]:
    """The last `limit` messages before `message_id` across the customer's channels, oldest
    first (message ids grow with arrival on every channel). `conversation_ids`: the linked
    conversations, when the caller read them in this transaction already."""
    ids = conversation_ids or await linked_conversation_ids(session, conversation_id)
    rows = (
        await session.execute(
            select(Message)
            .where(Message.conversation_id.in_(ids), Message.id < message_id)
            .order_by(Message.id.desc())
            .limit(limit)
        )
    ).scalars()
    return list(reversed(list(rows)))


async def newer_inbound(
    session: AsyncSession, conversation_id: int, message_id: int, kinds: Collection[str],
    *, conversation_ids: list[int] | None = None,
) -> bool:
    """Whether the customer wrote again after `message_id`, on this channel or a linked one
    (`conversation_ids`: those conversations, when the caller read them in this transaction)."""
    ids = conversation_ids or await linked_conversation_ids(session, conversation_id)
    newer = await session.execute(
        select(Message.id)
        .where(
            Message.conversation_id.in_(ids),
            Message.direction == "in",
            Message.kind.in_(tuple(kinds)),
            Message.id > message_id,
        )
        .limit(1)
    )
    return newer.scalar() is not None


async def reply_route(
    session: AsyncSession, conversation: Conversation
) -> tuple[Conversation, Contact]:
    """Where a reply goes: the conversation of the customer's latest message on any linked
    channel (the draft's own conversation when the customer has not written elsewhere since)."""
    contact = await session.get(Contact, conversation.contact_id)
    assert contact is not None
    ids = await conversations_of(session, contact, conversation.id)
    if len(ids) == 1:
        return conversation, contact
    latest = (
        await session.execute(
            select(Message.conversation_id)
            .where(Message.conversation_id.in_(ids), Message.direction == "in",
                   Message.kind.in_(WROTE_KINDS))
            .order_by(Message.id.desc())
            .limit(1)
        )
    ).scalar()
    target = await session.get(Conversation, latest) if latest not in (None, conversation.id) \
        else None
    if target is None:
        return conversation, contact
    other = await session.get(Contact, target.contact_id)
    assert other is not None
    return target, other
