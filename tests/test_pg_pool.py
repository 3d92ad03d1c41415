"""PostgreSQL's pool (app.pg_pool): a connection whose server process died is replaced, by the
ping after it sat idle or, when it died moments after its last use, by the failure on use; the
job that met it is retried and completes. A worker opens the pool's connections at start."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from app import job_claims, jobs, pg_pool
from app.db import async_url, sync_url
from app.jobs import ClaimedJob
from app.models import Job
from app.states import JobState
from app.worker import Worker
from tests.helpers import NOOP

BACKEND = text("SELECT pg_backend_pid()")


@pytest.fixture
def pg_url(db_url: str) -> str:
    if not db_url.startswith("postgresql"):
        pytest.skip("the pool's settings and upkeep are PostgreSQL's")
    return db_url


@pytest.fixture
def kill(pg_url: str) -> Iterator[Any]:
    """Terminate a server process (as a restart or an idle timeout would) and wait until it is
    gone."""
    admin = create_engine(sync_url(pg_url), isolation_level="AUTOCOMMIT")

    async def terminate(pid: int) -> None:
        with admin.connect() as conn:
            assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
            for _ in range(200):
                if not conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid"),
                                    {"pid": pid}).scalar():
                    return
                await asyncio.sleep(0.01)
        raise AssertionError(f"server process {pid} still there")

    yield terminate
    admin.dispose()


async def _backend(engine: AsyncEngine) -> int:
    async with engine.connect() as conn:
        return int((await conn.execute(BACKEND)).scalar_one())


class Ticks:
    """A clock the test moves."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


Pinged = tuple[AsyncEngine, Ticks]


@pytest.fixture
async def pinged(pg_url: str) -> AsyncIterator[Pinged]:
    """An engine with the gateway's pool, pinged after 5 s idle by a clock the test moves."""
    ticks = Ticks()
    engine = create_async_engine(async_url(pg_url), **pg_pool.engine_options())
    pg_pool.ping_when_idle(engine, seconds=5, clock=ticks)
    yield engine, ticks
    await engine.dispose()


async def test_a_connection_killed_while_idle_is_replaced_at_checkout(pinged: Pinged,
                                                                      kill: Any) -> None:
    engine, ticks = pinged
    first = await _backend(engine)
    await kill(first)
    ticks.now += 6  # idle longer than the ping's threshold: pinged, found dead, replaced
    second = await _backend(engine)
    assert second != first
    assert await _backend(engine) == second  # used moments ago: no ping, the same one


async def test_a_connection_killed_moments_after_use_fails_once_then_is_replaced(
        pinged: Pinged, kill: Any) -> None:
    engine, _ticks = pinged
    first = await _backend(engine)
    await kill(first)
    with pytest.raises(DBAPIError) as failed:  # not pinged: it answered moments ago
        await _backend(engine)
    assert failed.value.connection_invalidated
    assert await _backend(engine) not in (first, None)


async def test_a_job_that_meets_a_dead_connection_is_retried_and_completes(
        pg_url: str, runtime: Any, kill: Any) -> None:
    ran: list[int] = []

    async def handler(worker: Worker, job: ClaimedJob) -> None:
        async with worker.completing(job) as session:
            ran.append(int((await session.execute(BACKEND)).scalar_one()))

    worker = Worker(runtime=runtime, handlers={NOOP: handler}, worker_id="w1")
    async with runtime.sessions() as session, session.begin():
        jobs.enqueue(session, kind=NOOP, payload={})
    job = await job_claims.claim(runtime.sessions, worker_id="w1", lease_seconds=60)
    assert job is not None
    await kill(await _backend(runtime.engine))  # the pool's one connection, just used
    await worker.run_job(job)  # fails on the dead connection: put back for a retry
    async with runtime.sessions() as session:
        row = (await session.execute(select(Job.state, Job.last_error))).one()
    assert row.state == JobState.QUEUED and "OperationalError" in (row.last_error or "")
    assert await worker.drain() == 1
    async with runtime.sessions() as session:
        done = (await session.execute(select(Job.state, Job.attempts))).one()
    assert (done.state, done.attempts) == (JobState.DONE, 2) and len(ran) == 1


async def test_a_worker_opens_the_pools_connections_at_start(pg_url: str,
                                                             runtime: Any) -> None:
    pool = runtime.engine.sync_engine.pool
    assert await pg_pool.open_connections(runtime.engine) == pg_pool.POOL_SIZE
    assert (pool.checkedin(), pool.checkedout()) == (pg_pool.POOL_SIZE, 0)
    assert await pg_pool.open_connections(runtime.engine) == 0  # all open already
    assert pool.checkedin() == pg_pool.POOL_SIZE
