"""The two ways an approval is written (`app.review.approve_sql`'s SQL text, and the ORM path a
session holding the draft takes) write the same rows: two equal drafts, approved once each
way, end with the same draft, conversation, outbox entry, jobs, audit row and wake-up, ids and
wall-clock stamps aside. The SQL text repeats what `app.outbox.create`,
`app.review.service.notify_reviewers` and the audit write, so this is where a drift shows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import event, select

from app.handoff import hand_to_staff
from app.models import AuditEvent, Contact, Conversation, Draft, Job, Outbox
from app.review import service
from app.runtime import Runtime
from tests.fakes.clock import FrozenClock
from tests.records import inbound, propose, store

# The draft's transition as only approve_sql writes it (the ORM's reads `drafts.state IN (...)`).
SQL_PATH_MARK = "WHERE id = %s AND state = 'pending'"
KEY_IDS = {"send": "outbox", "review": "draft", "review_post": "draft"}


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


@dataclass(frozen=True)
class Case:
    actor: str
    state: str = "approved"
    edited_text: str | None = None
    extra_flags: tuple[str, ...] = ()
    needs_human: bool = False  # the conversation was handed to staff before the approval


CASES = {
    "approved as written": Case("U05R2M8KQ3A"),
    "edited, with the edit checks' flags": Case(
        "console:maya", "edited", "  Hi! $640.00 for 10 adults. Book Saturday?  ",
        ("1 SMS segment(s), GSM-7",)),
    "staff's text equal to the draft's, spaces aside": Case(
        "console:maya", "approved", " Hi! $600.00 for 10 adults. "),
    "a person's approval reopens a conversation handed to staff": Case(
        "U05R2M8KQ3A", needs_human=True),
    "an automatic approval leaves it with staff": Case("auto:quote_rule", needs_human=True),
}


@contextmanager
def statements(runtime: Runtime) -> Iterator[list[str]]:
    """The SQL the runtime's engine runs meanwhile."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(runtime.engine.sync_engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(runtime.engine.sync_engine, "before_cursor_execute", record)


async def _pending(runtime: Runtime, n: int, case: Case) -> int:
    result = await store(runtime, inbound(n, sender=f"+1916555{n:04d}"))
    draft_id = await propose(runtime, result.stored[0])
    if case.needs_human:
        async with runtime.sessions() as session, session.begin():
            draft = await session.get(Draft, draft_id)
            assert draft is not None
            await hand_to_staff(session, conversation_id=draft.conversation_id)
    return draft_id


async def _contact(runtime: Runtime, contact_id: int) -> Contact:
    async with runtime.sessions() as session:
        contact = await session.get(Contact, contact_id)
    assert contact is not None
    return contact


