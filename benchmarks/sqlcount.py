"""The one statement counter of the profiles (`profile_draft`, `profile_approve`): SQL
statements, COMMITs and database round trips on one engine, booked to the part being measured."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import event


class Counts:
    """Counts while `part` names what is being measured (nothing while it is empty); `show`
    prints each statement and COMMIT as it runs. Round trips, on PostgreSQL: each statement,
    each BEGIN and COMMIT (or ROLLBACK) the driver sends, each pool pre-ping; on SQLite BEGIN
    is a statement of its own and is counted as one."""

    def __init__(self, engine: Any, *, show: bool = False) -> None:
        self.part = ""
        self.show = show
        self.statements: Counter[str] = Counter()
        self.trips: Counter[str] = Counter()
        self.commits: Counter[str] = Counter()
        self.cpu: defaultdict[str, float] = defaultdict(float)  # seconds of CPU per part
        self._install(engine)

    def _trip(self) -> None:
        if self.part:
            self.trips[self.part] += 1

    def _install(self, engine: Any) -> None:
        postgres = engine.dialect.name == "postgresql"

        def autocommit(conn: Any) -> bool:
            return bool(conn.get_execution_options().get("isolation_level") == "AUTOCOMMIT")

        @event.listens_for(engine, "before_cursor_execute")
        def _statement(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            if self.part:
                self.statements[self.part] += 1
                self._trip()
                if self.show:
                    print("   ", " ".join(statement.split())[:160])

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            if postgres and not autocommit(conn):  # psycopg sends BEGIN; SQLite's is a statement
                self._trip()

        @event.listens_for(engine, "commit")
        def _commit(conn: Any) -> None:
            if self.part:
                self.commits[self.part] += 1
                if self.show:
                    print("    COMMIT")
            if not autocommit(conn):
                self._trip()

        @event.listens_for(engine, "rollback")
        def _rollback(conn: Any) -> None:
            if not autocommit(conn):
                self._trip()

        @event.listens_for(engine.pool, "checkout")
        def _checkout(_dbapi: Any, record: Any, _proxy: Any) -> None:
            # pool_pre_ping: one round trip on every checkout of a connection made before.
            if engine.pool._pre_ping and record.info.get("pinged_before"):
                self._trip()
            record.info["pinged_before"] = True
