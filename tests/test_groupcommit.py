"""Group commit of the webhook's append: concurrent deliveries share one statement, each gets
back exactly its own rows only after that statement returned, a key shared within a batch is
appended once (for the first delivery), and a refused batch costs only the delivery at fault.
The SQLite appender is checked end to end against a real database file."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Column, MetaData, Table, create_engine, text

from app.append import SqliteAppender
from app.db import migrate, sync_url
from app.groupcommit import GroupCommit, Inserted
from app.job_append import NewJob, sqlite_stamp
from app.models import Job
from app.states import JobKind

NOW = datetime(2025, 6, 14, 18, 30, tzinfo=UTC)


def job(key: str, customer: str = "c1") -> NewJob:
    return NewJob(kind=JobKind.INBOUND, payload={"text": key}, dedupe_key=key,
                  partition_key=customer)


class RecordingTable:
    """An in-memory jobs table: each call is one statement; a statement holding a refused key
    fails as a whole, as a database would."""

    def __init__(self, *, refuse: str | None = None) -> None:
        self.statements: list[list[str]] = []
        self.rows: dict[str, int] = {}
        self.refuse = refuse
        self.release = asyncio.Event()
        self.release.set()

    async def insert(self, new: Sequence[NewJob], stamps: Sequence[datetime]) -> Inserted:
        assert len(stamps) == len(new)
        self.statements.append([j.dedupe_key for j in new])
        await self.release.wait()
        if self.refuse is not None and any(j.dedupe_key == self.refuse for j in new):
            raise ValueError("value too long for type character varying(300)")
        inserted: Inserted = []
        for j in new:
            if j.dedupe_key not in self.rows:
                self.rows[j.dedupe_key] = len(self.rows) + 1
                inserted.append((self.rows[j.dedupe_key], str(j.kind), j.dedupe_key))
        return inserted


async def test_deliveries_arriving_during_a_statement_share_the_next() -> None:
    table = RecordingTable()
    group = GroupCommit(insert=table.insert)
    table.release.clear()  # the first statement stays in flight
    first = asyncio.create_task(group.append([job("a")], now=NOW))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    later = [asyncio.create_task(group.append([job(k)], now=NOW)) for k in ("b", "c", "d")]
    await asyncio.sleep(0)
    assert not any(t.done() for t in [first, *later])  # nobody answered before a commit
    table.release.set()
    results = await asyncio.gather(first, *later)
    assert table.statements == [["a"], ["b", "c", "d"]]
    assert results == [[(1, "inbound")], [(2, "inbound")], [(3, "inbound")], [(4, "inbound")]]


async def test_a_key_shared_within_a_batch_goes_to_the_first_delivery() -> None:
    table = RecordingTable()
    group = GroupCommit(insert=table.insert)
    table.release.clear()
    blocker = asyncio.create_task(group.append([job("x")], now=NOW))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    original = asyncio.create_task(group.append([job("m1"), job("m2")], now=NOW))
    retry = asyncio.create_task(group.append([job("m1")], now=NOW))
    table.release.set()
    await blocker
    assert await original == [(2, "inbound"), (3, "inbound")]
    assert await retry == []  # a duplicate, as one statement later
    assert table.statements[1] == ["m1", "m2", "m1"]


async def test_a_refused_batch_costs_only_the_delivery_at_fault() -> None:
    table = RecordingTable(refuse="bad")
    group = GroupCommit(insert=table.insert)
    table.release.clear()
    blocker = asyncio.create_task(group.append([job("x")], now=NOW))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    good = asyncio.create_task(group.append([job("g1")], now=NOW))
    bad = asyncio.create_task(group.append([job("bad")], now=NOW))
    other = asyncio.create_task(group.append([job("g2")], now=NOW))
    table.release.set()
    await blocker
    assert await good == [(2, "inbound")]
    assert await other == [(3, "inbound")]
    with pytest.raises(ValueError, match="too long"):
        await bad
    assert set(table.rows) == {"x", "g1", "g2"}
    # The batch, then each delivery on its own.
    assert table.statements[1:] == [["g1", "bad", "g2"], ["g1"], ["bad"], ["g2"]]


async def test_a_statement_is_never_larger_than_the_cap() -> None:
    table = RecordingTable()
    group = GroupCommit(insert=table.insert, max_rows=3)
    table.release.clear()
    tasks = [asyncio.create_task(group.append([job(f"k{n}"), job(f"k{n}b")], now=NOW))
             for n in range(4)]
    await asyncio.sleep(0)
    table.release.set()
    await asyncio.gather(*tasks)
    assert all(len(statement) <= 3 for statement in table.statements)
    assert len(table.rows) == 8


async def test_sqlite_appender_appends_concurrent_deliveries_once_each(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'group.db'}"
    migrate(url)
    appender = SqliteAppender(path=str(tmp_path / "group.db"))
    try:
        keys = [f"in:{n}" for n in range(40)]
        results = await asyncio.gather(
            *(appender.append([job(key, customer=f"c{n % 3}")], now=NOW)
              for n, key in enumerate(keys)),
            appender.append([job("in:7")], now=NOW),  # a provider's retry, concurrent
        )
    finally:
        await appender.close()
    engine = create_engine(sync_url(url))
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, dedupe_key, partition_key, state FROM jobs "
                                 "ORDER BY id")).all()
    engine.dispose()
    assert [r.dedupe_key for r in rows] == keys  # arrival order, each once
    assert {r.state for r in rows} == {"queued"}
    assert results[-1] == []  # the retry appended nothing
    assert [res[0][0] for res in results[:-1]] == [r.id for r in rows]


@pytest.mark.parametrize("moment", [
    datetime(2026, 12, 1, 10, 0, tzinfo=UTC),  # no microseconds: still written
    datetime(2026, 12, 1, 2, 3, 4, 56, tzinfo=timezone(timedelta(hours=-8))),
    datetime(999, 1, 2, 3, 4, 5, 600000, tzinfo=UTC),
])
def test_the_appenders_sqlite_time_is_sqlalchemys(moment: datetime, tmp_path: Path) -> None:
    """The text the appender writes is the text SQLAlchemy writes for the models' time columns,
    so the worker's comparisons with its own bound times (run_after <= now) hold."""
    table = Table("times", MetaData(), Column("at", Job.__table__.c.run_after.type))
    engine = create_engine(f"sqlite:///{tmp_path / 'times.db'}")
    table.create(engine)
    with engine.begin() as conn:
        conn.execute(table.insert().values(at=moment))
    engine.dispose()
    raw = sqlite3.connect(tmp_path / "times.db")
    try:
        (written,) = raw.execute("SELECT at FROM times").fetchone()
    finally:
        raw.close()
    assert sqlite_stamp(moment) == written