def _row(obj: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    return {c.name: getattr(obj, c.name) for c in type(obj).__table__.c if c.name not in skip}


class Ids:
    """Replaces each id by a name, the same id by the same name on every row."""

    def __init__(self, **names: int | None) -> None:
        self.names = {(kind, value): kind for kind, value in names.items() if value is not None}

    def __call__(self, kind: str, value: Any) -> Any:
        if value is None:
            return None
        return self.names.setdefault((kind, int(value)), f"{kind}{len(self.names)}")

    def key(self, value: str | None) -> str | None:
        """The id inside a job's key: send:<outbox>, review:<draft>, review_post:<draft>."""
        if value is None:
            return None
        prefix, _, number = value.rpartition(":")
        return f"{prefix}:{self(KEY_IDS[prefix], number)}"


def _stamped(value: datetime | None) -> str | None:
    """A wall-clock stamp (the database's row times): only whether it is set."""
    return None if value is None else "set"


async def _approve(runtime: Runtime, draft_id: int, case: Case, *, orm: bool
                   ) -> dict[str, Any]:
    """Approve, and everything the approval wrote, with ids named and wall stamps reduced."""
    async with runtime.sessions() as session:
        draft = await session.get(Draft, draft_id)
        assert draft is not None
        conversation_before = await session.get(Conversation, draft.conversation_id)
        assert conversation_before is not None
        last_job = (await session.execute(select(Job.id).order_by(Job.id.desc()))).scalar() or 0
        last_audit = (await session.execute(
            select(AuditEvent.id).order_by(AuditEvent.id.desc()))).scalar() or 0
    runtime.work_ready.clear()
    with statements(runtime) as seen:
        async with runtime.sessions() as session, session.begin():
            # A session holding the draft takes the ORM path (the auto-approval's case); the
            # reference keeps it in the session's (weak) identity map.
            held = await session.get(Draft, draft_id) if orm else None
            decision = await service.approve(session, draft_id=draft_id, actor=case.actor,
                                             edited_text=case.edited_text,
                                             extra_flags=case.extra_flags)
            del held
    marks = {SQL_PATH_MARK % p for p in ("?", "%(id)s")}  # SQLite's, psycopg's parameter
    took_sql = any(mark in s for s in seen for mark in marks)
    assert took_sql is not orm, "the approval did not take the path this test meant"
    async with runtime.sessions() as session:
        draft = await session.get(Draft, draft_id)
        conversation = await session.get(Conversation, conversation_before.id)
        outboxes = (await session.execute(
            select(Outbox).where(Outbox.draft_id == draft_id))).scalars().all()
        new_jobs = (await session.execute(
            select(Job).where(Job.id > last_job).order_by(Job.id))).scalars().all()
        audits = (await session.execute(select(AuditEvent).where(
            AuditEvent.id > last_audit).order_by(AuditEvent.id))).scalars().all()
    assert draft is not None and conversation is not None
    customer = (await _contact(runtime, conversation.contact_id)).address
    ids = Ids(draft=draft_id, conversation=draft.conversation_id,
              message=draft.inbound_message_id)
    for outbox in outboxes:
        ids("outbox", outbox.id)
    for job in new_jobs:
        ids("job", job.id)
    return {
        "decision": (decision.ok, decision.state, decision.message,
                     ids("outbox", decision.outbox_id), ids("job", decision.review_job)),
        "draft": {**_row(draft, ("created_at", "expires_at")), "id": ids("draft", draft.id),
                  "conversation_id": ids("conversation", draft.conversation_id),
                  "inbound_message_id": ids("message", draft.inbound_message_id)},
        "conversation": {
            **_row(conversation, ("id", "contact_id", "created_at", "updated_at")),
            "updated": conversation.updated_at != conversation_before.updated_at,
            "changed": _row(conversation, ("updated_at",)) != _row(conversation_before,
                                                                   ("updated_at",)),
        },
        "outbox": [{**_row(o), "id": ids("outbox", o.id), "draft_id": ids("draft", o.draft_id),
                    "conversation_id": ids("conversation", o.conversation_id),
                    "recipient": "the customer" if o.recipient == customer else o.recipient,
                    "created_at": _stamped(o.created_at), "updated_at": _stamped(o.updated_at)}
                   for o in outboxes],
        "jobs": [{**_row(j), "id": ids("job", j.id), "created_at": _stamped(j.created_at),
                  "payload": {k: ids(k.removesuffix("_id"), v) for k, v in j.payload.items()},
                  "dedupe_key": ids.key(j.dedupe_key),
                  "partition_key": ids.key(j.partition_key)}
                 for j in new_jobs],
        "audit": [{**_row(a, ("id",)), "at": _stamped(a.at), "draft_id": ids("draft", a.draft_id)}
                  for a in audits],
        "workers woken": runtime.work_ready.is_set(),
        "workers notified": any("pg_notify" in s or s.lstrip().upper().startswith("NOTIFY")
                                for s in seen),
    }


@pytest.mark.parametrize("case", CASES.values(), ids=list(CASES))
async def test_both_approve_paths_write_the_same_rows(runtime: Runtime, case: Case) -> None:
    by_sql = await _approve(runtime, await _pending(runtime, 1, case), case, orm=False)
    by_orm = await _approve(runtime, await _pending(runtime, 2, case), case, orm=True)
    assert by_sql == by_orm
    # What both wrote, so equality is not two empty snapshots.
    assert by_sql["decision"][:2] == (True, case.state)
    assert [j["kind"] for j in by_sql["jobs"]] == ["send", "review_update"]
    assert len(by_sql["outbox"]) == 1 and len(by_sql["audit"]) == 1
    assert by_sql["workers woken"]
    postgres = runtime.engine.dialect.name == "postgresql"
    assert by_sql["workers notified"] is postgres
