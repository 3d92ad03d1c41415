"""The durable job queue in the database.

Callers enqueue in their own transaction, so a stored message and its job commit together; a
webhook appends its delivery as a job in one statement (`app.job_append`). Workers claim in one
statement, `UPDATE .. WHERE id IN (SELECT .. FOR UPDATE SKIP LOCKED LIMIT n) RETURNING`
(SQLite serializes writers, so the same statement without the lock clause is safe there), with
a short lease that the worker's heartbeat renews while it runs the job (`claim_lanes`: for
several lanes of kinds at once, each up to its own limit, in the same one statement). A job
whose lease ran out, because its worker died, is claimed again by another worker within
seconds.

Jobs with a partition key (one customer's deliveries) run one at a time, oldest first: only the
oldest unfinished job of a key is claimable, so no two workers ever process one conversation at
once and its messages are handled in the order they arrived.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import TextualSelect, bindparam, event, text, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Session

from app.bookings.states import BookingJob
from app.clock import SYSTEM_CLOCK, clock_of
from app.db import SINGLE_STATEMENT
from app.models import Job
from app.states import JobKind, JobState
from app.wakeup import NOTIFY_SQL

UNFINISHED = (JobState.QUEUED, JobState.RUNNING)
Jitter = Callable[[float, float], float]
HEARTBEAT_SQL = {
    True: "UPDATE jobs SET lease_until = %(until)s WHERE locked_by = %(worker)s "
          "AND state = 'running'",
    False: "UPDATE jobs SET lease_until = ? WHERE locked_by = ? AND state = 'running'",
}


@dataclass(frozen=True, slots=True)
class ClaimedJob:
    """A job a worker holds while its lease is renewed."""

    id: int
    kind: str
    payload: dict[str, Any]
    attempts: int
    worker_id: str


def enqueue(
    session: AsyncSession,
    *,
    kind: JobKind | BookingJob,
    payload: dict[str, Any],
    dedupe_key: str | None = None,
    run_after: datetime | None = None,
    partition_key: str | None = None,
) -> Job:
    """Add a job in the caller's transaction, due at `run_after` (default: now, by the clock the
    session factory was given)."""
    job = Job(kind=str(kind), payload=payload, dedupe_key=dedupe_key,
              run_after=run_after or clock_of(session).now(),
              partition_key=partition_key)
    session.add(job)
    session.info[ENQUEUED] = True
    return job


ENQUEUED = "jobs_enqueued"
NOTIFIED = "jobs_notified"
WAKE = "wake_workers"


def mark_enqueued(session: AsyncSession, *, notified: bool = False) -> None:
    """Jobs were queued in this transaction by SQL of the caller's own (not `enqueue`): wake the
    workers at commit as `enqueue` does. `notified`: that SQL already called pg_notify, so no
    NOTIFY statement is needed at commit."""
    session.info[ENQUEUED] = True
    if notified:
        session.info[NOTIFIED] = True


@event.listens_for(Session, "before_commit")
def _notify_before_commit(session: Session) -> None:
    """On PostgreSQL, tell worker processes that jobs were queued; NOTIFY is delivered at commit
    and dropped on rollback, so no worker is woken for a job that does not exist."""
    if session.info.get(ENQUEUED) and not session.info.get(NOTIFIED) \
            and session.get_bind().dialect.name == "postgresql":
        session.execute(text(NOTIFY_SQL))


@event.listens_for(Session, "after_commit")
def _wake_after_commit(session: Session) -> None:
    """Wake this process's idle worker slots once new jobs are committed."""
    session.info.pop(NOTIFIED, None)
    if session.info.pop(ENQUEUED, False):
        wake = session.info.get(WAKE)
        if wake is not None:
            wake()


@event.listens_for(Session, "after_rollback")
def _forget_after_rollback(session: Session) -> None:
    session.info.pop(ENQUEUED, None)
    session.info.pop(NOTIFIED, None)


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
    if kinds:
        params["kinds0"] = list(kinds)
    if ids is not None:
        params["ids"] = ids
    return await _claim(sessions, worker_id=worker_id, lease_seconds=lease_seconds, now=now,
                        params=params, sql=lambda postgres: _claim_sql(
                            postgres, (bool(kinds),), ids is not None))


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
    params: dict[str, Any] = {}
    for n, lane in enumerate(lanes):
        params[f"kinds{n}"], params[f"limit{n}"] = list(lane.kinds), lane.limit
    shape = (True,) * len(lanes)
    return await _claim(sessions, worker_id=worker_id, lease_seconds=lease_seconds, now=now,
                        params=params, sql=lambda postgres: _claim_sql(postgres, shape, False))


async def _claim(sessions: async_sessionmaker[AsyncSession], *, worker_id: str,
                 lease_seconds: float, now: datetime | None, params: dict[str, Any],
                 sql: Callable[[bool], TextualSelect]) -> list[ClaimedJob]:
    async with sessions() as session, session.begin():
        postgres = session.get_bind().dialect.name == "postgresql"
        # One statement on its own (autocommit): no BEGIN and COMMIT round trips between a
        # wake-up and the job starting. The statement alone is as atomic as it was in a
        # transaction of its own.
        await session.connection(execution_options={"isolation_level": "AUTOCOMMIT"}
                                 if postgres else {SINGLE_STATEMENT: True})
        now = now or clock_of(session).now()
        params.update(now=now, until=now + timedelta(seconds=lease_seconds), worker=worker_id)
        result = await session.execute(sql(postgres), params)
        rows = sorted(result.all(), key=lambda row: (row.run_after, row.id))
    return [ClaimedJob(row.id, row.kind, dict(row.payload), row.attempts, worker_id)
            for row in rows]


