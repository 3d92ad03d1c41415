"""Read-only queries for the console pages (decisions go through app.review.service)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.customer_history import linked_conversation_ids
from app.models import Contact, Conversation, Draft, Job, Message, Outbox
from app.review.service import AUTO_PREFIX
from app.states import DraftState

INBOX_LIMIT = 200
STAFF_DECIDED = ("approved", "edited", "rejected", "sent", "failed")


@dataclass(frozen=True, slots=True)
class InboxRow:
    """One conversation in the inbox."""

    conversation: Conversation
    contact: Contact
    pending: int
    last_inbound_at: datetime | None
    last_decision_at: datetime | None

    @property
    def unread(self) -> bool:
        """An inbound message newer than the last staff decision."""
        if self.last_inbound_at is None:
            return False
        return self.last_decision_at is None or self.last_inbound_at > self.last_decision_at


def _search(query: Select[tuple[Conversation, Contact, int, datetime | None]], q: str
            ) -> Select[tuple[Conversation, Contact, int, datetime | None]]:
    """Name, address (phone or email) contains q; "916 555-0123" also finds "+19165550123"."""
    like = f"%{q.lower()}%"
    conditions = [func.lower(Contact.display_name).like(like), func.lower(Contact.address).like(like)]
    digits = re.sub(r"\D", "", q)
    if len(digits) >= 3:
        conditions.append(Contact.address.like(f"%{digits}%"))
    return query.where(or_(*conditions))


async def inbox(session: AsyncSession, *, q: str = "") -> list[InboxRow]:
    """Conversations across channels: pending drafts first, then the most recent activity."""
    pending = (
        select(func.count(Draft.id))
        .where(Draft.conversation_id == Conversation.id, Draft.state == DraftState.PENDING)
        .scalar_subquery()
    )
    decided = (
        select(func.max(Draft.decided_at))
        .where(Draft.conversation_id == Conversation.id, Draft.state.in_(STAFF_DECIDED))
        .scalar_subquery()
    )
    query = select(Conversation, Contact, pending.label("pending"), decided.label("decided")).join(
        Contact, Contact.id == Conversation.contact_id
    )
    if q.strip():
        query = _search(query, q.strip())
    query = query.order_by(
        (pending > 0).desc(),
        func.coalesce(Conversation.last_inbound_at, Conversation.created_at).desc(),
        Conversation.id.desc(),
    ).limit(INBOX_LIMIT)
    rows = (await session.execute(query)).all()
    return [
        InboxRow(conversation=c, contact=k, pending=int(p or 0),
                 last_inbound_at=c.last_inbound_at, last_decision_at=d)
        for c, k, p, d in rows
    ]


@dataclass
class History:
    """Everything about one conversation, oldest first."""

    conversation: Conversation
    contact: Contact
    messages: list[Message] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)
    outbox: dict[int, Outbox] = field(default_factory=dict)  # by draft id
    drafting: bool = False

    @property
    def pending(self) -> Draft | None:
        return next((d for d in reversed(self.drafts) if d.state == "pending"), None)

    @property
    def automatic(self) -> set[int]:
        """Drafts an auto-approval rule sent (decided by "auto:<rule>")."""
        return {d.id for d in self.drafts if (d.decided_by or "").startswith(AUTO_PREFIX)}

    @property
    def in_flight(self) -> bool:
        """Drafting or sending is under way: the page refreshes itself until it is done."""
        return self.drafting or any(o.state in ("pending", "sending") for o in self.outbox.values())

    @property
    def unsent(self) -> list[Outbox]:
        """Outbox rows with no outbound message row yet (pending, held, failed, dry run)."""
        sent = {m.draft_id for m in self.messages if m.direction == "out"}
        return [o for o in self.outbox.values() if o.draft_id not in sent]


async def history(session: AsyncSession, conversation_id: int) -> History | None:
    """The conversation with every channel of the same customer (app.customers), as one."""
    conversation = await session.get(Conversation, conversation_id)
    if conversation is None:
        return None
    contact = await session.get(Contact, conversation.contact_id)
    assert contact is not None
    ids = await linked_conversation_ids(session, conversation_id)
    messages = (await session.execute(
        select(Message).where(Message.conversation_id.in_(ids)).order_by(Message.id)
    )).scalars().all()
    drafts = (await session.execute(
        select(Draft).where(Draft.conversation_id.in_(ids)).order_by(Draft.id)
    )).scalars().all()
    outbox = (await session.execute(
        select(Outbox).where(Outbox.conversation_id.in_(ids)).order_by(Outbox.id)
    )).scalars().all()
    result = History(conversation, contact, list(messages), list(drafts),
                     {o.draft_id: o for o in outbox if o.draft_id is not None})
    result.drafting = await _drafting(session, ids)
    return result


async def _drafting(session: AsyncSession, conversation_ids: list[int]) -> bool:
    """A draft or redraft job for these conversations is queued or running."""
    jobs = (await session.execute(
        select(Job.kind, Job.payload).where(
            and_(Job.kind.in_(("draft", "redraft")), Job.state.in_(("queued", "running"))))
    )).all()
    if any(kind == "redraft" for kind, _ in jobs):
        redrafting = {int(p.get("draft_id", 0)) for kind, p in jobs if kind == "redraft"}
        owners = (await session.execute(
            select(Draft.conversation_id).where(Draft.id.in_(redrafting)))).scalars().all()
        if set(owners) & set(conversation_ids):
            return True
    return any(int(p.get("conversation_id", 0)) in conversation_ids
               for kind, p in jobs if kind == "draft")


async def conversation_of_message(session: AsyncSession, message_id: int) -> int | None:
    return (await session.execute(
        select(Message.conversation_id).where(Message.id == message_id)
    )).scalar()
