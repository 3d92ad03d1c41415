"""A delivered reply is recorded two ways: in one statement on PostgreSQL (`app.send_sql`), and
by the ORM (SQLite, and the way `app.send_record` had before). Both write the same rows: two
equal approved replies, sent through the real send job, once each way, end with the same
outbox entry, attempt, outgoing message, draft, send job and review job, ids and wall-clock
stamps aside; a worker that lost its lease writes nothing either way."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select, update

from app import send_record
from app.channels import Channels
from app.job_claims import claim
from app.jobs import ClaimedJob
from app.models import Draft, Job, Message, Outbox, SendAttempt
from app.review import service
from app.runtime import Runtime
from app.send_prepare import prepare
from app.states import JobKind
from app.tasks import make_worker
from app.worker import LeaseLost, Worker
from tests.fakes.clock import FrozenClock
from tests.fakes.recording import RecordingSender
from tests.records import inbound, propose, store
from vocabulary.messages import Channel, SendResult

KEY_IDS = {"send": "outbox", "review": "draft"}


@pytest.fixture(autouse=True)
def postgres_only(runtime: Runtime) -> None:
    if runtime.engine.dialect.name != "postgresql":
        pytest.skip("the one-statement recording is PostgreSQL's; SQLite has the ORM's only")


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


@pytest.fixture
def sender() -> RecordingSender:
    return RecordingSender(channels=(Channel.SMS,))


@pytest.fixture
def channels(sender: RecordingSender) -> Channels:
    channels = Channels()
    channels.add_sender(sender)
    return channels


def _orm_only(monkeypatch: pytest.MonkeyPatch) -> None:
    async def not_here(*_args: Any, **_kwargs: Any) -> bool:
        return False

    monkeypatch.setattr(send_record, "sent_at_once", not_here)


async def _approved(runtime: Runtime, n: int) -> tuple[int, int]:
    stored = await store(runtime, inbound(n, sender=f"+1916555{n:04d}"))
    draft_id = await propose(runtime, stored.stored[0])
    async with runtime.sessions() as session, session.begin():
        decision = await service.approve(session, draft_id=draft_id, actor="U05R2M8KQ3A")
    assert decision.outbox_id is not None
    return draft_id, decision.outbox_id


def _row(obj: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    return {c.name: getattr(obj, c.name) for c in type(obj).__table__.c if c.name not in skip}


async def _recorded(runtime: Runtime, draft_id: int, outbox_id: int, send_job: int,
                    jobs_after: int) -> dict[str, Any]:
    """Every row the send's recording touches, with ids named and wall stamps reduced."""
    async with runtime.sessions() as session:
        draft = await session.get(Draft, draft_id)
        outbox = await session.get(Outbox, outbox_id)
        job = await session.get(Job, send_job)
        attempts = (await session.execute(select(SendAttempt).where(
            SendAttempt.outbox_id == outbox_id))).scalars().all()
        sent = (await session.execute(select(Message).where(
            Message.draft_id == draft_id, Message.direction == "out"))).scalars().all()
        new_jobs = (await session.execute(select(Job).where(
            Job.id > jobs_after).order_by(Job.id))).scalars().all()
    assert draft is not None and outbox is not None and job is not None
    names = {("draft", draft_id): "draft", ("outbox", outbox_id): "outbox",
             ("conversation", outbox.conversation_id): "conversation"}

    def key(value: str | None) -> str | None:
        if value is None:
            return None
        prefix, _, number = value.rpartition(":")
        return f"{prefix}:{names[(KEY_IDS[prefix], int(number))]}"

    stamp = "set"
    return {
        "draft": (draft.state, draft.final_text, draft.decided_by),
        "outbox": {**_row(outbox, ("id", "draft_id", "conversation_id", "recipient",
                                   "created_at", "updated_at"))},
        "attempts": [{**_row(a, ("id", "outbox_id")), "at": stamp if a.at else None}
                     for a in attempts],
        "messages": [{**_row(m, ("id", "conversation_id", "draft_id", "recipient")),
                      "conversation": names[("conversation", m.conversation_id)]}
                     for m in sent],
        "send job": {**_row(job, ("id", "payload", "dedupe_key", "created_at")),
                     "key": key(job.dedupe_key), "locked_by": job.locked_by is not None},
        "new jobs": [{**_row(j, ("id", "created_at")), "payload": {"draft_id": "draft"}
                      if j.payload == {"draft_id": draft_id} else j.payload,
                      "partition_key": key(j.partition_key)} for j in new_jobs],
        "workers woken": runtime.work_ready.is_set(),
    }


