"""The statements of a reviewer's approval, written once as SQL text (`app.review.approving`
decides what they write; nothing else runs them). A click waits on this transaction before
the send can start, so it is a few statements, not the dozen an ORM unit of work makes:

- `read`: the draft, its conversation and the contact, in one SELECT;
- `write`: the draft's transition (conditional on it still being pending, as every transition
  in `app.review.transitions`), the conversation reopened, the outbox entry (pending, as
  `app.outbox.create` makes it), its send job (deduplicated per entry, as `app.outbox`
  queues it), the review job (as `app.review.transitions.notify_reviewers` queues it) and the
  audit row. On PostgreSQL ONE statement (data-modifying CTEs) that also notifies the workers;
  on SQLite, where a statement costs no network round trip, five in the caller's transaction.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import TextClause, bindparam, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.util import identity_key

from app.jobs import mark_enqueued
from app.models import AuditEvent, Conversation, Draft, Job, utcnow
from app.states import ConversationStatus, DraftState, JobKind, OutboxState
from app.wakeup import CHANNEL

_DRAFT, _JOB = Draft.__table__.c, Job.__table__.c


@dataclass(frozen=True, slots=True)
class Base:
    """What an approval needs to know before it writes."""

    state: DraftState
    text: str
    flags: list[Any]
    has_booking: bool
    conversation_id: int
    conversation_status: str
    channel: str
    recipient: str
    linked: bool  # the contact is linked to a customer: the reply may go to another channel


_READ = text(
    "SELECT drafts.state, drafts.text, drafts.flags, drafts.booking_action, "
    "conversations.id, conversations.status, conversations.channel, contacts.address, "
    "contacts.customer_id IS NOT NULL FROM drafts "
    "JOIN conversations ON conversations.id = drafts.conversation_id "
    "JOIN contacts ON contacts.id = conversations.contact_id WHERE drafts.id = :id"
).columns(_DRAFT.state, _DRAFT.text, _DRAFT.flags, _DRAFT.booking_action)


async def read(session: AsyncSession, draft_id: int) -> Base | None:
    """The draft with its conversation and contact; None when there is no such draft."""
    row = (await session.execute(_READ, {"id": draft_id})).first()
    if row is None:
        return None
    # booking_action is JSON: an empty one is stored as JSON null, not SQL NULL.
    return Base(DraftState(row[0]), row[1], list(row[2] or ()), row[3] is not None, int(row[4]),
                str(row[5]), str(row[6]), str(row[7]), bool(row[8]))


@dataclass(frozen=True, slots=True)
class Approval:
    """The values one approval writes."""

    draft_id: int
    state: DraftState
    actor: str
    action: str  # the audit row's: approve or edit
    final_text: str
    flags: list[Any]
    original: str
    human_authored: bool
    conversation_id: int
    channel: str
    recipient: str
    reopen: bool  # a person approved: the conversation is open again
    conversation_open: bool  # as read in this transaction (SQLite's is serialized)
    decided_at: datetime  # the session clock's now: also when the jobs are due


@dataclass(frozen=True, slots=True)
class Written:
    outbox_id: int
    review_job: int


async def write(session: AsyncSession, approval: Approval) -> Written | None:
    """Write the approval; None (nothing written) when the draft was no longer pending."""
    postgres = session.get_bind().dialect.name == "postgresql"
    params = _params(approval)
    if postgres:
        rows = (await session.execute(_pg_statement(), params)).all()
        if not rows:
            return None
        mark_enqueued(session, notified=True)
        return Written(int(rows[0][0]), next(int(r[1]) for r in rows if r[2] == "review_update"))
    if (await session.execute(_SQLITE[0], params)).first() is None:
        return None
    if approval.reopen and not approval.conversation_open:
        await session.execute(_SQLITE[1], params)
    outbox_id = int((await session.execute(_SQLITE[2], params)).scalar_one())
    await session.execute(_SQLITE[3], params)
    jobs = (await session.execute(_SQLITE[4], {**params, "outbox": outbox_id,
                                               "send_payload": {"outbox_id": outbox_id},
                                               "send_key": f"send:{outbox_id}"})).all()
    mark_enqueued(session)
    return Written(outbox_id, next(int(r[0]) for r in jobs if r[1] == JobKind.REVIEW_UPDATE))


def _params(a: Approval) -> dict[str, Any]:
    return {
        "id": a.draft_id, "state": a.state, "actor": a.actor, "action": a.action,
        "final": a.final_text, "flags": a.flags, "human": a.human_authored,
        "conversation": a.conversation_id, "channel": a.channel, "recipient": a.recipient,
        "reopen": a.reopen, "now": a.decided_at, "wall": utcnow(),
        "detail": {"original": a.original, "sent": a.final_text},
        "review_payload": {"draft_id": a.draft_id}, "partition": f"review:{a.draft_id}",
    }


_TYPES = (
    bindparam("state", type_=_DRAFT.state.type),
    bindparam("flags", type_=_DRAFT.flags.type),
    bindparam("now", type_=_DRAFT.decided_at.type),
    bindparam("wall", type_=_DRAFT.decided_at.type),
    bindparam("detail", type_=AuditEvent.__table__.c.detail.type),
    bindparam("review_payload", type_=_JOB.payload.type),
)
_TRANSITION = ("UPDATE drafts SET state = :state, decided_at = :now, decided_by = :actor, "
               "final_text = :final, flags = :flags WHERE id = :id AND state = 'pending'")
_OUTBOX_COLUMNS = ("outbox (draft_id, conversation_id, channel, recipient, text, human_authored, "
                   "state, attempts, created_at, updated_at)")
_AUDIT_COLUMNS = "audit_events (at, actor, action, draft_id, detail)"
_JOB_COLUMNS = "jobs (kind, payload, dedupe_key, partition_key, state, attempts, run_after, " \
    "created_at)"
_OPEN, _PENDING, _QUEUED = (ConversationStatus.OPEN.value, OutboxState.PENDING.value,
                            "queued")
_SEND, _REVIEW = JobKind.SEND.value, JobKind.REVIEW_UPDATE.value


@functools.cache
def _pg_statement() -> TextClause:
    """Every write in one statement. Each CTE runs once whether or not it is referenced; all
    but the transition write only when the transition did (`FROM d`)."""
    return text(
        f"WITH d AS ({_TRANSITION} RETURNING id), "
        f"c AS (UPDATE conversations SET status = '{_OPEN}', updated_at = :wall "
        f"WHERE id = :conversation AND :reopen AND status <> '{_OPEN}' "
        "AND EXISTS (SELECT 1 FROM d) RETURNING id), "
        f"o AS (INSERT INTO {_OUTBOX_COLUMNS} SELECT d.id, :conversation, :channel, "
        f":recipient, :final, :human, '{_PENDING}', 0, :wall, :wall FROM d RETURNING id), "
        f"a AS (INSERT INTO {_AUDIT_COLUMNS} SELECT :wall, :actor, :action, d.id, :detail "
        "FROM d RETURNING id), "
        f"j AS (INSERT INTO {_JOB_COLUMNS} "
        f"SELECT '{_SEND}', json_build_object('outbox_id', o.id), 'send:' || o.id, NULL, "
        f"'{_QUEUED}', 0, :now, :wall FROM o UNION ALL "
        f"SELECT '{_REVIEW}', :review_payload, NULL, :partition, '{_QUEUED}', 0, :now, :wall "
        "FROM d RETURNING id, kind) "
        f"SELECT (SELECT id FROM o), j.id, j.kind, pg_notify('{CHANNEL}', '') FROM j"
    ).bindparams(*_TYPES)


_SQLITE = (
    text(f"{_TRANSITION} RETURNING id").bindparams(*_TYPES[:3]),
    text(f"UPDATE conversations SET status = '{_OPEN}', updated_at = :wall "
         f"WHERE id = :conversation AND status <> '{_OPEN}'").bindparams(_TYPES[3]),
    text(f"INSERT INTO {_OUTBOX_COLUMNS} VALUES (:id, :conversation, :channel, :recipient, "
         f":final, :human, '{_PENDING}', 0, :wall, :wall) RETURNING id").bindparams(_TYPES[3]),
    text(f"INSERT INTO {_AUDIT_COLUMNS} VALUES (:wall, :actor, :action, :id, :detail)"
         ).bindparams(_TYPES[3], _TYPES[4]),
    text(f"INSERT INTO {_JOB_COLUMNS} VALUES "
         f"('{_SEND}', :send_payload, :send_key, NULL, '{_QUEUED}', 0, :now, :wall), "
         f"('{_REVIEW}', :review_payload, NULL, :partition, '{_QUEUED}', 0, :now, :wall) "
         "RETURNING id, kind").bindparams(
        _TYPES[2], _TYPES[3], _TYPES[5], bindparam("send_payload", type_=_JOB.payload.type)),
)


def loaded(session: AsyncSession, draft_id: int, conversation_id: int) -> bool:
    """Whether the session holds the draft or its conversation as an ORM object, which SQL
    written past the ORM would leave stale: the caller then takes the ORM path."""
    return any(session.identity_map.get(identity_key(cls, key)) is not None
               for cls, key in ((Draft, draft_id), (Conversation, conversation_id)))