@functools.cache
def _claim_sql(postgres: bool, lanes: tuple[bool, ...], by_id: bool) -> TextualSelect:
    """The claim as one SQL text, built once per shape (SQLAlchemy constructing it and
    computing its cache key on every claim cost more than running it): one candidate query per
    lane (`lanes`: whether that lane names its kinds), each with its own limit. A job is
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

    def candidates(n: int, by_kind: bool) -> str:
        kind = [f"candidate.kind IN :kinds{n}"] if by_kind else []
        return (f"SELECT candidate.id FROM jobs AS candidate WHERE "
                f"{' AND '.join([*where, *kind])} ORDER BY candidate.run_after, candidate.id "
                f"LIMIT :limit{n}{lock}")

    if len(lanes) == 1:
        chosen = candidates(0, lanes[0])
    else:  # each lane's LIMIT (and lock) in a derived table of its own, then their union
        chosen = " UNION ALL ".join(f"SELECT lane{n}.id FROM ({candidates(n, by_kind)}) AS lane{n}"
                                    for n, by_kind in enumerate(lanes))
    columns = Job.__table__.c
    return text(
        "UPDATE jobs SET state = 'running', locked_by = :worker, lease_until = :until, "
        f"attempts = jobs.attempts + 1 WHERE jobs.id IN ({chosen}) RETURNING jobs.id, "
        "jobs.kind, jobs.payload, jobs.attempts, jobs.run_after"
    ).bindparams(
        bindparam("now", type_=columns.run_after.type),
        bindparam("until", type_=columns.lease_until.type),
        *[bindparam(f"kinds{n}", expanding=True) for n, by_kind in enumerate(lanes) if by_kind],
        *([bindparam("ids", expanding=True)] if by_id else []),
    ).columns(columns.id, columns.kind, columns.payload, columns.attempts, columns.run_after)


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


async def heartbeat(
    sessions: async_sessionmaker[AsyncSession],
    *,
    worker_id: str,
    lease_seconds: float,
    now: datetime | None = None,
) -> int:
    """Extend the lease of every job this worker runs, in one statement; how many it holds.
    A job another worker has taken over is no longer this worker's and is not extended."""
    async with sessions() as session, session.begin():
        result = await session.execute(
            update(Job)
            .where(Job.locked_by == worker_id, Job.state == JobState.RUNNING)
            .values(lease_until=(now or clock_of(session).now()) + timedelta(seconds=lease_seconds))
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount)  # type: ignore[attr-defined]


async def renew(
    sessions: async_sessionmaker[AsyncSession], job: ClaimedJob, *, lease_seconds: float
) -> bool:
    """Extend one job's lease; False when another worker has taken the job over."""
    async with sessions() as session, session.begin():
        result = await session.execute(
            update(Job)
            .where(Job.id == job.id, Job.locked_by == job.worker_id, Job.state == JobState.RUNNING)
            .values(lease_until=clock_of(session).now() + timedelta(seconds=lease_seconds))
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]


_FINISH = text(
    "UPDATE jobs SET state = 'done', finished_at = :now, lease_until = NULL, last_error = NULL "
    "WHERE id = :id AND locked_by = :worker AND state = 'running'"
).bindparams(bindparam("now", type_=Job.__table__.c.finished_at.type))
_NOTE = text(
    "UPDATE jobs SET payload = :payload WHERE id = :id AND locked_by = :worker "
    "AND state = 'running'"
).bindparams(bindparam("payload", type_=Job.__table__.c.payload.type))


async def finish(session: AsyncSession, job: ClaimedJob) -> bool:
    """Mark done in the caller's transaction, only if this worker still holds the job. (SQL
    text: it ends every job, and an ORM statement costs more to build than to run.)"""
    result = await session.execute(
        _FINISH, {"now": clock_of(session).now(), "id": job.id, "worker": job.worker_id})
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def note(session: AsyncSession, job: ClaimedJob, payload: dict[str, Any]) -> bool:
    """Replace the job's payload in the caller's transaction (what a re-run needs to know),
    only if this worker still holds the job."""
    result = await session.execute(
        _NOTE, {"payload": payload, "id": job.id, "worker": job.worker_id})
    return bool(result.rowcount)  # type: ignore[attr-defined]


def backoff_seconds(
    attempt: int, *, base: float, cap: float = 3600.0, jitter: Jitter = SYSTEM_CLOCK.jitter
) -> float:
    """Exponential backoff with full jitter: in [base, base * 2**(attempt-1)], drawn by
    `jitter` (pass the runtime clock's, so a test can pick the delay)."""
    ceiling = min(cap, base * (2 ** max(0, attempt - 1)))
    return jitter(min(base, ceiling), ceiling)


async def retry_later(
    session: AsyncSession,
    job: ClaimedJob,
    *,
    error: str,
    delay: float,
    max_attempts: int,
) -> JobState | None:
    """Put the job back for a later try, or mark it dead past `max_attempts`. Returns the new
    state, or None when this worker no longer holds the job (nothing was changed)."""
    state = JobState.DEAD if job.attempts >= max_attempts else JobState.QUEUED
    now = clock_of(session).now()
    result = await session.execute(
        update(Job)
        .where(Job.id == job.id, Job.locked_by == job.worker_id, Job.state == JobState.RUNNING)
        .values(
            state=state,
            run_after=now + timedelta(seconds=delay),
            lease_until=None,
            locked_by=None,
            last_error=error[:2000],
            finished_at=now if state == JobState.DEAD else None,
        )
        .returning(Job.id)
    )
    return state if result.scalar() is not None else None
