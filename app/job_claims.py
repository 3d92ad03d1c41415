"""Claiming jobs: one statement, `UPDATE .. WHERE id IN (SELECT .. FOR UPDATE SKIP LOCKED
LIMIT n) RETURNING` (SQLite serializes writers, so the same statement without the lock clause is
safe there), for one kind, any kind, or several lanes of kinds at once, each up to its own limit
(`claim_lanes`). The rest of the queue (enqueueing, leases, finishing) is `app.jobs`."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import TextualSelect, bindparam, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.clock import sessions_clock
from app.db import SINGLE_STATEMENT
from app.jobs import ClaimedJob
from app.models import Job


@dataclass(frozen=True, slots=True)
class Lane:
    """Job kinds claimed together, at most `limit` of them by one claim."""

    kinds: tuple[str, ...]
    limit: int


async def claim_many(
    sessions: async_sessionmaker[AsyncSession],
    *,
    worker_id: str,
    lease_seconds: float,
    limit: int,
    kinds: tuple[str, ...] | None = None,
    now: datetime | None = None,
    ids: list[int] | None = None,
) -> list[ClaimedJob]:
    """Take up to `limit` due jobs (or ones whose lease expired), oldest first, in one
    statement; an empty list when there is none. `ids` limits the choice to those jobs."""
    params: dict[str, Any] = {"limit0": limit}
    if ids is not None:
        params["ids"] = ids
    shape = (tuple(kinds) if kinds else None,)
    return await _claim(sessions, worker_id=worker_id, lease_seconds=lease_seconds, now=now,
                        params=params, sql=lambda postgres: _claim_sql(
                            postgres, shape, ids is not None))


async def claim_lanes(
    sessions: async_sessionmaker[AsyncSession],
    *,
    worker_id: str,
    lease_seconds: float,
    lanes: Sequence[Lane],
    now: datetime | None = None,
) -> list[ClaimedJob]:
    """Take up to each lane's `limit` of its kinds' due jobs, oldest first within a lane, in
    one statement (the lanes' kinds do not overlap). A lane's jobs are chosen as `claim_many`
    chooses them, so the order within a partition key holds across lanes too: only the oldest
    unfinished job of a key is ever claimable, whatever its kind."""
    lanes = [lane for lane in lanes if lane.limit > 0 and lane.kinds]
    if not lanes:
        return []
    params = {f"limit{n}": lane.limit for n, lane in enumerate(lanes)}
    shape = tuple(tuple(lane.kinds) for lane in lanes)
    return await _claim(sessions, worker_id=worker_id, lease_seconds=lease_seconds, now=now,
                        params=params, sql=lambda postgres: _claim_sql(postgres, shape, False))


async def _claim(sessions: async_sessionmaker[AsyncSession], *, worker_id: str,
                 lease_seconds: float, now: datetime | None, params: dict[str, Any],
                 sql: Callable[[bool], TextualSelect]) -> list[ClaimedJob]:
    # A Core connection, not an ORM session (nothing here needs one; about 0.1 ms less of the
    # event loop's CPU a claim).
    engine: AsyncEngine = sessions.kw["bind"]
    postgres = engine.dialect.name == "postgresql"
    async with engine.connect() as conn:
        # One statement on its own (autocommit): no BEGIN and COMMIT round trips between a
        # wake-up and the job starting. The statement alone is as atomic as it was in a
        # transaction of its own.
        await conn.execution_options(**({"isolation_level": "AUTOCOMMIT"} if postgres
                                        else {SINGLE_STATEMENT: True}))
        now = now or sessions_clock(sessions).now()
        params.update(now=now, until=now + timedelta(seconds=lease_seconds), worker=worker_id)
        async with conn.begin():
            result = await conn.execute(sql(postgres), params)
            rows = sorted(result.all(), key=lambda row: (row.run_after, row.id))
    return [ClaimedJob(row.id, row.kind, dict(row.payload), row.attempts, worker_id)
            for row in rows]


@functools.cache
def _claim_sql(postgres: bool, lanes: tuple[tuple[str, ...] | None, ...], by_id: bool
               ) -> TextualSelect:
    """The claim as one SQL text, built once per shape (SQLAlchemy constructing it and
    computing its cache key on every claim cost more than running it): one candidate query per
    lane (`lanes`: the kinds that lane takes, or None for any), each with its own limit. The
    kinds are written into the text (they are the worker's handler keys, a handful of fixed
    names): as an expanding parameter they had SQLAlchemy rewrite the statement on every
    claim. A job is
    claimable when it is due or abandoned, and the oldest unfinished job of its partition key
    (if it has one). A worker never takes back a job it still runs itself (its heartbeat was
    late, it is alive: two of its tasks would share one worker id and no lease check could
    tell them apart). Candidates are an alias, so their SELECT is not correlated with the
    UPDATE's own table; PostgreSQL skips rows another claim has locked."""
    where = [
        "((candidate.state = 'queued' AND candidate.run_after <= :now) OR "
        "(candidate.state = 'running' AND candidate.lease_until < :now "
        "AND candidate.locked_by != :worker))",
        "(candidate.partition_key IS NULL OR NOT EXISTS (SELECT 1 FROM jobs AS earlier "
        "WHERE earlier.partition_key = candidate.partition_key "
        "AND earlier.state IN ('queued', 'running') AND earlier.id < candidate.id))",
    ]
    if by_id:
        where.append("candidate.id IN :ids")
    lock = " FOR UPDATE SKIP LOCKED" if postgres else ""

    def candidates(n: int, kinds: tuple[str, ...] | None) -> str:
        kind = [f"candidate.kind IN ({', '.join(_literal(k) for k in kinds)})"] if kinds else []
        return (f"SELECT candidate.id FROM jobs AS candidate WHERE "
                f"{' AND '.join([*where, *kind])} ORDER BY candidate.run_after, candidate.id "
                f"LIMIT :limit{n}{lock}")

    if len(lanes) == 1:
        chosen = candidates(0, lanes[0])
    else:  # each lane's LIMIT (and lock) in a derived table of its own, then their union
        chosen = " UNION ALL ".join(f"SELECT lane{n}.id FROM ({candidates(n, kinds)}) AS lane{n}"
                                    for n, kinds in enumerate(lanes))
    columns = Job.__table__.c
    return text(
        "UPDATE jobs SET state = 'running', locked_by = :worker, lease_until = :until, "
        f"attempts = jobs.attempts + 1 WHERE jobs.id IN ({chosen}) RETURNING jobs.id, "
        "jobs.kind, jobs.payload, jobs.attempts, jobs.run_after"
    ).bindparams(
        bindparam("now", type_=columns.run_after.type),
        bindparam("until", type_=columns.lease_until.type),
        *([bindparam("ids", expanding=True)] if by_id else []),
    ).columns(columns.id, columns.kind, columns.payload, columns.attempts, columns.run_after)


def _literal(kind: str) -> str:
    """A job kind as an SQL string literal: kinds are fixed names of the code's own."""
    name = str.__str__(kind)  # an enum member's own text, whatever its class's format
    if not _KIND.fullmatch(name):
        raise ValueError(f"not a job kind: {kind!r}")
    return f"'{name}'"


_KIND = re.compile(r"[A-Za-z0-9_.:-]+")


async def claim(
    sessions: async_sessionmaker[AsyncSession],
    *,
    worker_id: str,
    lease_seconds: float,
    kinds: tuple[str, ...] | None = None,
    now: datetime | None = None,
    job_id: int | None = None,
) -> ClaimedJob | None:
    """Take the oldest due job (or one whose lease expired), or None when there is none.
    `job_id` takes that job only, if it is claimable. `now` defaults to the sessions' clock."""
    jobs = await claim_many(sessions, worker_id=worker_id, lease_seconds=lease_seconds, limit=1,
                            kinds=kinds, now=now, ids=None if job_id is None else [job_id])
    return jobs[0] if jobs else None
