"""Console queries for the staff tools: one inbox row per customer with unread counts, the
customer card (linked contacts, suggestions, contacts to link by hand), the shared read mark,
saved replies and the auto-approval status."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.autoapprove import paused
from app.customer_history import linked_contact_ids
from app.customers import open_suggestions
from app.models import Contact, Conversation, Draft, LinkSuggestion, Message, Snippet, utcnow
from app.review.console.queries import STAFF_DECIDED, InboxRow
from vocabulary.settings import Settings

CANDIDATES = 10


@dataclass
class CustomerRow:
    """An inbox row: the customer's most recent conversation, with all their channels."""

    first: InboxRow
    channels: list[str] = field(default_factory=list)
    pending: int = 0
    unread: int = 0

    @property
    def conversation(self) -> Conversation:
        return self.first.conversation

    @property
    def contact(self) -> Contact:
        return self.first.contact

    @property
    def last_inbound_at(self) -> datetime | None:
        return self.first.last_inbound_at


async def unread_counts(session: AsyncSession, conversation_ids: list[int]) -> dict[int, int]:
    """Customer messages since staff last read the conversation or decided on it."""
    if not conversation_ids:
        return {}
    decided = (
        select(func.max(Draft.decided_at))
        .where(Draft.conversation_id == Message.conversation_id, Draft.state.in_(STAFF_DECIDED))
        .scalar_subquery()
    )
    rows = await session.execute(
        select(Message.conversation_id, func.count())
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(
            Message.conversation_id.in_(conversation_ids),
            Message.direction == "in",
            Message.kind.in_(("message", "start")),
            or_(Conversation.staff_read_at.is_(None), Message.created_at > Conversation.staff_read_at),
            or_(decided.is_(None), Message.created_at > decided),
        )
        .group_by(Message.conversation_id)
    )
    return {int(cid): int(n) for cid, n in rows.all()}


async def customer_rows(session: AsyncSession, rows: list[InboxRow]) -> list[CustomerRow]:
    """Inbox rows merged per customer, in the inbox's order (the first row of each customer)."""
    unread = await unread_counts(session, [r.conversation.id for r in rows])
    merged: dict[str, CustomerRow] = {}
    for row in rows:
        key = f"c{row.contact.customer_id}" if row.contact.customer_id else f"k{row.contact.id}"
        entry = merged.setdefault(key, CustomerRow(first=row))
        if row.conversation.channel not in entry.channels:
            entry.channels.append(row.conversation.channel)
        entry.pending += row.pending
        entry.unread += unread.get(row.conversation.id, 0)
    return list(merged.values())


async def mark_read(session: AsyncSession, conversation_ids: list[int],
                    now: datetime | None = None) -> bool:
    """Staff have seen these conversations; writes only when something new was unread."""
    now = now or utcnow()
    result = await session.execute(
        update(Conversation)
        .where(
            Conversation.id.in_(conversation_ids),
            Conversation.last_inbound_at.is_not(None),
            or_(Conversation.staff_read_at.is_(None),
                Conversation.last_inbound_at > Conversation.staff_read_at),
        )
        .values(staff_read_at=now)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def needs_read_mark(session: AsyncSession, conversation_ids: list[int]) -> bool:
    row = await session.execute(
        select(Conversation.id).where(
            Conversation.id.in_(conversation_ids),
            Conversation.last_inbound_at.is_not(None),
            or_(Conversation.staff_read_at.is_(None),
                Conversation.last_inbound_at > Conversation.staff_read_at),
        ).limit(1)
    )
    return row.scalar() is not None


@dataclass
class Suggested:
    suggestion: LinkSuggestion
    stated_by: Contact
    other: Contact


@dataclass
class CustomerCard:
    """Who the customer is across channels, and what staff may link."""

    contacts: list[Contact]
    suggestions: list[Suggested]
    candidates: list[Contact]
    link_q: str = ""


async def customer_card(session: AsyncSession, contact: Contact, link_q: str = "") -> CustomerCard:
    ids = await linked_contact_ids(session, contact)
    contacts = list((await session.execute(
        select(Contact).where(Contact.id.in_(ids)).order_by(Contact.id))).scalars())
    suggested = []
    for suggestion in await open_suggestions(session, ids):
        stated_by = await session.get(Contact, suggestion.contact_id)
        other = await session.get(Contact, suggestion.other_contact_id or 0)
        if stated_by is not None and other is not None:
            suggested.append(Suggested(suggestion, stated_by, other))
    candidates: list[Contact] = []
    q = link_q.strip()[:100]
    if q:
        like = f"%{q.lower()}%"
        conditions = [func.lower(Contact.address).like(like),
                      func.lower(Contact.display_name).like(like)]
        digits = re.sub(r"\D", "", q)
        if len(digits) >= 3:
            conditions.append(Contact.address.like(f"%{digits}%"))
        candidates = list((await session.execute(
            select(Contact).where(or_(*conditions), Contact.id.not_in(ids))
            .order_by(Contact.id.desc()).limit(CANDIDATES))).scalars())
    return CustomerCard(contacts, suggested, candidates, q)


async def snippets(session: AsyncSession) -> list[Snippet]:
    return list((await session.execute(select(Snippet).order_by(Snippet.title))).scalars())


@dataclass(frozen=True, slots=True)
class AutoStatus:
    """What the console's automatic-replies card shows."""

    enabled: bool
    paused: bool
    rules: tuple[str, ...]
    faq_topics: tuple[str, ...]

    @property
    def active(self) -> bool:
        return self.enabled and not self.paused and bool(self.rules)


async def auto_status(session: AsyncSession, settings: Settings) -> AutoStatus:
    return AutoStatus(settings.auto_approve, await paused(session),
                      tuple(sorted(settings.auto_approve_rule_set)),
                      tuple(sorted(settings.faq_topic_set)))
