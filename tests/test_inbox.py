"""The webhook's hot path: verify, one durable append with its dedupe key, answer. The worker
then stores the message and queues its draft, one customer at a time, in arrival order."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import select

from app import job_claims, jobs
from app.inbox import INBOUND, STATUS, message_from_payload, run_inbound_job
from app.models import Conversation, Draft, Job, Message, Outbox, utcnow
from app.tasks import make_worker
from app.worker import Worker
from tests.conftest import store_appended
from tests.helpers import NOOP, count, fixture_bytes, form_body, twilio_signed

URL = "https://gateway.example.com/webhooks/twilio"
STATUS_URL = "https://gateway.example.com/webhooks/twilio/status"


def sms(sid: str, sender: str, text: str = "Hi, how much for 12 people?") -> dict[str, str]:
    return {"MessageSid": sid, "AccountSid": "AC9af211329b2fc82e5efe906062c73008",
            "From": sender, "To": "+19165550100", "Body": text, "NumMedia": "0"}


async def post(client: httpx.AsyncClient, fields: dict[str, str], url: str = URL) -> None:
    body = form_body(fields)
    response = await client.post(url, content=body, headers=twilio_signed(url, body))
    assert response.status_code == 200


async def rows(runtime: Any, model: Any, *where: Any) -> list[Any]:
    async with runtime.sessions() as session:
        return list((await session.execute(select(model).where(*where).order_by(model.id)))
                    .scalars())


async def test_the_webhook_appends_one_job_and_stores_nothing_else(
    raw_client: httpx.AsyncClient, runtime: Any
) -> None:
    body = fixture_bytes("twilio/sms.form")
    for _ in range(3):  # Twilio's retries of the same delivery
        response = await raw_client.post(URL, content=body, headers=twilio_signed(URL, body))
        assert response.status_code == 200
    (job,) = await rows(runtime, Job)
    assert (job.kind, job.state, job.attempts) == (INBOUND, "queued", 0)
    assert job.dedupe_key.startswith("in:") and job.partition_key.startswith("c:")
    message = message_from_payload(job.payload)
    assert (message.provider_message_id, message.sender, message.recipient) == (
        "SM01e42d54d4626cf254066f573b9bd392", "+19165550123", "+19165550100")
    assert message.text.endswith("filet mignon? We're in Folsom 95630")
    async with runtime.sessions() as session:
        assert await count(session, Message) == 0 and await count(session, Conversation) == 0
    # The worker stores it and queues its draft, once.
    assert await store_appended(runtime) == 1
    (stored,) = await rows(runtime, Message)
    assert (stored.provider_message_id, stored.sender) == (message.provider_message_id,
                                                           "+19165550123")
    draft_job, = await rows(runtime, Job, Job.kind == "draft")
    assert draft_job.payload == {"conversation_id": stored.conversation_id,
                                 "message_id": stored.id}
    (inbound,) = await rows(runtime, Job, Job.kind == INBOUND)
    assert inbound.state == "done"
    # A retry after processing appends nothing either.
    response = await raw_client.post(URL, content=body, headers=twilio_signed(URL, body))
    assert response.status_code == 200
    assert len(await rows(runtime, Job)) == 2


async def test_one_customers_messages_are_processed_in_order_one_at_a_time(
    raw_client: httpx.AsyncClient, runtime: Any
) -> None:
    await post(raw_client, sms("SMa1", "+19165550111", "first"))
    await post(raw_client, sms("SMa2", "+19165550111", "second"))
    await post(raw_client, sms("SMb1", "+19165550122", "other customer"))
    first = await job_claims.claim_many(runtime.sessions, worker_id="w1", lease_seconds=60, limit=10,
                                 kinds=(INBOUND,))
    # The second message of the first customer waits for the first: never two workers on one.
    assert [message_from_payload(j.payload).text for j in first] == ["first", "other customer"]
    assert await job_claims.claim_many(runtime.sessions, worker_id="w2", lease_seconds=60,
                                 limit=10, kinds=(INBOUND,)) == []
    worker = Worker(runtime=runtime, handlers={INBOUND: run_inbound_job}, worker_id="w1")
    await worker.run_job(first[0])
    (second,) = await job_claims.claim_many(runtime.sessions, worker_id="w2", lease_seconds=60,
                                      limit=10, kinds=(INBOUND,))
    assert message_from_payload(second.payload).text == "second"
    # Dead workers' jobs block their customers only until the leases end, then are taken over.
    later = utcnow() + timedelta(seconds=61)
    taken = await job_claims.claim_many(runtime.sessions, worker_id="w3", lease_seconds=60,
                                  limit=10, now=later, kinds=(INBOUND,))
    assert sorted(j.id for j in taken) == sorted([second.id, first[1].id])


async def test_status_callbacks_take_the_same_path(client: httpx.AsyncClient,
                                                    runtime: Any) -> None:
    from app.review import service

    await post(client, sms("SMc1", "+19165550133"))
    await make_worker(runtime).drain()
    (draft,) = await rows(runtime, Draft)
    async with runtime.sessions() as session, session.begin():
        decision = await service.approve(session, draft_id=draft.id, actor="U1")
    await make_worker(runtime).drain()
    (outbox,) = await rows(runtime, Outbox)
    assert outbox.state == "sent"
    status = {"MessageSid": outbox.provider_message_id, "MessageStatus": "delivered",
              "AccountSid": "AC9af211329b2fc82e5efe906062c73008", "To": "+19165550133",
              "From": "+19165550100"}
    await post(client, status, STATUS_URL)
    await post(client, status, STATUS_URL)  # retried: appended once
    assert decision.outbox_id == outbox.id
    (job,) = await rows(runtime, Job, Job.kind == STATUS)
    assert job.state == "done" and job.partition_key.startswith("s:")
    (outbox,) = await rows(runtime, Outbox)
    assert outbox.state == "delivered"


async def test_claim_takes_several_jobs_in_one_statement(runtime: Any) -> None:
    async with runtime.sessions() as session, session.begin():
        for n in range(5):
            jobs.enqueue(session, kind=NOOP, payload={"n": n})
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        statements.append(statement)

    from sqlalchemy import event

    event.listen(runtime.engine.sync_engine, "before_cursor_execute", record)
    try:
        taken = await job_claims.claim_many(runtime.sessions, worker_id="w", lease_seconds=30,
                                      limit=3)
    finally:
        event.remove(runtime.engine.sync_engine, "before_cursor_execute", record)
    assert [j.payload["n"] for j in taken] == [0, 1, 2]
    assert [s.split()[0] for s in statements if not s.startswith(("BEGIN", "COMMIT"))] == [
        "UPDATE"]


async def test_heartbeat_keeps_a_live_workers_jobs_and_a_dead_ones_are_taken_over(
    runtime: Any
) -> None:
    async with runtime.sessions() as session, session.begin():
        for n in range(2):
            jobs.enqueue(session, kind=NOOP, payload={"n": n})
    now = utcnow()
    live = await job_claims.claim(runtime.sessions, worker_id="live", lease_seconds=5, now=now)
    dead = await job_claims.claim(runtime.sessions, worker_id="dead", lease_seconds=5, now=now)
    assert live is not None and dead is not None
    # "live" beats every second; "dead" stopped. Six seconds on, only dead's job is free.
    for second in range(1, 7):
        assert await jobs.heartbeat(runtime.sessions, worker_id="live", ids=[live.id],
                                    lease_seconds=5, now=now + timedelta(seconds=second)) == 1
    taken = await job_claims.claim_many(runtime.sessions, worker_id="other", lease_seconds=5,
                                  limit=5, now=now + timedelta(seconds=6))
    assert [j.id for j in taken] == [dead.id]
    # Taken over: the dead worker's heartbeat, were it to come back, renews nothing.
    assert await jobs.heartbeat(runtime.sessions, worker_id="dead", ids=[dead.id],
                                lease_seconds=5, now=now + timedelta(seconds=6)) == 0


async def test_jobs_of_a_claim_whose_answer_was_lost_are_not_renewed_and_are_taken_over(
    runtime: Any
) -> None:
    """A claim can commit while its answer never reaches the worker (the connection dropped
    mid-statement): the rows carry the worker's id but the worker does not run them. The
    heartbeat renews only the jobs the worker holds, so those rows expire and another worker
    takes them; renewed by worker id alone they would wait for as long as this worker lives."""
    async with runtime.sessions() as session, session.begin():
        for n in range(2):
            jobs.enqueue(session, kind=NOOP, payload={"n": n})
    now = utcnow()
    held = await job_claims.claim(runtime.sessions, worker_id="w", lease_seconds=5, now=now)
    lost = await job_claims.claim(runtime.sessions, worker_id="w", lease_seconds=5, now=now)
    assert held is not None and lost is not None
    for second in range(1, 7):
        assert await jobs.heartbeat(runtime.sessions, worker_id="w", ids=[held.id],
                                    lease_seconds=5, now=now + timedelta(seconds=second)) == 1
    assert await jobs.heartbeat(runtime.sessions, worker_id="w", ids=[], lease_seconds=5) == 0
    taken = await job_claims.claim_many(runtime.sessions, worker_id="other", lease_seconds=5,
                                        limit=5, now=now + timedelta(seconds=6))
    assert [j.id for j in taken] == [lost.id]
    if runtime.appender is not None:  # the heartbeat's path outside the pool: the same rule
        assert await runtime.appender.touch_leases(
            worker_id="w", ids=[held.id, lost.id], until=now + timedelta(seconds=60)) == 1


async def test_a_worker_holds_a_job_while_it_runs_it(runtime: Any) -> None:
    """The heartbeat's ids are the jobs in the worker's hands: from the start of the handler
    to its end, failures included."""
    seen: list[frozenset[int]] = []

    async def handler(worker: Worker, job: Any) -> None:
        seen.append(worker.held_jobs)
        if job.payload["n"] == 1:
            raise RuntimeError("a handler bug")
        await worker.finish(job)

    worker = Worker(runtime=runtime, handlers={NOOP: handler}, worker_id="w")
    async with runtime.sessions() as session, session.begin():
        queued = [jobs.enqueue(session, kind=NOOP, payload={"n": n}) for n in range(2)]
        await session.flush()
        ids = [job.id for job in queued]
    assert await worker.run_once() and await worker.run_once()
    assert [sorted(s) for s in seen] == [[ids[0]], [ids[1]]]
    assert worker.held_jobs == frozenset()


async def test_a_worker_never_takes_back_its_own_running_job(runtime: Any) -> None:
    """A live worker whose heartbeat came late must not run its own job twice (both tasks would
    carry one worker id, so no lease check could tell them apart); another worker may."""
    async with runtime.sessions() as session, session.begin():
        jobs.enqueue(session, kind=NOOP, payload={})
    now = utcnow()
    held = await job_claims.claim(runtime.sessions, worker_id="w", lease_seconds=5, now=now)
    assert held is not None
    late = now + timedelta(seconds=6)
    assert await job_claims.claim(runtime.sessions, worker_id="w", lease_seconds=5, now=late) is None
    taken = await job_claims.claim(runtime.sessions, worker_id="other", lease_seconds=5, now=late)
    assert taken is not None and taken.id == held.id


async def test_the_heartbeat_path_outside_the_pool_renews_the_same_leases(runtime: Any) -> None:
    assert runtime.appender is not None  # a file database or PostgreSQL: the driver's path
    async with runtime.sessions() as session, session.begin():
        jobs.enqueue(session, kind=NOOP, payload={})
    now = utcnow()
    held = await job_claims.claim(runtime.sessions, worker_id="w", lease_seconds=5, now=now)
    assert held is not None
    renewed = await runtime.appender.touch_leases(worker_id="w", ids=[held.id],
                                                  until=now + timedelta(seconds=60))
    assert renewed == 1
    later = now + timedelta(seconds=30)
    assert await job_claims.claim(runtime.sessions, worker_id="other", lease_seconds=5,
                            now=later) is None
    (job,) = await rows(runtime, Job)
    assert job.lease_until is not None and abs(
        (job.lease_until - (now + timedelta(seconds=60))).total_seconds()) < 0.001
