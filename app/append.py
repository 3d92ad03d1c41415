"""The webhook's own path to the database: one INSERT statement through the driver.

Everything else in the gateway goes through SQLAlchemy's async engine, which costs about 1.4 ms
of CPU for a pool checkout (with its liveness ping), a statement, a commit and the return to the
pool; the same INSERT straight through the driver costs about 0.2 ms. On a path that must stay
close to a bare endpoint that difference is most of the budget, so webhooks append here:

- PostgreSQL: a few psycopg connections in autocommit, kept between requests; a connection that
  fails is dropped and the statement tried once more on a new one.
- SQLite: one `sqlite3` connection on a thread of its own (SQLite writes one at a time anyway);
  the statement commits on its own (WAL, busy timeout as for the engine).

Both append through `app.groupcommit.GroupCommit`: the deliveries of requests that arrive while
a statement is in flight go into the next one together.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.engine import make_url

from app.db import async_url, is_sqlite
from app.groupcommit import GroupCommit, Inserted
from app.job_append import NewJob, append_sql, payload_json, sqlite_stamp
from app.jobs import HEARTBEAT_SQL
from app.wakeup import libpq_url

if TYPE_CHECKING:  # psycopg is imported where it is used: a SQLite deployment never loads it
    import psycopg

log = logging.getLogger(__name__)

POOL_SIZE = 10


def _inserted(rows: Sequence[Sequence[Any]]) -> Inserted:
    return [(int(row[0]), str(row[1]), str(row[2])) for row in rows]


class Appender(Protocol):
    """Appends jobs in one statement; (id, kind) of the rows inserted (none for a known key)."""

    async def append(self, new: Sequence[NewJob], *, now: datetime) -> list[tuple[int, str]]: ...

    async def touch_leases(self, *, worker_id: str, ids: Sequence[int], until: datetime) -> int:
        """The worker's heartbeat (app.jobs.heartbeat) for the jobs it holds (`ids`) on this
        path, which does not queue behind a busy pool: a late heartbeat would let a live
        worker's jobs be taken over."""
        ...

    async def close(self) -> None: ...


class PostgresAppender:
    """Appends over a small pool of autocommit psycopg connections."""

    def __init__(self, *, conninfo: str, size: int = POOL_SIZE) -> None:
        self._conninfo = conninfo
        self._size = size
        self._idle: list[psycopg.AsyncConnection[Any]] = []
        self._slots: asyncio.Semaphore | None = None
        self._group = GroupCommit(insert=self._insert)

    async def append(self, new: Sequence[NewJob], *, now: datetime) -> list[tuple[int, str]]:
        return await self._group.append(new, now=now)

    async def _insert(self, new: Sequence[NewJob], stamps: Sequence[datetime]) -> Inserted:
        import psycopg

        params: dict[str, Any] = {}
        for n, (job, stamp) in enumerate(zip(new, stamps, strict=True)):
            params.update({f"k{n}": job.kind, f"p{n}": payload_json(job.payload),
                           f"d{n}": job.dedupe_key, f"g{n}": job.partition_key, f"t{n}": stamp})
        sql = append_sql(True, len(new))
        if self._slots is None:
            self._slots = asyncio.Semaphore(self._size)
        async with self._slots:
            try:
                return await self._execute(sql, params)
            except psycopg.OperationalError as exc:  # a connection the server dropped
                log.warning("append connection lost (%s); trying a new one", type(exc).__name__)
                return await self._execute(sql, params)

    async def touch_leases(self, *, worker_id: str, ids: Sequence[int], until: datetime) -> int:
        import psycopg

        if self._slots is None:
            self._slots = asyncio.Semaphore(self._size)
        async with self._slots:
            conn = self._idle.pop() if self._idle else await psycopg.AsyncConnection.connect(
                self._conninfo, autocommit=True)
            try:
                cursor = await conn.execute(HEARTBEAT_SQL[True],
                                            {"until": until, "worker": worker_id, "ids": list(ids)})
            except BaseException:
                await conn.close()
                raise
            self._idle.append(conn)
            return int(cursor.rowcount)

    async def _execute(self, sql: str, params: dict[str, Any]) -> Inserted:
        import psycopg

        conn = self._idle.pop() if self._idle else await psycopg.AsyncConnection.connect(
            self._conninfo, autocommit=True)
        try:
            cursor = await conn.execute(sql, params)
            rows = await cursor.fetchall()
        except psycopg.OperationalError:
            await conn.close()
            raise
        except BaseException:
            # Any other failure (a refused value, a cancelled request): the connection is in
            # an unknown state mid-statement, so it is not reused.
            await conn.close()
            raise
        self._idle.append(conn)
        return _inserted(rows)

    async def close(self) -> None:
        await self._group.close()
        while self._idle:
            await self._idle.pop().close()


class SqliteAppender:
    """Appends through one `sqlite3` connection on its own thread."""

    def __init__(self, *, path: str) -> None:
        self._path = path
        self._conn: sqlite3.Connection | None = None
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="append")
        self._group = GroupCommit(insert=self._insert_rows)

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            conn = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout=30000")
            conn.execute("PRAGMA journal_mode=WAL")
            self._conn = conn
        return self._conn

    def _insert(self, sql: str, params: tuple[Any, ...]) -> Inserted:
        return _inserted(self._connection().execute(sql, params).fetchall())

    async def append(self, new: Sequence[NewJob], *, now: datetime) -> list[tuple[int, str]]:
        return await self._group.append(new, now=now)

    async def _insert_rows(self, new: Sequence[NewJob], stamps: Sequence[datetime]) -> Inserted:
        params: list[Any] = []
        for job, now in zip(new, stamps, strict=True):
            stamp = sqlite_stamp(now)
            params += (job.kind, payload_json(job.payload), job.dedupe_key, job.partition_key,
                       stamp, stamp)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._thread, self._insert,
                                          append_sql(False, len(new)), tuple(params))

    async def touch_leases(self, *, worker_id: str, ids: Sequence[int], until: datetime) -> int:
        stamp, held = sqlite_stamp(until), json.dumps(list(ids))

        def update() -> int:
            return int(self._connection().execute(HEARTBEAT_SQL[False], (stamp, worker_id, held))
                       .rowcount)

        return await asyncio.get_running_loop().run_in_executor(self._thread, update)

    async def close(self) -> None:
        await self._group.close()

        def shut() -> None:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

        await asyncio.get_running_loop().run_in_executor(self._thread, shut)
        self._thread.shutdown(wait=True)


def build_appender(database_url: str) -> Appender | None:
    """The appender for a database URL; None for an in-memory SQLite database (whose second
    connection would be another database): the engine's path is used then."""
    if is_sqlite(database_url):
        path = make_url(async_url(database_url)).database
        if not path or path == ":memory:":
            return None
        return SqliteAppender(path=path)
    conninfo = libpq_url(database_url)
    return PostgresAppender(conninfo=conninfo) if conninfo else None