async def _claim_send(runtime: Runtime, worker: Worker, outbox_id: int) -> ClaimedJob:
    """The outbox row's send job, claimed by `worker`."""
    async with runtime.sessions() as session:
        send_job = (await session.execute(select(Job.id).where(
            Job.kind == JobKind.SEND, Job.dedupe_key == f"send:{outbox_id}"))).scalar_one()
    job = await claim(runtime.sessions, worker_id=worker.worker_id, lease_seconds=30,
                      job_id=send_job)
    assert job is not None
    return job


async def _send_once(runtime: Runtime, n: int) -> dict[str, Any]:
    draft_id, outbox_id = await _approved(runtime, n)
    async with runtime.sessions() as session:
        last_job = (await session.execute(select(Job.id).order_by(Job.id.desc()).limit(1))).scalar_one()
    worker = make_worker(runtime)
    job = await _claim_send(runtime, worker, outbox_id)
    runtime.work_ready.clear()
    await worker.run_job(job)
    return await _recorded(runtime, draft_id, outbox_id, job.id, last_job)


async def test_both_ways_record_a_delivered_reply_alike(
    runtime: Runtime, sender: RecordingSender, monkeypatch: pytest.MonkeyPatch
) -> None:
    by_sql = await _send_once(runtime, 1)
    with monkeypatch.context() as patch:
        _orm_only(patch)
        by_orm = await _send_once(runtime, 2)
    # The fake's ids differ (rec-1, rec-2): the only value that may.
    assert [m.recipient for m in sender.attempts] == ["+19165550001", "+19165550002"]
    by_orm["outbox"]["provider_message_id"] = "rec-1"
    by_orm["attempts"][0]["provider_message_id"] = "rec-1"
    by_orm["messages"][0]["provider_message_id"] = "rec-1"
    assert by_sql == by_orm
    assert by_sql["draft"][0] == "sent" and by_sql["outbox"]["state"] == "sent"
    assert [a["result"] for a in by_sql["attempts"]] == ["sent"]
    assert [j["kind"] for j in by_sql["new jobs"]] == ["review_update"]
    assert by_sql["send job"]["state"] == "done" and by_sql["workers woken"]


async def test_an_echo_stored_first_is_kept_either_way(
    runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The provider's echo of the reply was stored before the result: one message stays."""
    for n, orm in ((1, False), (2, True)):
        draft_id, outbox_id = await _approved(runtime, n)
        worker = make_worker(runtime)
        async with runtime.sessions() as session:
            outbox = await session.get(Outbox, outbox_id)
        assert outbox is not None
        async with runtime.sessions() as session, session.begin():
            session.add(Message(conversation_id=outbox.conversation_id, direction="out",
                                channel="sms", provider_message_id=f"echo-{n}", sender="echo",
                                recipient=outbox.recipient, text="echo"))
        job = await _claim_send(runtime, worker, outbox_id)
        prepared = await prepare(worker, outbox_id)
        assert prepared.message is not None
        with monkeypatch.context() as patch:
            if orm:
                _orm_only(patch)
            await send_record.record_success(worker, job, outbox_id, prepared.message,
                                             SendResult(provider_message_id=f"echo-{n}"))
        async with runtime.sessions() as session:
            texts = (await session.execute(select(Message.sender).where(
                Message.provider_message_id == f"echo-{n}"))).scalars().all()
            draft = await session.get(Draft, draft_id)
        assert texts == ["echo"], orm
        assert draft is not None and draft.state == "sent", orm


async def test_a_lost_lease_records_nothing_either_way(
    runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n, orm in ((1, False), (2, True)):
        draft_id, outbox_id = await _approved(runtime, n)
        worker = make_worker(runtime)
        job = await _claim_send(runtime, worker, outbox_id)
        prepared = await prepare(worker, outbox_id)
        assert prepared.message is not None
        async with runtime.sessions() as session, session.begin():  # another worker took it
            await session.execute(update(Job).where(Job.id == job.id)
                                  .values(locked_by="another-worker"))
        with monkeypatch.context() as patch, pytest.raises(LeaseLost):
            if orm:
                _orm_only(patch)
            await send_record.record_success(worker, job, outbox_id, prepared.message,
                                             SendResult(provider_message_id=f"lost-{n}"))
        async with runtime.sessions() as session:
            outbox = await session.get(Outbox, outbox_id)
            draft = await session.get(Draft, draft_id)
            written = (await session.execute(select(Message.id).where(
                Message.provider_message_id == f"lost-{n}"))).scalars().all()
            attempts = (await session.execute(select(SendAttempt.id).where(
                SendAttempt.outbox_id == outbox_id))).scalars().all()
        assert outbox is not None and draft is not None
        assert (outbox.state, draft.state, written, attempts) == (
            "sending", "approved", [], []), orm
