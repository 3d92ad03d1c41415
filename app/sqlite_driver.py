"""SQLite through aiosqlite with one hop to the driver's thread per statement.

SQLAlchemy's aiosqlite adapter makes three or four round trips to aiosqlite's thread for each
statement (open a cursor, execute, fetch the rows, close the cursor), each a future, a queue
put and an event-loop wake-up: about 0.1 ms of the event loop's CPU apiece, most of a worker's
database cost on SQLite. This cursor runs the four steps as one function on the driver's thread,
as SQLAlchemy's own adapter already does for `isolation_level`, and keeps the rows, the
description, the row count and the last row id it returns. Everything else (transactions,
errors and their translation, the connection's lifecycle) is SQLAlchemy's adapter unchanged.

A transaction's `BEGIN IMMEDIATE` (`begin_immediate`, from the engine's "begin" hook) is sent with
the transaction's first statement, in the same hop; a transaction that ran no statement has
nothing to commit or roll back, and makes no hop. On a busy event loop each hop waits for a turn
of the loop while the transaction holds the one connection every other job is queued for.

Server-side cursors keep the stock behaviour (the gateway does not use them).
"""

from __future__ import annotations

import collections
import sqlite3
from typing import Any

from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
    AsyncAdapt_aiosqlite_dbapi,
)
from sqlalchemy.util import EMPTY_DICT

_Outcome = tuple[Any, list[Any], int, int | None]


BEGIN = "BEGIN IMMEDIATE"


def _run(connection: sqlite3.Connection, operation: str, parameters: Any, many: bool,
         begin: bool) -> _Outcome:
    """On the driver's thread: the transaction's BEGIN when it is due, the statement, its rows,
    and the cursor's attributes."""
    if begin:
        connection.execute(BEGIN)
    cursor = connection.cursor()
    try:
        if many:
            cursor.executemany(operation, parameters)
        elif parameters is None:
            cursor.execute(operation)
        else:
            cursor.execute(operation, parameters)
        description = cursor.description
        rows = cursor.fetchall() if description else []
        return description, rows, cursor.rowcount, cursor.lastrowid
    finally:
        cursor.close()


class OneHopCursor(AsyncAdapt_aiosqlite_cursor):
    """A buffered cursor whose statement costs one hop to aiosqlite's thread."""

    __slots__ = ("_description", "_rowcount", "_lastrowid")

    def __init__(self, adapt_connection: AsyncAdapt_aiosqlite_connection) -> None:
        # No cursor is opened here: `_run` opens and closes one per statement.
        self._adapt_connection = adapt_connection
        self._connection = adapt_connection._connection
        self._soft_closed_memoized = EMPTY_DICT
        self._rows = collections.deque()
        self._description: Any = None
        self._rowcount = -1
        self._lastrowid: int | None = None

    @property
    def description(self) -> Any:
        return self._description

    @property
    def rowcount(self) -> int:
        return self._rowcount

    @property
    def lastrowid(self) -> int:
        return self._lastrowid  # type: ignore[return-value]

    @property
    def arraysize(self) -> int:
        return 1

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        pass

    async def _async_soft_close(self) -> None:
        return None  # nothing is open on the driver's side

    def close(self) -> None:
        self._rows.clear()

    async def _execute_async(self, operation: Any, parameters: Any) -> Any:
        await self._hop(operation, parameters, many=False)

    async def _executemany_async(self, operation: Any, seq_of_parameters: Any) -> Any:
        await self._hop(operation, seq_of_parameters, many=True)

    async def _hop(self, operation: Any, parameters: Any, *, many: bool) -> None:
        adapt = self._adapt_connection
        async with adapt._execute_mutex:
            connection = self._connection
            begin = isinstance(adapt, OneHopConnection) and adapt.take_begin()
            description, rows, rowcount, lastrowid = await connection._execute(  # type: ignore[attr-defined]
                _run, connection._conn, operation, parameters, many, begin)  # type: ignore[attr-defined]
        self._description, self._rowcount, self._lastrowid = description, rowcount, lastrowid
        self._rows = collections.deque(rows)

    def nextset(self) -> None:
        raise NotImplementedError("SQLite has a single result set per statement")

    def setinputsizes(self, *inputsizes: Any) -> None:
        return None


class OneHopConnection(AsyncAdapt_aiosqlite_connection):
    """A connection whose `BEGIN IMMEDIATE` waits for the transaction's first statement."""

    __slots__ = ("_begin_due",)
    _cursor_cls = OneHopCursor  # type: ignore[assignment]

    def __init__(self, dbapi: Any, connection: Any) -> None:
        super().__init__(dbapi, connection)
        self._begin_due = False

    def begin_immediate(self) -> None:
        """Start a write transaction: sent with the next statement."""
        self._begin_due = True

    def take_begin(self) -> bool:
        """Whether the next statement has to start the transaction (and it now does)."""
        due, self._begin_due = self._begin_due, False
        return due

    def cursor(self, server_side: bool = False) -> Any:
        if server_side and self.take_begin():  # the stock cursor: the BEGIN goes on its own
            super().cursor().execute(BEGIN)
        return super().cursor(server_side)

    def commit(self) -> None:
        if not self.take_begin():  # no statement ran: no transaction was started
            super().commit()

    def rollback(self) -> None:
        if not self.take_begin():
            super().rollback()


class OneHopDBAPI(AsyncAdapt_aiosqlite_dbapi):
    """SQLAlchemy's aiosqlite DBAPI shim, making `OneHopConnection`s."""

    def connect(self, *arg: Any, **kw: Any) -> AsyncAdapt_aiosqlite_connection:
        stock = super().connect(*arg, **kw)
        return OneHopConnection(self, stock._connection)


def begin_immediate(dbapi_connection: Any) -> None:
    """Start a write transaction on a connection of this driver (with its next statement), or
    at once on another one."""
    if isinstance(dbapi_connection, OneHopConnection):
        dbapi_connection.begin_immediate()
    else:
        dbapi_connection.cursor().execute(BEGIN)


def dbapi() -> OneHopDBAPI:
    """The module to pass as `create_async_engine(module=...)` for a sqlite+aiosqlite URL."""
    import aiosqlite

    return OneHopDBAPI(aiosqlite, sqlite3)

