"""Wake-ups across processes on PostgreSQL: LISTEN/NOTIFY on one channel.

A transaction that queues jobs sends `NOTIFY gateway_jobs` (delivered by PostgreSQL when, and
only if, it commits: see app.jobs). Each worker process keeps one connection that LISTENs and
wakes its idle job slots on every notification, so a job queued by a web process starts at once.
Polling (`WORKER_POLL_SECONDS`) stays as the safety net: for SQLite, for a listening connection
that was lost, and for retries coming due.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from sqlalchemy.engine import make_url

from app.db import async_url

log = logging.getLogger(__name__)

CHANNEL = "gateway_jobs"
NOTIFY_SQL = f"NOTIFY {CHANNEL}"


def libpq_url(database_url: str) -> str | None:
    """The plain libpq form of a PostgreSQL database URL; None for any other database."""
    url = make_url(async_url(database_url))
    if url.get_backend_name() != "postgresql":
        return None
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


async def listen(conninfo: str, wake: Callable[[], None], *, retry_seconds: float = 1.0,
                 max_retry_seconds: float = 30.0) -> None:
    """Call `wake` on every notification until cancelled; reconnects after a lost connection,
    waking once after each (anything queued meanwhile was not announced)."""
    import psycopg  # here: a SQLite deployment never loads it

    delay = retry_seconds
    while True:
        try:
            conn = await psycopg.AsyncConnection.connect(conninfo, autocommit=True)
            try:
                await conn.execute(f"LISTEN {CHANNEL}")
                delay = retry_seconds
                wake()
                async for _notify in conn.notifies():
                    wake()
            finally:
                await conn.close()
        except psycopg.Error as exc:
            log.warning("job wake-ups: listening connection lost (%s); polling meanwhile",
                        type(exc).__name__)
        await asyncio.sleep(delay)
        delay = min(delay * 2, max_retry_seconds)
