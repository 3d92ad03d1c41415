"""The one-hop SQLite cursor (app.sqlite_driver) behind the engine: rows, row counts, last row
ids, several parameter sets, errors translated, and a failed statement leaving the transaction
usable, as SQLAlchemy's stock aiosqlite adapter does."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.db import create_engine
from app.sqlite_driver import OneHopCursor


async def test_the_engine_runs_each_statement_through_the_one_hop_cursor(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'one.db'}")
    try:
        async with engine.begin() as conn:
            raw = await conn.get_raw_connection()
            assert isinstance(raw.dbapi_connection.cursor(), OneHopCursor)  # type: ignore[union-attr]
            await conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE)"))
            one = await conn.execute(text("INSERT INTO t (name) VALUES ('a')"))
            assert one.lastrowid == 1
            many = await conn.execute(text("INSERT INTO t (name) VALUES (:name)"),
                                      [{"name": "b"}, {"name": "c"}, {"name": "d"}])
            assert many.rowcount == 3
            changed = await conn.execute(text("UPDATE t SET name = name || '!' WHERE id > 2"))
            assert changed.rowcount == 2
            returned = await conn.execute(
                text("INSERT INTO t (name) VALUES ('e') RETURNING id, name"))
            assert returned.all() == [(5, "e")]
            rows = await conn.execute(text("SELECT id, name FROM t ORDER BY id"))
            assert list(rows.keys()) == ["id", "name"]
            assert rows.all() == [(1, "a"), (2, "b"), (3, "c!"), (4, "d!"), (5, "e")]
            empty = await conn.execute(text("SELECT id FROM t WHERE id > 99"))
            assert empty.first() is None
        async with engine.begin() as conn:
            with pytest.raises(IntegrityError):
                await conn.execute(text("INSERT INTO t (name) VALUES ('a')"))
            # SQLite undoes the failed statement only: the transaction goes on.
            await conn.execute(text("INSERT INTO t (name) VALUES ('f')"))
        async with engine.connect() as conn:
            names = (await conn.execute(text("SELECT name FROM t ORDER BY id"))).scalars().all()
        assert names == ["a", "b", "c!", "d!", "e", "f"]
    finally:
        await engine.dispose()


async def test_a_transaction_begins_immediate_with_its_first_statement(tmp_path: Path) -> None:
    """The BEGIN IMMEDIATE rides with the first statement: the write lock is held from it on
    (another connection cannot write until the commit), a rollback undoes everything, and a
    transaction that ran nothing commits and rolls back without error."""
    url = f"sqlite:///{tmp_path / 'begin.db'}"
    engine = create_engine(url)
    other = sqlite3.connect(tmp_path / "begin.db", timeout=0, isolation_level=None)
    try:
        async with engine.begin() as conn:
            await conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)"))
        async with engine.begin() as conn:
            await conn.execute(text("SELECT count(*) FROM t"))  # a read: the lock is taken
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("INSERT INTO t (name) VALUES ('other')")
            await conn.execute(text("INSERT INTO t (name) VALUES ('a')"))
        async with engine.connect() as conn:
            transaction = await conn.begin()
            await conn.execute(text("INSERT INTO t (name) VALUES ('b')"))
            await transaction.rollback()
        async with engine.begin():
            pass  # nothing ran
        async with engine.connect() as conn:
            transaction = await conn.begin()
            await transaction.rollback()
            names = (await conn.execute(text("SELECT name FROM t"))).scalars().all()
        assert names == ["a"]
        other.execute("INSERT INTO t (name) VALUES ('other')")  # every lock was released
    finally:
        other.close()
        await engine.dispose()
