"""Claim lanes: the webhook's deliveries (inbound, status) run in slots of their own, so the
drafts a burst of inbound messages queues are claimed while older inbound jobs remain, and one
customer's jobs still run one at a time, in order, whatever lane they are in. Time is the
runtime's frozen clock; nothing here waits on the wall clock."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from app import job_claims, jobs
from app.clock import Clock
from app.job_claims import Lane
from app.jobs import ClaimedJob
from app.models import Job
from app.states import JobKind
from app.worker import INGEST_SLOTS, Worker
from tests.fakes.clock import FrozenClock

INBOUND, DRAFT, STATUS = JobKind.INBOUND, JobKind.DRAFT, JobKind.STATUS
GENERAL = Lane((DRAFT,), 10)


@pytest.fixture
def clock() -> Clock:
    return FrozenClock()


async def queue(runtime: Any, kind: JobKind, n: int, *, partition: str | None = None) -> int:
    """Queue one job, due now by the runtime's clock; one second later for the next one, so
    the jobs' ages are as the test queues them."""
    async with runtime.sessions() as session, session.begin():
        job = jobs.enqueue(session, kind=kind, payload={"n": n}, partition_key=partition)
        await session.flush()
    runtime.clock.advance(1)
    return job.id


async def states(runtime: Any) -> dict[int, str]:
    async with runtime.sessions() as session:
        return {job.id: str(job.state) for job in (await session.execute(select(Job))).scalars()}


async def test_each_lane_takes_its_own_oldest_jobs_up_to_its_limit(runtime: Any) -> None:
    inbound = [await queue(runtime, INBOUND, n, partition=f"c:{n}") for n in range(5)]
    drafts = [await queue(runtime, DRAFT, n) for n in range(2)]
    taken = await job_claims.claim_lanes(runtime.sessions, worker_id="w", lease_seconds=30,
                                   lanes=[GENERAL, Lane((INBOUND,), 2)])
    # Oldest first: the two oldest inbound jobs, and both drafts although five inbound jobs
    # are older than either of them.
    assert [job.id for job in taken] == inbound[:2] + drafts
    assert [job.kind for job in taken] == [INBOUND, INBOUND, DRAFT, DRAFT]
    assert all(job.attempts == 1 and job.worker_id == "w" for job in taken)
    left = await states(runtime)
    assert [left[i] for i in inbound] == ["running", "running", "queued", "queued", "queued"]
    # A lane with no room claims nothing; the other still does.
    more = await job_claims.claim_lanes(runtime.sessions, worker_id="w", lease_seconds=30,
                                  lanes=[Lane((DRAFT,), 0), Lane((INBOUND,), 10)])
    assert [job.id for job in more] == inbound[2:]


async def test_one_customers_jobs_stay_in_order_across_lanes(runtime: Any) -> None:
    first = await queue(runtime, INBOUND, 1, partition="c:a")
    second = await queue(runtime, INBOUND, 2, partition="c:a")
    # A later job of the same key in the other lane waits for both.
    later = await queue(runtime, DRAFT, 3, partition="c:a")
    other = await queue(runtime, INBOUND, 4, partition="c:b")
    lanes = [GENERAL, Lane((INBOUND,), 10)]
    taken = await job_claims.claim_lanes(runtime.sessions, worker_id="w1", lease_seconds=30,
                                   lanes=lanes)
    assert [job.id for job in taken] == [first, other]
    # Nobody else gets the customer's next job while the first is held.
    assert await job_claims.claim_lanes(runtime.sessions, worker_id="w2", lease_seconds=30,
                                  lanes=lanes) == []
    async with runtime.sessions() as session, session.begin():
        assert await jobs.finish(session, taken[0])
    (next_one,) = await job_claims.claim_lanes(runtime.sessions, worker_id="w2", lease_seconds=30,
                                         lanes=lanes)
    assert next_one.id == second
    async with runtime.sessions() as session, session.begin():
        assert await jobs.finish(session, next_one)
    (last,) = await job_claims.claim_lanes(runtime.sessions, worker_id="w2", lease_seconds=30,
                                     lanes=lanes)
    assert last.id == later


