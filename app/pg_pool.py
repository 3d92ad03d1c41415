"""The PostgreSQL connection pool's settings and upkeep: a fixed set of connections, opened when a
worker starts, checked with a ping only after they sat idle, with statements prepared at once.

Measured with `benchmarks/pg_burst.py` (docs/performance.md, "PostgreSQL during the burst, eighth
session"): a ping on every checkout (SQLAlchemy's `pool_pre_ping`) was about 5 round trips an
inquiry; a pool of 10 plus 10 overflow connections closed and opened about 40 connections in a
burst of 200 drafts (overflow connections are closed when they come back to a full pool), each
a new server process with cold caches and nothing prepared, planning every statement again.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import event, exc
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.pool import QueuePool

# A fixed pool without overflow: job slots beyond it wait for a connection (a job holds one
# only for its transactions, not for its model call). Reused connections keep their caches and
# prepared statements, so PostgreSQL plans each statement a few times per connection, not per
# job.
POOL_SIZE = 10
# A connection back in the pool within this many seconds is used without a ping: it answered
# moments ago. One idle longer is pinged first, and replaced (with every older one) if dead.
PING_IDLE_SECONDS = 5.0
# psycopg prepares a statement on its first run on a connection (its default waits for the
# fifth, planning the first five from scratch); PostgreSQL then chooses between custom and
# generic plans itself (plan_cache_mode auto).
PREPARE_THRESHOLD = 0

_RETURNED = "gateway_returned_at"


def engine_options() -> dict[str, Any]:
    """`create_async_engine` keywords for PostgreSQL (see the module's docstring)."""
    return {"pool_size": POOL_SIZE, "max_overflow": 0, "pool_use_lifo": True,
            "connect_args": {"prepare_threshold": PREPARE_THRESHOLD}}


def ping_when_idle(engine: AsyncEngine, *, seconds: float = PING_IDLE_SECONDS,
                   clock: Callable[[], float] = time.monotonic) -> None:
    """Ping a pooled connection on checkout only when it has been idle more than `seconds`; a
    dead one raises SQLAlchemy's InvalidatePoolError there, and the pool replaces it and every
    connection opened before it (as `pool_pre_ping` does). A connection that died within
    `seconds` of its last use fails on use instead: SQLAlchemy invalidates it and the pool's
    older connections on that disconnect error, and the worker retries the job."""
    dialect = engine.dialect

    @event.listens_for(engine.sync_engine, "checkin")
    def _returned(_dbapi_conn: Any, record: Any) -> None:
        record.info[_RETURNED] = clock()

    @event.listens_for(engine.sync_engine, "checkout")
    def _checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        returned = record.info.get(_RETURNED)  # none yet: a new connection, just opened
        if returned is None or clock() - returned <= seconds:
            return
        try:
            dialect.do_ping(dbapi_conn)
        except dialect.loaded_dbapi.Error as err:
            if dialect.is_disconnect(err, dbapi_conn, None):
                raise exc.InvalidatePoolError() from err
            raise


async def open_connections(engine: AsyncEngine) -> int:
    """Open the pool's connections now (a worker starting), so that the first burst does not
    start them while it runs; how many were opened."""
    pool = engine.sync_engine.pool
    if not isinstance(pool, QueuePool):
        return 0
    missing = pool.size() - pool.checkedin() - pool.checkedout()
    async with contextlib.AsyncExitStack() as held:  # held together: each checkout opens one
        for _ in range(pool.size() - pool.checkedout()):
            await held.enter_async_context(engine.connect())
    return max(missing, 0)
