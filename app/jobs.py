"""The durable job queue in the database.

Callers enqueue in their own transaction, so a stored message and its job commit together.
Workers claim with a lease (`FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite serializes writers and
the conditional update makes the claim safe there too). A job whose lease ran out, because its
worker died, is claimed again by another worker.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, event, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Session

from app.models import Job, utcnow


@dataclass(frozen=True, slots=True)
class ClaimedJob:
    """A job a worker holds until `lease_until`."""

    id: int
    kind: str
    payload: dict[str, Any]
    attempts: int
    worker_id: str


def enqueue(
    session: AsyncSession,
    *,
    kind: str,
    payload: dict[str, Any],
    dedupe_key: str | None = None,
    run_after: datetime | None = None,
) -> Job:
    """Add a job in the caller's transaction, due at `run_after` (default: now, by the clock the
    session factory was given)."""
    clock = session.info.get(CLOCK, utcnow)
    job = Job(kind=kind, payload=payload, dedupe_key=dedupe_key, run_after=run_after or clock())
    session.add(job)
    session.info[ENQUEUED] = True
    return job


ENQUEUED = "jobs_enqueued"
WAKE = "wake_workers"
CLOCK = "clock"


@event.listens_for(Session, "after_commit")
def _wake_after_commit(session: Session) -> None:
    """Wake this process's idle worker slots once new jobs are committed (others poll)."""
    if session.info.pop(ENQUEUED, False):
        wake = session.info.get(WAKE)
        if wake is not None:
            wake()


@event.listens_for(Session, "after_rollback")
def _forget_after_rollback(session: Session) -> None:
    session.info.pop(ENQUEUED, None)


def _claimable(now: datetime):  # type: ignore[no-untyped-def]
    return or_(
        and_(Job.state == "queued", Job.run_after <= now),
        and_(Job.state == "running", Job.lease_until < now),
    )


async def claim(
    sessions: async_sessionmaker[AsyncSession],
    *,
    worker_id: str,
    lease_seconds: float,
    kinds: tuple[str, ...] | None = None,
    now: datetime | None = None,
) -> ClaimedJob | None:
    """Take the oldest due job (or one whose lease expired), or None when there is none."""
    now = now or utcnow()
    async with sessions() as session, session.begin():
        query = select(Job.id).where(_claimable(now)).order_by(Job.run_after, Job.id).limit(1)
        if kinds:
            query = query.where(Job.kind.in_(kinds))
        job_id = (await session.execute(query.with_for_update(skip_locked=True))).scalar()
        if job_id is None:
            return None
        result = await session.execute(
            update(Job)
            .where(Job.id == job_id, _claimable(now))
            .values(
                state="running",
                locked_by=worker_id,
                lease_until=now + timedelta(seconds=lease_seconds),
                attempts=Job.attempts + 1,
            )
            .returning(Job.kind, Job.payload, Job.attempts)
        )
        row = result.first()
        if row is None:
            return None
        return ClaimedJob(job_id, row.kind, dict(row.payload), row.attempts, worker_id)


async def renew(
    sessions: async_sessionmaker[AsyncSession], job: ClaimedJob, *, lease_seconds: float
) -> bool:
    """Extend the lease; False when another worker has taken the job over."""
    async with sessions() as session, session.begin():
        result = await session.execute(
            update(Job)
            .where(Job.id == job.id, Job.locked_by == job.worker_id, Job.state == "running")
            .values(lease_until=utcnow() + timedelta(seconds=lease_seconds))
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]


async def finish(session: AsyncSession, job: ClaimedJob) -> bool:
    """Mark done in the caller's transaction, only if this worker still holds the job."""
    result = await session.execute(
        update(Job)
        .where(Job.id == job.id, Job.locked_by == job.worker_id, Job.state == "running")
        .values(state="done", finished_at=utcnow(), lease_until=None, last_error=None)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def backoff_seconds(attempt: int, *, base: float, cap: float = 3600.0) -> float:
    """Exponential backoff with full jitter: uniform in [base, base * 2**(attempt-1)]."""
    ceiling = min(cap, base * (2 ** max(0, attempt - 1)))
    return random.uniform(min(base, ceiling), ceiling)


async def retry_later(
    session: AsyncSession,
    job: ClaimedJob,
    *,
    error: str,
    delay: float,
    max_attempts: int,
) -> str:
    """Put the job back for a later try, or mark it dead past `max_attempts`. Returns the new
    state, or "lost" when this worker no longer holds the job (nothing was changed)."""
    state = "dead" if job.attempts >= max_attempts else "queued"
    result = await session.execute(
        update(Job)
        .where(Job.id == job.id, Job.locked_by == job.worker_id, Job.state == "running")
        .values(
            state=state,
            run_after=utcnow() + timedelta(seconds=delay),
            lease_until=None,
            locked_by=None,
            last_error=error[:2000],
            finished_at=utcnow() if state == "dead" else None,
        )
        .returning(Job.id)
    )
    return state if result.scalar() is not None else "lost"
