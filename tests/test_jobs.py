"""The durable queue: claims, leases, takeover after a crash, retries."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from app import job_claims, jobs
from app.models import Job, utcnow
from app.states import JobKind
from tests.helpers import NOOP


async def add_job(runtime: Any, kind: JobKind = NOOP) -> int:
    async with runtime.sessions() as session, session.begin():
        job = jobs.enqueue(session, kind=kind, payload={"n": 1})
        await session.flush()
        return job.id


async def test_a_claimed_job_is_not_claimed_twice(runtime: Any) -> None:
    job_id = await add_job(runtime)
    first = await job_claims.claim(runtime.sessions, worker_id="a", lease_seconds=60)
    second = await job_claims.claim(runtime.sessions, worker_id="b", lease_seconds=60)
    assert first is not None and first.id == job_id and first.attempts == 1
    assert second is None


async def test_a_claim_takes_only_the_kinds_named(runtime: Any) -> None:
    # The kinds are written into the claim's SQL text: only those kinds are taken, and a
    # "kind" that is not a plain name is refused before it reaches the text.
    await add_job(runtime, JobKind.DIGEST)
    wanted = await add_job(runtime, JobKind.DRAFT)
    taken = await job_claims.claim_many(runtime.sessions, worker_id="a", lease_seconds=60,
                                        limit=5, kinds=(JobKind.DRAFT, JobKind.SEND))
    assert [job.id for job in taken] == [wanted]
    with pytest.raises(ValueError, match="not a job kind"):
        await job_claims.claim_many(runtime.sessions, worker_id="a", lease_seconds=60, limit=5,
                                    kinds=("draft') OR ('1' = '1",))


async def test_concurrent_claims_take_each_job_once(runtime: Any) -> None:
    ids = {await add_job(runtime) for _ in range(12)}
    claims = await asyncio.gather(
        *(job_claims.claim(runtime.sessions, worker_id=f"w{i}", lease_seconds=60) for i in range(16))
    )
    taken = [c.id for c in claims if c is not None]
    assert sorted(taken) == sorted(ids)


async def test_crashed_workers_job_is_taken_over_after_its_lease(runtime: Any) -> None:
    job_id = await add_job(runtime)
    crashed = await job_claims.claim(runtime.sessions, worker_id="crashed", lease_seconds=30)
    assert crashed is not None
    # The crashed worker never renews; before the lease ends nobody else may take the job.
    assert await job_claims.claim(runtime.sessions, worker_id="b", lease_seconds=30) is None
    later = utcnow() + timedelta(seconds=31)
    rescued = await job_claims.claim(runtime.sessions, worker_id="b", lease_seconds=30, now=later)
    assert rescued is not None and rescued.id == job_id and rescued.attempts == 2
    # The crashed worker, if it came back, can no longer finish the job.
    async with runtime.sessions() as session, session.begin():
        assert await jobs.finish(session, crashed) is False
        assert await jobs.finish(session, rescued) is True
    async with runtime.sessions() as session:
        job = await session.get(Job, job_id)
        assert job is not None and (job.state, job.locked_by) == ("done", "b")


async def test_renewed_lease_keeps_the_job(runtime: Any) -> None:
    await add_job(runtime)
    held = await job_claims.claim(runtime.sessions, worker_id="a", lease_seconds=1)
    assert held is not None
    assert await jobs.renew(runtime.sessions, held, lease_seconds=120) is True
    soon = utcnow() + timedelta(seconds=5)
    assert await job_claims.claim(runtime.sessions, worker_id="b", lease_seconds=30, now=soon) is None


async def test_retry_then_dead_after_max_attempts(runtime: Any) -> None:
    job_id = await add_job(runtime)
    for attempt in (1, 2):
        claimed = await job_claims.claim(runtime.sessions, worker_id="a", lease_seconds=60,
                                   now=utcnow() + timedelta(seconds=attempt * 10))
        assert claimed is not None
        async with runtime.sessions() as session, session.begin():
            state = await jobs.retry_later(session, claimed, error="boom", delay=1, max_attempts=2)
        assert state == ("queued" if attempt == 1 else "dead")
    async with runtime.sessions() as session:
        job = (await session.execute(select(Job).where(Job.id == job_id))).scalar_one()
        assert (job.state, job.attempts, job.last_error) == ("dead", 2, "boom")


def test_backoff_grows_and_is_capped() -> None:
    assert jobs.backoff_seconds(1, base=2) == 2
    assert all(2 <= jobs.backoff_seconds(4, base=2) <= 16 for _ in range(50))
    assert all(jobs.backoff_seconds(30, base=2, cap=60) <= 60 for _ in range(50))
