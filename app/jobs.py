"""The durable job queue in the database.

Callers enqueue in their own transaction, so a stored message and its job commit together; a
webhook appends its delivery as a job in one statement (`app.job_append`). Workers claim in one
statement (`app.job_claims`), with a short lease that the worker's heartbeat renews while it
runs the job. A job
whose lease ran out, because its worker died, is claimed again by another worker within
seconds.

Jobs with a partition key (one customer's deliveries) run one at a time, oldest first: only the
oldest unfinished job of a key is claimable, so no two workers ever process one conversation at
once and its messages are handled in the order they arrived.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, event, text, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Session

from app.bookings.states import BookingJob
from app.clock import SYSTEM_CLOCK, clock_of
from app.models import Job
from app.states import JobKind, JobState
from app.wakeup import NOTIFY_SQL

UNFINISHED = (JobState.QUEUED, JobState.RUNNING)
Jitter = Callable[[float, float], float]
# On PostgreSQL the beat skips the rows locked at that moment: by a job's own transaction
# finishing it or noting its progress (committing within moments), or by another worker's
# claim. Waiting for them, the beat held the locks of the rows it had already renewed,
# and the worker's other jobs finishing queued behind it (during a burst of 200 drafts on two
# workers, 7.8 ms of the beat's and 1.1 ms of the finishes' waiting an inquiry). A row skipped
# is renewed by the next beat, a fifth of a lease later.
# Only the jobs the worker holds in memory (`ids`) are renewed, not every row carrying its id: a
# claim that committed but whose answer never reached the worker (the connection dropped
# mid-statement) leaves rows locked by it that it does not know of, and renewing those would
# keep them from every other worker for as long as this one lives.
HEARTBEAT_SQL = {
    True: "UPDATE jobs SET lease_until = %(until)s WHERE id IN (SELECT id FROM jobs WHERE "
          "id = ANY(%(ids)s) AND locked_by = %(worker)s AND state = 'running' "
          "FOR UPDATE SKIP LOCKED) AND locked_by = %(worker)s AND state = 'running'",
    False: "UPDATE jobs SET lease_until = ? WHERE locked_by = ? AND state = 'running' "
           "AND id IN (SELECT value FROM json_each(?))",
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


async def heartbeat(
    sessions: async_sessionmaker[AsyncSession],
    *,
    worker_id: str,
    ids: Collection[int],
    lease_seconds: float,
    now: datetime | None = None,
) -> int:
    """Extend the lease of the jobs this worker runs (`ids`), in one statement; how many it
    holds. A job another worker has taken over is no longer this worker's and is not extended,
    nor is a row locked by this worker that it does not hold (see HEARTBEAT_SQL)."""
    if not ids:
        return 0
    async with sessions() as session, session.begin():
        result = await session.execute(
            update(Job)
            .where(Job.locked_by == worker_id, Job.state == JobState.RUNNING, Job.id.in_(ids))
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
