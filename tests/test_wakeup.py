"""PostgreSQL wake-ups: a commit that queues a job NOTIFYs every listening worker process, and
only once it commits."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from app import jobs
from app.runtime import build_runtime
from app.wakeup import libpq_url, listen
from tests.helpers import NOOP


def test_only_postgresql_urls_have_a_listening_connection() -> None:
    assert libpq_url("sqlite:///gateway.db") is None
    assert libpq_url("postgres://u:p@db.example:5432/gw") == "postgresql://u:p@db.example:5432/gw"
    assert libpq_url("postgresql+psycopg://u@h/gw?sslmode=require") == (
        "postgresql://u@h/gw?sslmode=require")


async def test_a_commit_that_queues_a_job_wakes_another_process(settings: Any) -> None:
    conninfo = libpq_url(settings.database_url)
    if conninfo is None:
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's")
    woken = asyncio.Event()
    listening = asyncio.Event()

    def wake() -> None:  # the first call comes once LISTEN is in place
        if listening.is_set():
            woken.set()
        listening.set()

    listener = asyncio.create_task(listen(conninfo, wake))
    other = build_runtime(settings)  # another process's runtime: its own engine, no shared event
    try:
        await asyncio.wait_for(listening.wait(), 10)
        async with other.sessions() as session, session.begin():
            jobs.enqueue(session, kind=NOOP, payload={})
            await session.flush()
            await asyncio.sleep(0.2)  # not committed yet: nobody is told
            assert not woken.is_set()
        await asyncio.wait_for(woken.wait(), 10)
        # A rolled-back transaction announces nothing.
        woken.clear()
        async with other.sessions() as session:
            await session.begin()
            jobs.enqueue(session, kind=NOOP, payload={})
            await session.flush()
            await session.rollback()
        await asyncio.sleep(0.3)
        assert not woken.is_set()
    finally:
        listener.cancel()
        await asyncio.gather(listener, return_exceptions=True)
        await other.close()
