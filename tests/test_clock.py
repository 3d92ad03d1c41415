"""The runtime's clock drives job scheduling: retry backoff, leases and their takeover, and
draft expiry are read on it, so they are asserted exactly with no sleeping and no wall clock."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from app import job_claims, jobs
from app.jobs import ClaimedJob
from app.models import Draft, Job
from app.review import service
from app.runtime import Runtime
from app.states import DraftState, JobKind, JobState
from app.tasks import housekeeping
from app.worker import Worker
from tests.fakes.clock import FrozenClock
from tests.records import inbound, propose, store
from vocabulary.settings import Settings


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(jitter=lambda low, high: (low + high) / 2)


@pytest.fixture
def settings(make_settings: object) -> Settings:
    return make_settings(retry_base_seconds=2.0, job_lease_seconds=30,  # type: ignore[operator]
                         job_max_attempts=3, draft_expiry_minutes=10)


async def _job(runtime: Runtime) -> Job:
    async with runtime.sessions() as session:
        return (await session.execute(select(Job))).scalar_one()


def test_backoff_is_exponential_with_the_clocks_jitter() -> None:
    middle = FrozenClock(jitter=lambda low, high: (low + high) / 2).jitter
    assert [jobs.backoff_seconds(k, base=2, jitter=middle) for k in (1, 2, 3, 4)] == [
        2, 3, 5, 9]
    assert jobs.backoff_seconds(30, base=2, cap=60, jitter=middle) == 31


async def test_a_failing_job_is_retried_after_exact_backoffs_then_dead(
    runtime: Runtime, clock: FrozenClock
) -> None:
    failures: list[int] = []

    async def broken(_worker: Worker, job: ClaimedJob) -> None:
        failures.append(job.attempts)
        raise RuntimeError("provider down")

    async with runtime.sessions() as session, session.begin():
        jobs.enqueue(session, kind=JobKind.REVIEW_POST, payload={"draft_id": 1})
    worker = Worker(runtime=runtime, handlers={JobKind.REVIEW_POST: broken})
    start = clock.now()
    waits = []
    for _ in range(3):
        assert await worker.run_once()
        assert not await worker.run_once()  # not due yet: time has not moved
        job = await _job(runtime)
        waits.append((job.run_after - clock.now()).total_seconds())
        clock.advance(waits[-1])
    assert failures == [1, 2, 3]
    assert waits[:2] == [2.0, 3.0]  # the middle of [2, 2] and of [2, 4]
    assert (job.state, job.attempts, job.finished_at) == (
        JobState.DEAD, 3, start + timedelta(seconds=5))
    assert job.last_error == "RuntimeError: provider down"


async def test_a_lease_is_taken_over_exactly_when_it_ends(runtime: Runtime,
                                                           clock: FrozenClock) -> None:
    async with runtime.sessions() as session, session.begin():
        jobs.enqueue(session, kind=JobKind.SEND, payload={"outbox_id": 1})
    held = await job_claims.claim(runtime.sessions, worker_id="a", lease_seconds=30)
    assert held is not None
    assert (await _job(runtime)).lease_until == clock.now() + timedelta(seconds=30)
    clock.advance(30)
    assert await job_claims.claim(runtime.sessions, worker_id="b", lease_seconds=30) is None
    assert await jobs.renew(runtime.sessions, held, lease_seconds=30)
    clock.advance(30)
    assert await job_claims.claim(runtime.sessions, worker_id="b", lease_seconds=30) is None
    clock.advance(0.001)
    taken = await job_claims.claim(runtime.sessions, worker_id="b", lease_seconds=30)
    assert taken is not None and (taken.id, taken.attempts) == (held.id, 2)


async def test_drafts_expire_on_the_clock(runtime: Runtime, clock: FrozenClock) -> None:
    stored = await store(runtime, inbound(1, received_at=clock.now()))
    draft_id = await propose(runtime, stored.stored[0])
    async with runtime.sessions() as session, session.begin():
        # What the drafting job sets: now + DRAFT_EXPIRY_MINUTES.
        await session.execute(update(Draft).where(Draft.id == draft_id)
                              .values(expires_at=clock.now() + timedelta(minutes=10)))
    clock.advance(600)
    await housekeeping(runtime)
    async with runtime.sessions() as session:
        draft = await session.get(Draft, draft_id)
    assert draft is not None and draft.state is DraftState.PENDING
    clock.advance(0.001)
    await housekeeping(runtime)
    async with runtime.sessions() as session:
        draft = await session.get(Draft, draft_id)
    assert draft is not None
    assert (draft.state, draft.decided_at) == (DraftState.EXPIRED, clock.now())
    async with runtime.sessions() as session, session.begin():
        refused = await service.approve(session, draft_id=draft_id, actor="U05R2M8KQ3A")
    assert (refused.ok, refused.state) == (False, "expired")
