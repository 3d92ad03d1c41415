"""The drafting job's reads as SQL text built once (building an ORM statement and loading whole
entities cost more CPU than running the query): the conversation, its contact and the message
with everything decided from them in one statement, whether linking has anything to do, the
history across linked channels, and the checks made again before the draft commits.

Rows come back as transient ORM objects (not attached to the session) for the code that reads
them (the review message, the orchestrator's turns). Linked conversations are computed in SQL
(`_LINKED`): the conversation itself and every conversation of a contact linked to the same
customer, as `app.customer_history.linked_conversation_ids` reads them.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Integer, Table, bindparam, column, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.customers import PHONE_CHANNELS, normalized
from app.models import Contact, Conversation, Message, ModelBreaker, UsageCounter
from app.states import LinkState

# The conversation :cid and those of every contact linked to its customer.
_LINKED = (
    "SELECT lc.id FROM conversations AS lc WHERE lc.id = :cid UNION "
    "SELECT lc2.id FROM conversations AS lc2 JOIN contacts AS lk ON lk.id = lc2.contact_id "
    "WHERE lk.customer_id = (SELECT k0.customer_id FROM conversations AS c0 JOIN contacts AS k0 "
    "ON k0.id = c0.contact_id WHERE c0.id = :cid)"
)
_NEWER = (
    f"EXISTS (SELECT 1 FROM messages AS nm WHERE nm.conversation_id IN ({_LINKED}) "
    "AND nm.direction = 'in' AND nm.kind IN ('message', 'start') AND nm.id > :mid)"
)


def _columns(table: Table, prefix: str) -> tuple[str, list[ColumnElement[Any]]]:
    """`table`'s columns selected as prefix_name, typed as the model types them."""
    names = [c.name for c in table.c]
    sql = ", ".join(f"{table.name}.{name} AS {prefix}_{name}" for name in names)
    return sql, [column(f"{prefix}_{c.name}", c.type) for c in table.c]


def _entity(model: Any, row: Any, prefix: str) -> Any:
    """A transient ORM object from a row's prefixed columns."""
    mapping = row._mapping
    return model(**{c.name: mapping[f"{prefix}_{c.name}"] for c in model.__table__.c})


_CONVERSATION = _columns(Conversation.__table__, "cv")  # type: ignore[arg-type]
_CONTACT = _columns(Contact.__table__, "ct")  # type: ignore[arg-type]
_MESSAGE = _columns(Message.__table__, "ms")  # type: ignore[arg-type]
_WINDOW = UsageCounter.__table__.c.window_start.type
_OPEN = str(LinkState.OPEN)

# Whether app.customers.resolve has anything to do beyond reading the message (`_LINKING`
# below, for the contact read): a contact with the same phone number not yet of this customer,
# or a suggestion waiting for this contact's address. The address is lower-cased in SQL for an
# email, as `normalized` does in Python; for ASCII the two agree, and a non-ASCII email address
# is checked again by `_LINKING` with Python's lower-casing (`linking_due`).
_LINKING_OF_READ = (
    "((contacts.channel IN ('sms', 'whatsapp') AND EXISTS (SELECT 1 FROM contacts AS tw "
    "WHERE tw.channel IN ('sms', 'whatsapp') AND tw.address = contacts.address "
    "AND tw.id != contacts.id AND (tw.customer_id IS NULL OR contacts.customer_id IS NULL "
    "OR tw.customer_id != contacts.customer_id))) "
    "OR EXISTS (SELECT 1 FROM link_suggestions AS ls WHERE ls.address = CASE WHEN "
    "contacts.channel = 'email' THEN lower(contacts.address) ELSE contacts.address END "
    "AND ls.other_contact_id IS NULL AND ls.state = :open AND ls.contact_id != contacts.id))"
)

# One statement: the rows, whether the customer wrote again (DRAFTED_KINDS: message, start),
# the drafting budget's state (the breaker, today's tokens, whether the contact is new: no
# message was ever sent to them), as app.draft_budget reads it, and whether linking is due.
_READ = text(
    f"SELECT {_CONVERSATION[0]}, {_CONTACT[0]}, {_MESSAGE[0]}, {_NEWER} AS newer, "
    "(SELECT open_until FROM model_breaker WHERE name = :breaker) AS open_until, "
    "(SELECT count FROM usage_counters WHERE scope = :tokens AND window_start = :day) AS tokens, "
    "NOT EXISTS (SELECT 1 FROM messages AS om JOIN conversations AS oc ON oc.id = "
    "om.conversation_id WHERE oc.contact_id = contacts.id AND om.direction = 'out') "
    f"AS new_contact, {_LINKING_OF_READ} AS linking "
    "FROM conversations JOIN contacts ON contacts.id = conversations.contact_id "
    "JOIN messages ON messages.id = :mid WHERE conversations.id = :cid"
).bindparams(bindparam("day", type_=_WINDOW)).columns(
    *_CONVERSATION[1], *_CONTACT[1], *_MESSAGE[1], column("newer", Boolean),
    column("open_until", ModelBreaker.__table__.c.open_until.type), column("tokens", Integer),
    column("new_contact", Boolean), column("linking", Boolean))