async def test_an_abandoned_job_is_taken_over_in_its_lane(runtime: Any) -> None:
    job_id = await queue(runtime, INBOUND, 1, partition="c:a")
    (held,) = await job_claims.claim_lanes(runtime.sessions, worker_id="dead", lease_seconds=5,
                                     lanes=[GENERAL, Lane((INBOUND,), 4)])
    assert held.id == job_id
    runtime.clock.advance(4)
    assert await job_claims.claim_lanes(runtime.sessions, worker_id="w", lease_seconds=5,
                                  lanes=[GENERAL, Lane((INBOUND,), 4)]) == []
    runtime.clock.advance(2)  # the lease ran out: the dead worker's job is taken over
    (taken,) = await job_claims.claim_lanes(runtime.sessions, worker_id="w", lease_seconds=5,
                                      lanes=[GENERAL, Lane((INBOUND,), 4)])
    assert (taken.id, taken.attempts) == (job_id, 2)


class Gate:
    """Handlers that record which jobs started, and hold inbound jobs until opened."""

    def __init__(self) -> None:
        self.started: list[tuple[str, int]] = []
        self.open = asyncio.Event()
        self.changed = asyncio.Event()

    def _note(self, job: ClaimedJob) -> None:
        self.started.append((job.kind, int(job.payload["n"])))
        self.changed.set()

    async def inbound(self, worker: Worker, job: ClaimedJob) -> None:
        self._note(job)
        await self.open.wait()
        async with worker.completing(job):
            pass

    async def draft(self, worker: Worker, job: ClaimedJob) -> None:
        async with worker.completing(job):
            pass
        self._note(job)  # once done

    async def until(self, done: Any) -> None:
        """Wait for the handlers to reach a state (the timeout only stops a broken test from
        hanging; nothing is asserted about time)."""
        async def watch() -> None:
            while not done():
                self.changed.clear()
                await self.changed.wait()

        await asyncio.wait_for(watch(), 30)


async def running(coro: Awaitable[None]) -> asyncio.Task[None]:
    task = asyncio.ensure_future(coro)
    await asyncio.sleep(0)
    return task


async def test_a_draft_starts_while_older_inbound_jobs_wait_for_their_slots(
    runtime: Any
) -> None:
    burst = INGEST_SLOTS + 3
    inbound = [await queue(runtime, INBOUND, n, partition=f"c:{n}") for n in range(burst)]
    draft = await queue(runtime, DRAFT, 100)
    gate = Gate()
    worker = Worker(runtime=runtime, handlers={INBOUND: gate.inbound, DRAFT: gate.draft},
                    worker_id="w")
    task = await running(worker.run_forever())
    try:
        await gate.until(lambda: (DRAFT, 100) in gate.started
                         and len(gate.started) == INGEST_SLOTS + 1)
        # The ingest slots are full of the oldest inbound jobs; the draft, younger than all of
        # them, did not wait behind the rest.
        assert sorted(n for kind, n in gate.started if kind == INBOUND) == \
            list(range(INGEST_SLOTS))
        now = await states(runtime)
        assert now[draft] == "done"
        assert [now[i] for i in inbound] == ["running"] * INGEST_SLOTS + ["queued"] * 3
        gate.open.set()
        await gate.until(lambda: len(gate.started) == burst + 1)
        inbound_order = [n for kind, n in gate.started if kind == INBOUND]
        assert sorted(inbound_order[INGEST_SLOTS:]) == list(range(INGEST_SLOTS, burst))
    finally:
        worker.stop()
        await task
    assert set((await states(runtime)).values()) == {"done"}


async def test_jobs_due_later_are_not_claimed_by_any_lane(runtime: Any) -> None:
    async with runtime.sessions() as session, session.begin():
        jobs.enqueue(session, kind=STATUS, payload={"n": 1},
                     run_after=runtime.clock.now() + timedelta(seconds=30))
        jobs.enqueue(session, kind=DRAFT, payload={"n": 2},
                     run_after=runtime.clock.now() + timedelta(seconds=30))
    lanes = [GENERAL, Lane((INBOUND, STATUS), 4)]
    assert await job_claims.claim_lanes(runtime.sessions, worker_id="w", lease_seconds=5,
                                  lanes=lanes) == []
    runtime.clock.advance(30)
    taken = await job_claims.claim_lanes(runtime.sessions, worker_id="w", lease_seconds=5,
                                   lanes=lanes)
    assert sorted(job.kind for job in taken) == [DRAFT, STATUS]
