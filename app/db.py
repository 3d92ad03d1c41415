"""Engine and sessions. SQLite (WAL) by default, PostgreSQL by URL; async drivers at runtime,
the sync form of the same URL for Alembic."""

from __future__ import annotations

import ast
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy import event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import NullPool

from app import pg_pool, sqlite_driver
from app.clock import CLOCK_KEY, SYSTEM_CLOCK, Clock

if TYPE_CHECKING:  # Alembic is imported only when a migration has to run (start-up time)
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
SINGLE_STATEMENT = "gateway_single_statement"


def single_statement_options(url: str) -> dict[str, object]:
    """Execution options for a connection that runs exactly one statement, committed on its own
    (autocommit): one round trip instead of BEGIN, the statement and COMMIT."""
    return {SINGLE_STATEMENT: True} if is_sqlite(url) else {"isolation_level": "AUTOCOMMIT"}


@contextlib.asynccontextmanager
async def own_statements(sessions: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """A session whose statements each commit on their own on PostgreSQL (autocommit): no BEGIN
    and COMMIT round trips, and no row lock held past the statement that took it. On SQLite the
    statements run in one transaction, committed when the block ends."""
    async with sessions() as session, session.begin():
        if session.get_bind().dialect.name == "postgresql":
            await session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        yield session


@contextlib.asynccontextmanager
async def own_connection(sessions: async_sessionmaker[AsyncSession]
                         ) -> AsyncIterator[AsyncConnection]:
    """As `own_statements`, on a Core connection of the sessions' engine: no ORM session (its
    transaction and result machinery cost about 0.1 ms of CPU a transaction on SQLite) for
    statements that need none of it (no clock, no ORM objects)."""
    engine: AsyncEngine = sessions.kw["bind"]
    async with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            await conn.execution_options(isolation_level="AUTOCOMMIT")
        async with conn.begin():
            yield conn


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
        # No rollback when a connection goes back to the pool: every use ends its transaction
        # (a session's commit, or its rollback on close), and on SQLite that rollback was one
        # more hop to the driver's thread after every transaction.
        engine = create_async_engine(
            async_url(url), connect_args={"timeout": 30}, pool_size=1, max_overflow=0,
            pool_timeout=60, pool_reset_on_return=None, module=sqlite_driver.dbapi(),
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
            # The BEGIN itself goes with the transaction's first statement (app.sqlite_driver).
            if not conn.get_execution_options().get(SINGLE_STATEMENT):
                sqlite_driver.begin_immediate(conn.connection.dbapi_connection)

        return engine
    # A fixed pool, pinged only after idling, statements prepared at once: see app.pg_pool.
    engine = create_async_engine(async_url(url), **pg_pool.engine_options())
    pg_pool.ping_when_idle(engine)
    return engine


def session_factory(
    engine: AsyncEngine, *, wake: Callable[[], None] | None = None, clock: Clock = SYSTEM_CLOCK
) -> async_sessionmaker[AsyncSession]:
    """Sessions for `engine` that carry `clock`; `wake` is called after a commit that enqueued
    jobs."""
    info: dict[str, object] = {CLOCK_KEY: clock}
    if wake:
        info["wake_workers"] = wake
    return async_sessionmaker(engine, expire_on_commit=False, info=info)


def alembic_config(url: str) -> Config:
    """Alembic's configuration for `url`, with the migrations found beside the package."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", sync_url(url).replace("%", "%%"))
    return cfg


def schema_heads() -> set[str]:
    """The revisions no other migration builds on, read from the migration files' text
    (`revision` and `down_revision`) without importing Alembic or the migrations."""
    revisions: set[str] = set()
    built_on: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.AnnAssign) and node.value is not None:
                target: ast.expr = node.target
                value = node.value
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            else:
                continue
            if not isinstance(target, ast.Name) or target.id not in ("revision", "down_revision"):
                continue
            literal = ast.literal_eval(value)
            if target.id == "revision":
                revisions.add(literal)
            elif literal:
                built_on.update([literal] if isinstance(literal, str) else literal)
    return revisions - built_on


def at_head(url: str) -> bool:
    """Whether the database's schema is at the migrations' head: one query of Alembic's version
    table. False when it cannot tell (no table, no database yet, a read error)."""
    engine = create_sync_engine(sync_url(url), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            current = set(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    except SQLAlchemyError:
        return False
    finally:
        engine.dispose()
    return bool(current) and current == schema_heads()


# Held while the schema is built or migrated: several processes may start at once on a new
# database (`release`, web, workers); one builds it, the others wait and find it done.
SCHEMA_LOCK = 72731001


def build_new(url: str) -> bool:
    """On a database without any table: the models' schema and Alembic's version row at the
    migrations' head, in one transaction, as Alembic's documentation advises for a new database
    (create_all, then stamp head), without importing Alembic or running each migration (about
    0.3 s of a first start). False, and nothing written, when the database has a table already.
    tests/test_migrations.py keeps the migrations and the models the same schema."""
    from app.models import Base

    sqlite = make_url(sync_url(url)).get_backend_name() == "sqlite"
    # The transaction is spelt out: pysqlite would run the DDL outside one, and BEGIN IMMEDIATE
    # takes SQLite's write lock first, so a second process waits and then sees the tables.
    engine = create_sync_engine(sync_url(url), poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("BEGIN IMMEDIATE" if sqlite else "BEGIN")
            if not sqlite:
                conn.execute(text(f"SELECT pg_advisory_xact_lock({SCHEMA_LOCK})"))
            if inspect(conn).get_table_names():
                conn.exec_driver_sql("ROLLBACK")
                return False
            Base.metadata.create_all(conn)
            conn.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                                 "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))")
            for head in sorted(schema_heads()):
                conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"),
                             {"v": head})
            conn.exec_driver_sql("COMMIT")
    finally:
        engine.dispose()
    return True


def migrate(url: str) -> None:
    """Bring the database's schema to the migrations' head: nothing to do (without importing
    Alembic) when it is there already, as at every start but the first after an upgrade; built
    from the models on a new database; else alembic upgrade head."""
    if at_head(url):
        log.debug("database schema is at head; no migration to run")
        return
    if build_new(url):
        log.info("new database: schema built at the migrations' head")
        return
    from alembic import command

    command.upgrade(alembic_config(url), "head")
