"""The inbound job's statements, built once (`app.ingest.ingest_message` decides what they
write; nothing else runs them). Through the ORM the job cost 6 to 11 ms of CPU for a handful of
statements: the contact loaded as an entity, the unit of work's flushes of a new conversation,
its `last_inbound_at` and the draft job. Here each is one prebuilt Core statement, typed by the
models' columns (SQLAlchemy compiles each once and caches it):

- the contact's upsert, returning its id, whether it opted out and its latest conversation;
- the conversation an email's References name, when they name one;
- a new conversation (its `last_inbound_at` set by the same INSERT), or the existing one's
  `last_inbound_at` moved, returning what supersede and flood control read: whether a draft is
  pending there and how many messages the customer sent in the last minute;
- the message (a duplicate inserts nothing);
- the draft job (on PostgreSQL with the workers' NOTIFY in the same statement).

Objects of these rows the caller's session already holds are brought up to date, so ORM code
reading them later in the same session sees what the statements wrote.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Insert,
    Table,
    TextClause,
    bindparam,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from app.bookings.states import BOOKINGS_RESPONDER
from app.jobs import mark_enqueued
from app.models import Contact, Conversation, Job, Message, utcnow
from app.states import DraftState, JobKind
from app.wakeup import CHANNEL

_CONTACTS: Table = Contact.__table__  # type: ignore[assignment]
_CONVERSATIONS: Table = Conversation.__table__  # type: ignore[assignment]
_MESSAGES: Table = Message.__table__  # type: ignore[assignment]
_JOBS: Table = Job.__table__  # type: ignore[assignment]
_CT, _CV, _MS = _CONTACTS.c, _CONVERSATIONS.c, _MESSAGES.c


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: int
    opted_out: bool
    latest_conversation: int | None


# SQL text: a RETURNING clause with a correlated subquery, which SQLAlchemy renders without
# the table's name (ambiguous). The same statement on SQLite and PostgreSQL.
_UPSERT_CONTACT = text(
    "INSERT INTO contacts (channel, address, display_name, opted_out, created_at) "
    "VALUES (:channel, :address, :name, false, :now) ON CONFLICT (channel, address) "
    "DO UPDATE SET display_name = coalesce(excluded.display_name, contacts.display_name) "
    "RETURNING contacts.id, contacts.opted_out, (SELECT max(lc.id) FROM conversations AS lc "
    "WHERE lc.contact_id = contacts.id)"
).bindparams(bindparam("now", type_=_CT.created_at.type))


async def upsert_contact(session: AsyncSession, *, channel: str, address: str,
                         name: str | None, now: datetime) -> ContactRow:
    """The contact for an address, created on first contact (a name given replaces the one
    stored), with its latest conversation."""
    row = (await session.execute(_UPSERT_CONTACT, {
        "channel": channel, "address": address, "name": name, "now": now})).one()
    contact = ContactRow(int(row[0]), bool(row[1]), None if row[2] is None else int(row[2]))
    if name is not None:
        _loaded(session, Contact, contact.id, display_name=name)
    return contact


_THREAD = (select(_MS.conversation_id)
           .where(_MS.channel == bindparam("channel"),
                  _MS.provider_message_id.in_(bindparam("refs", expanding=True)))
           .order_by(_MS.id.desc()).limit(1))


async def thread_conversation(session: AsyncSession, *, channel: str, refs: list[str]
                              ) -> int | None:
    """The conversation of the latest message among `refs` (an email's References)."""
    found = (await session.execute(_THREAD, {"channel": channel, "refs": refs})).scalar()
    return None if found is None else int(found)


_NEW_CONVERSATION = insert(_CONVERSATIONS).returning(_CV.id)


async def new_conversation(session: AsyncSession, *, contact_id: int, channel: str,
                           business_address: str, subject: str | None,
                           last_inbound_at: datetime | None) -> int:
    return int((await session.execute(_NEW_CONVERSATION, {
        "contact_id": contact_id, "channel": channel, "business_address": business_address,
        "subject": subject, "last_inbound_at": last_inbound_at})).scalar_one())


# The pending drafts are those app.review.service.supersede_pending would supersede (it makes
# the change); the count is the customer's messages in the flood window.
_TOUCH = text(
    "UPDATE conversations SET last_inbound_at = :at, updated_at = :wall WHERE id = :cid "
    "RETURNING (SELECT count(*) FROM messages AS fm WHERE fm.conversation_id = conversations.id "
    "AND fm.direction = 'in' AND fm.created_at >= :since), EXISTS (SELECT 1 FROM drafts AS pd "
    f"WHERE pd.conversation_id = conversations.id AND pd.state = '{DraftState.PENDING.value}' "
    "AND pd.responder != :bookings)"
).bindparams(bindparam("at", type_=_CV.last_inbound_at.type),
             bindparam("wall", type_=_CV.updated_at.type),
             bindparam("since", type_=_MS.created_at.type),
             bindparam("bookings", value=BOOKINGS_RESPONDER))


@dataclass(frozen=True, slots=True)
class Touched:
    recent: int  # the customer's messages here since `since`, this one included
    pending: bool  # a draft supersede would replace


async def touch_conversation(session: AsyncSession, *, conversation_id: int,
                             last_inbound_at: datetime | None, since: datetime) -> Touched:
    """Set the conversation's last inbound time; what supersede and flood control read."""
    wall = utcnow()
    row = (await session.execute(_TOUCH, {"cid": conversation_id, "at": last_inbound_at,
                                          "wall": wall, "since": since})).one()
    _loaded(session, Conversation, conversation_id, last_inbound_at=last_inbound_at,
            updated_at=wall)
    return Touched(int(row[0]), bool(row[1]))


@functools.cache
def _insert_message(postgres: bool) -> Insert:
    insert_ = postgresql.insert if postgres else sqlite.insert
    return (insert_(_MESSAGES).on_conflict_do_nothing(index_elements=["channel",
                                                                      "provider_message_id"])
            .returning(_MS.id))


async def insert_message(session: AsyncSession, row: dict[str, Any]) -> int | None:
    """The message's id, or None when it was stored before (same channel and provider id)."""
    found = (await session.execute(_insert_message(_postgres(session)), row)).scalar()
    return None if found is None else int(found)


_OPT = (update(_CONTACTS).where(_CT.id == bindparam("cid"))
        .values(opted_out=bindparam("out"),
                opted_out_at=bindparam("at", type_=_CT.opted_out_at.type)))


async def set_opted_out(session: AsyncSession, *, contact_id: int, opted_out: bool,
                        at: datetime | None) -> None:
    await session.execute(_OPT, {"cid": contact_id, "out": opted_out, "at": at})
    _loaded(session, Contact, contact_id, opted_out=opted_out, opted_out_at=at)


_JOB_TYPES = (bindparam("payload", type_=_JOBS.c.payload.type),
              bindparam("due", type_=_JOBS.c.run_after.type),
              bindparam("wall", type_=_JOBS.c.created_at.type))
_JOB_INSERT = ("INSERT INTO jobs (kind, payload, dedupe_key, partition_key, state, attempts, "
               f"run_after, created_at) VALUES ('{JobKind.DRAFT.value}', :payload, :key, NULL, "
               "'queued', 0, :due, :wall)")
_QUEUE_DRAFT = {
    False: text(_JOB_INSERT).bindparams(*_JOB_TYPES),
    True: text(f"WITH j AS ({_JOB_INSERT} RETURNING id) SELECT pg_notify('{CHANNEL}', '') "
               "FROM j").bindparams(*_JOB_TYPES),
}


async def queue_draft(session: AsyncSession, *, conversation_id: int, message_id: int,
                      due: datetime) -> None:
    """The message's draft job (as `app.jobs.enqueue` queues it, once per message), waking
    the workers at commit."""
    postgres = _postgres(session)
    stmt: TextClause = _QUEUE_DRAFT[postgres]
    await session.execute(stmt, {
        "payload": {"conversation_id": conversation_id, "message_id": message_id},
        "key": f"draft:{message_id}", "due": due, "wall": utcnow()})
    mark_enqueued(session, notified=postgres)


def _postgres(session: AsyncSession) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _loaded(session: AsyncSession, model: Any, key: int, **values: Any) -> None:
    """Bring an object of this row the session holds in line with what was written."""
    held = session.identity_map.get(identity_key(model, key))
    if held is not None:
        for name, value in values.items():
            set_committed_value(held, name, value)
