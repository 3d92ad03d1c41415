"""The webhook's one-statement append of jobs: the rows, their JSON and the SQL, written for
the driver (SQLAlchemy cannot cache a compiled multi-row INSERT). `app.append` runs it on the
hot path; `append` here runs it on a connection the caller holds."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from app.ingest import storable
from app.models import utcnow
from app.states import JobKind
from app.wakeup import CHANNEL

COLUMNS = "(kind, payload, dedupe_key, partition_key, state, attempts, run_after, created_at)"

_UNSTORABLE_ESCAPES = re.compile(r"\\u0000|\\ud[89a-f]", re.IGNORECASE)


def payload_json(payload: dict[str, Any]) -> str:
    """A payload as JSON text any database holds: NUL characters and lone surrogates (which
    PostgreSQL refuses) are cleaned out, only when there are any (rare: hostile input)."""
    text = json.dumps(payload)
    # Every escape the pattern looks for starts with a backslash: text without one (most
    # payloads) is not searched; the search read every character, a single-character find
    # does not.
    if "\\" in text and _UNSTORABLE_ESCAPES.search(text):
        text = json.dumps(storable(payload))
    return text


def sqlite_stamp(moment: datetime) -> str:
    """SQLAlchemy's SQLite DATETIME text for an aware time, in UTC ('2026-12-01 10:00:00.000000':
    microseconds always written), so comparisons with its own bound values hold.

    One %-format of the fields, SQLAlchemy's own way: about 12,000 instructions, against 22,000
    for strftime (which handles %f in Python) and 20,000 for isoformat or an f-string."""
    at = moment.astimezone(UTC)
    return "%04d-%02d-%02d %02d:%02d:%02d.%06d" % (  # noqa: UP031 (cheaper, see above)
        at.year, at.month, at.day, at.hour, at.minute, at.second, at.microsecond)


@dataclass(frozen=True, slots=True)
class NewJob:
    """A job for `append`: its dedupe key makes a repeated append a no-op."""

    kind: JobKind
    payload: dict[str, Any]
    dedupe_key: str
    partition_key: str | None = None


async def append(conn: AsyncConnection, new: list[NewJob], *, now: datetime | None = None
                 ) -> list[tuple[int, str]]:
    """Queue jobs in ONE statement (`INSERT .. ON CONFLICT (dedupe_key) DO NOTHING RETURNING`),
    for the webhook's hot path; (id, kind) of the rows inserted (a key queued before, as by a
    provider's retry, inserts nothing). On PostgreSQL the same statement NOTIFYs the workers
    for the rows it inserted (delivered when the caller's transaction commits).

    Written as SQL for the driver: SQLAlchemy cannot cache a compiled multi-row INSERT, and
    compiling it cost more than everything else the webhook does."""
    if not new:
        return []
    now = now or utcnow()
    postgres = conn.dialect.name == "postgresql"
    sql = append_sql(postgres, len(new))
    if postgres:
        params: Any = {}
        for n, job in enumerate(new):
            params.update({f"k{n}": job.kind, f"p{n}": payload_json(job.payload),
                           f"d{n}": job.dedupe_key, f"g{n}": job.partition_key, f"t{n}": now})
    else:
        stamp = sqlite_stamp(now)
        params = tuple(value for job in new for value in (
            job.kind, payload_json(job.payload), job.dedupe_key, job.partition_key, stamp, stamp))
    result = await conn.exec_driver_sql(sql, params)
    rows: list[Any] = list(result.all())
    return [(int(row[0]), str(row[1])) for row in rows]


@functools.cache
def append_sql(postgres: bool, rows: int) -> str:
    """The append statement for `rows` jobs, in the driver's parameter style (named for
    psycopg, positional for sqlite3): each row with its own time (`t<n>`), the dedupe key
    returned so a group commit can give each request back its own rows."""
    if postgres:
        values = ", ".join(f"(%(k{n})s, %(p{n})s::json, %(d{n})s, %(g{n})s, 'queued', 0, "
                           f"%(t{n})s, %(t{n})s)" for n in range(rows))
        return (f"WITH inserted AS (INSERT INTO jobs {COLUMNS} VALUES {values} "
                f"ON CONFLICT (dedupe_key) DO NOTHING RETURNING id, kind, dedupe_key) "
                f"SELECT id, kind, dedupe_key, pg_notify('{CHANNEL}', '') FROM inserted")
    values = ", ".join("(?, ?, ?, ?, 'queued', 0, ?, ?)" for _ in range(rows))
    return (f"INSERT INTO jobs {COLUMNS} VALUES {values} "
            f"ON CONFLICT (dedupe_key) DO NOTHING RETURNING id, kind, dedupe_key")