# Whether app.customers.resolve has anything to do beyond reading the message: a contact with
# the same phone number not yet of this customer (auto_link), or a suggestion waiting for this
# contact's address (fill_suggestions). A match is checked again exactly by `resolve`.
_LINKING = text(
    "SELECT EXISTS (SELECT 1 FROM contacts WHERE channel IN ('sms', 'whatsapp') "
    "AND address = :address AND id != :id AND (customer_id IS NULL OR :customer IS NULL "
    "OR customer_id != :customer)) AS twin, "
    "EXISTS (SELECT 1 FROM link_suggestions WHERE address = :normalized "
    "AND other_contact_id IS NULL AND state = :open AND contact_id != :id) AS waiting"
).bindparams(bindparam("customer", type_=Integer)).columns(
    column("twin", Boolean), column("waiting", Boolean))

_HISTORY = text(
    f"SELECT {_MESSAGE[0]} FROM messages WHERE messages.conversation_id IN ({_LINKED}) "
    "AND messages.id < :mid ORDER BY messages.id DESC LIMIT :limit"
).columns(*_MESSAGE[1])

# Read again before the draft commits: the linked conversations (a link made during the model
# call counts), whether the customer wrote again, and the messages of the last minute here.
_RECHECK = text(
    f"SELECT linked.id, {_NEWER} AS newer, (SELECT count(*) FROM messages AS fm WHERE "
    "fm.conversation_id = :cid AND fm.direction = 'in' AND fm.created_at >= :since) AS recent "
    f"FROM ({_LINKED}) AS linked ORDER BY linked.id"
).bindparams(bindparam("since", type_=Message.__table__.c.created_at.type)).columns(
    column("id", Integer), column("newer", Boolean), column("recent", Integer))


@dataclass(frozen=True, slots=True)
class Reading:
    """What the drafting job reads before the model call (transient ORM objects)."""

    conversation: Conversation
    contact: Contact
    message: Message
    newer: bool  # the customer wrote again after this message, here or on a linked channel
    open_until: datetime | None  # the model breaker
    tokens: int | None  # today's model tokens
    new_contact: bool
    linking: bool  # whether `customers.resolve` could link or complete anything (linking_due)


async def read(session: AsyncSession, *, conversation_id: int, message_id: int,
               breaker: str, tokens: str, day: datetime) -> Reading | None:
    """The conversation, its contact and the message, with the checks made from them; None
    when the conversation or the message is gone."""
    row = (await session.execute(_READ, {
        "cid": conversation_id, "mid": message_id, "breaker": breaker, "tokens": tokens,
        "day": day, "open": _OPEN})).first()
    if row is None:
        return None
    return Reading(_entity(Conversation, row, "cv"), _entity(Contact, row, "ct"),
                   _entity(Message, row, "ms"), bool(row.newer), row.open_until, row.tokens,
                   bool(row.new_contact), bool(row.linking))


async def linking_due(session: AsyncSession, reading: Reading) -> bool:
    """Whether `customers.resolve` could link or complete anything for the reading's contact
    (apart from addresses the message states, which the caller checks in Python): as `read`
    found it, unless the contact's address is a non-ASCII email (SQL's lower-casing may differ
    from Python's there: asked again with `normalized`)."""
    contact = reading.contact
    if contact.channel != "email" or contact.address.isascii():
        return reading.linking
    row = (await session.execute(_LINKING, {
        "address": contact.address, "id": contact.id, "customer": contact.customer_id,
        "normalized": normalized(contact), "open": _OPEN})).one()
    return (contact.channel in PHONE_CHANNELS and bool(row.twin)) or bool(row.waiting)


async def history(session: AsyncSession, *, conversation_id: int, message_id: int, limit: int
                  ) -> list[Message]:
    """The last `limit` messages before `message_id` across the customer's channels, oldest
    first (as `customer_history.messages_before`)."""
    rows = (await session.execute(_HISTORY, {"cid": conversation_id, "mid": message_id,
                                             "limit": limit})).all()
    return [_entity(Message, row, "ms") for row in reversed(rows)]


@dataclass(frozen=True, slots=True)
class Recheck:
    linked: list[int]
    newer: bool
    recent: int


async def recheck(session: AsyncSession, *, conversation_id: int, message_id: int,
                  since: datetime, kinds: Collection[str]) -> Recheck:
    """The linked conversations, whether the customer wrote again, and how many messages they
    sent since `since` on this conversation, in one statement."""
    assert set(kinds) == {"message", "start"}, "the statement names the drafted kinds"
    rows = (await session.execute(_RECHECK, {"cid": conversation_id, "mid": message_id,
                                             "since": since})).all()
    return Recheck([int(r.id) for r in rows], bool(rows[0].newer) if rows else False,
                   int(rows[0].recent) if rows else 0)

