"""Engine and sessions. SQLite (WAL) by default, PostgreSQL by URL; async drivers at runtime,
the sync form of the same URL for Alembic."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
SINGLE_STATEMENT = "gateway_single_statement"


def single_statement_options(url: str) -> dict[str, object]:
    """Execution options for a connection that runs exactly one statement, committed on its own
    (autocommit): one round trip instead of BEGIN, the statement and COMMIT."""
    return {SINGLE_STATEMENT: True} if is_sqlite(url) else {"isolation_level": "AUTOCOMMIT"}


def async_url(url: str) -> str:
    """The async-driver form of a database URL (postgres:// and sqlite:// accepted)."""
    parsed = make_url(url.replace("postgres://", "postgresql://", 1))
    if parsed.drivername in ("postgresql", "postgresql+psycopg2", "postgresql+psycopg"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif parsed.drivername in ("sqlite", "sqlite+pysqlite"):
        parsed = parsed.set(drivername="sqlite+aiosqlite")
    return parsed.render_as_string(hide_password=False)


def sync_url(url: str) -> str:
    """The sync-driver form of a database URL, for Alembic."""
    parsed = make_url(async_url(url))
    if parsed.drivername == "sqlite+aiosqlite":
        parsed = parsed.set(drivername="sqlite")
    return parsed.render_as_string(hide_password=False)


def is_sqlite(url: str) -> bool:
    return make_url(async_url(url)).get_backend_name() == "sqlite"


def create_engine(url: str) -> AsyncEngine:
    """An async engine; SQLite gets WAL and a busy timeout so web and worker can share it."""
    if is_sqlite(url):
        # One connection: SQLite runs one writer at a time anyway, and queueing for the pool is
        # first come, first served, where SQLite's busy handler sleeps in growing steps.
        engine = create_async_engine(
            async_url(url), connect_args={"timeout": 30}, pool_size=1, max_overflow=0,
            pool_timeout=60,
        )

        @event.listens_for(engine.sync_engine, "connect")
        def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            # Autocommit at the driver level so the "begin" hook below controls transactions.
            dbapi_conn.isolation_level = None
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        @event.listens_for(engine.sync_engine, "begin")
        def _begin(conn):  # type: ignore[no-untyped-def]
            # IMMEDIATE takes the write lock up front: a deferred transaction that reads and then
            # writes fails at once with "database is locked" when another process wrote meanwhile.
            # A connection marked SINGLE_STATEMENT runs one statement in SQLite's own implicit
            # transaction instead (the webhook's append: one hop to the driver, not three).
            if not conn.get_execution_options().get(SINGLE_STATEMENT):
                conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_async_engine(async_url(url), pool_size=10, max_overflow=10, pool_pre_ping=True)


def session_factory(
    engine: AsyncEngine,
    *,
    wake: Callable[[], None] | None = None,
    clock: Callable[[], datetime] | None = None,
) -> async_sessionmaker[AsyncSession]:
    """Sessions for `engine`; `wake` is called after a commit that enqueued jobs; `clock` is the
    time jobs enqueued through these sessions are due by default (the runtime's clock)."""
    info: dict[str, Any] = {"wake_workers": wake} if wake else {}
    if clock is not None:
        info["clock"] = clock
    return async_sessionmaker(engine, expire_on_commit=False, info=info)


def migrate(url: str) -> None:
    """alembic upgrade head, with the migrations found beside the installed package."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", sync_url(url).replace("%", "%%"))
    command.upgrade(cfg, "head")
