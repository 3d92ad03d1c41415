"""The background worker: claims jobs in batches and runs their handlers, renewing the leases of
everything it runs with one heartbeat.

Runs inside `gateway serve` or alone as `gateway worker`; any number of workers may share one
database. A handler commits its result and the job's completion in one transaction through
`Worker.completing`, so a crash before that commit leaves the job to be run again.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import os
import socket
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app import collector, job_claims, jobs, pg_pool
from app.db import own_statements
from app.jobs import ClaimedJob
from app.runtime import Runtime
from app.states import JobKind
from app.wakeup import libpq_url, listen
from vocabulary.settings import Settings

log = logging.getLogger(__name__)

Handler = Callable[["Worker", ClaimedJob], Awaitable[None]]
# Keyed by JobKind (and the bookings' BookingJob): StrEnums, equal to the stored kinds.
Handlers = Mapping[str, Handler]

HEARTBEATS_PER_LEASE = 5  # a lease survives four missed beats
CLAIM_BATCH = 32  # jobs claimed by one statement at most, per lane
# The webhook's appended deliveries: short and bound by the database, they run in slots of
# their own beside the `worker_concurrency` slots of every other kind. A burst of inbound
# messages so never fills every slot and never queues every draft it causes behind the whole
# burst (the database's connections serve transactions first come, first served): the drafts
# of the first messages start while the rest are still being stored. As many as a claim takes:
# the inbound jobs gate the drafts, so they keep a good share of the connections (4 slots
# measured no better; see docs/performance.md).
INGEST_KINDS = frozenset({JobKind.INBOUND, JobKind.STATUS})
INGEST_SLOTS = CLAIM_BATCH


class LeaseLost(Exception):
    """Another worker took the job over; this worker's result is discarded."""


class RetryLater(Exception):
    """A handler asks for the job to run again after `delay` seconds."""

    def __init__(self, message: str, *, delay: float | None = None) -> None:
        super().__init__(message)
        self.delay = delay


class Worker:
    """One worker loop. `handlers` maps job kinds to coroutines."""

    def __init__(
        self, *, runtime: Runtime, handlers: Handlers, worker_id: str | None = None
    ) -> None:
        self.runtime = runtime
        self.handlers = handlers
        self.worker_id = worker_id or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self._stop = asyncio.Event()
        self._held: set[int] = set()  # the jobs this worker runs now: the heartbeat renews these

    @property
    def settings(self) -> Settings:
        return self.runtime.settings

    @property
    def held_jobs(self) -> frozenset[int]:
        """The ids of the jobs this worker is running (their leases are renewed)."""
        return frozenset(self._held)

    @contextlib.asynccontextmanager
    async def completing(self, job: ClaimedJob) -> AsyncIterator[AsyncSession]:
        """A transaction that also marks `job` done; rolled back if the lease was lost."""
        async with self.runtime.sessions() as session, session.begin():
            yield session
            if not await jobs.finish(session, job):
                raise LeaseLost(f"job {job.id} was taken over")

    async def finish(self, job: ClaimedJob) -> None:
        """Mark `job` done when it has nothing else to write: one statement, without BEGIN and
        COMMIT round trips on PostgreSQL. LeaseLost when another worker has taken it over."""
        async with own_statements(self.runtime.sessions) as session:
            if not await jobs.finish(session, job):
                raise LeaseLost(f"job {job.id} was taken over")

    async def run_once(self) -> bool:
        """Claim and run one job; False when none was due."""
        return await self._claim_and_run(None)

    async def run_job_now(self, job_id: int) -> bool:
        """Run one particular job now if it is due and nobody holds it (a reviewer's decision
        has its review message refreshed at once); False when another worker has it."""
        return await self._claim_and_run(job_id)

    async def _claim_and_run(self, job_id: int | None) -> bool:
        job = await job_claims.claim(
            self.runtime.sessions,
            worker_id=self.worker_id,
            lease_seconds=self.settings.job_lease_seconds,
            kinds=tuple(self.handlers),
            job_id=job_id,
        )
        if job is None:
            return False
        await self.run_job(job)
        return True

    async def run_job(self, job: ClaimedJob) -> None:
        """Run one claimed job's handler; its failures become retries, never exceptions."""
        self._held.add(job.id)
        try:
            await self._run_handler(job)
        finally:
            self._held.discard(job.id)

    async def _run_handler(self, job: ClaimedJob) -> None:
        try:
            await self.handlers[job.kind](self, job)
        except LeaseLost:
            log.warning("job %s (%s) lost its lease; another worker runs it", job.id, job.kind)
        except RetryLater as exc:
            await self._retry(job, str(exc), exc.delay)
        except Exception as exc:  # a handler bug must not kill the loop; the job is retried
            log.exception("job %s (%s) failed", job.id, job.kind)
            await self._retry(job, f"{type(exc).__name__}: {exc}", None)

    async def _retry(self, job: ClaimedJob, error: str, delay: float | None) -> None:
        wait = delay if delay is not None else jobs.backoff_seconds(
            job.attempts, base=self.settings.retry_base_seconds, jitter=self.runtime.clock.jitter
        )
        async with self.runtime.sessions() as session, session.begin():
            state = await jobs.retry_later(
                session, job, error=error, delay=wait, max_attempts=self.settings.job_max_attempts
            )
        if state is None:
            log.warning("job %s (%s) failed after losing its lease: %s", job.id, job.kind, error)
        else:
            log.info("job %s (%s) %s: %s", job.id, job.kind, state, error)

    async def _heartbeat(self) -> None:
        """Renew the leases of the jobs this worker runs, in one statement, several times a
        lease: a worker that dies stops renewing, and its jobs are taken over within a lease.
        Only the jobs it holds in memory: rows of a claim whose answer was lost are left to
        expire and be taken over."""
        lease = self.settings.job_lease_seconds
        while True:
            await asyncio.sleep(lease / HEARTBEATS_PER_LEASE)
            held = sorted(self._held)
            if not held:
                continue
            try:
                if self.runtime.appender is not None:  # not behind the pool: see app.append
                    until = self.runtime.clock.now() + timedelta(seconds=lease)
                    await self.runtime.appender.touch_leases(worker_id=self.worker_id,
                                                             ids=held, until=until)
                else:
                    await jobs.heartbeat(self.runtime.sessions, worker_id=self.worker_id,
                                         ids=held, lease_seconds=lease)
            except Exception:  # the database may be briefly unavailable; the next beat retries
                log.exception("lease heartbeat failed")

    async def drain(self, *, limit: int = 1000) -> int:
        """Run due jobs until none is left (tests and `gateway chat`); returns how many ran."""
        count = 0
        beat = asyncio.create_task(self._heartbeat())
        try:
            while count < limit and await self.run_once():
                count += 1
        finally:
            beat.cancel()
        return count

    async def run_forever(self, *, periodic: Callable[[], Awaitable[None]] | None = None) -> None:
        """Run up to `settings.worker_concurrency` jobs at once until `stop()`; `periodic` runs
        about every 30 seconds. Concurrency matters because a draft spends most of its time
        waiting on the model: one at a time would draft a burst of inquiries in a row."""
        helpers = [asyncio.create_task(self._heartbeat())]
        conninfo = libpq_url(self.settings.database_url)
        if conninfo is not None:
            helpers.append(asyncio.create_task(listen(conninfo, self.runtime.wake)))
        helpers.append(asyncio.create_task(self._warm()))
        if conninfo is not None:
            helpers.append(asyncio.create_task(self._open_connections()))
        dispatcher = asyncio.create_task(self._dispatch())
        loop = asyncio.get_running_loop()
        last_periodic = 0.0
        try:
            while not self._stop.is_set():
                if periodic and loop.time() - last_periodic > 30:
                    last_periodic = loop.time()
                    try:
                        await periodic()
                    except Exception:  # housekeeping failing must not stop the worker
                        log.exception("periodic housekeeping failed")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), 5)
        finally:
            self._stop.set()
            await asyncio.gather(dispatcher, return_exceptions=True)
            for helper in helpers:
                helper.cancel()
            await asyncio.gather(*helpers, return_exceptions=True)

    async def _open_connections(self) -> None:
        """Open the database pool's connections now, not during the first burst (app.pg_pool)."""
        try:
            opened = await pg_pool.open_connections(self.runtime.engine)
        except Exception:  # the jobs open what they need as they run
            log.exception("opening the database connections ahead of the first job failed")
        else:
            log.debug("opened %s database connections", opened)

    async def _warm(self) -> None:
        """Load the senders' SDKs now, not between a reviewer's click and the first send, and the
        date parser and the English word list the drafts use; then freeze what is loaded out of
        the garbage collector's passes and space the passes out (`app.collector`)."""
        # Imported here: app.inbox (on the webhook's path) imports this module.
        from orchestrator.dates import load_parser
        from orchestrator.reading.spelling import common_words

        try:
            await self.runtime.channels.warm()
            await asyncio.to_thread(load_parser)
            await asyncio.to_thread(common_words)
        except Exception:  # the first send meets the same error and reports it
            log.exception("loading the senders ahead of the first send failed")
        collector.settle()

    async def _dispatch(self) -> None:
        """Claim as many due jobs as there are free slots, in one statement, and run each in
        its own task; then sleep until a commit or a notification says new jobs are queued, a
        slot frees up in a lane that was full, or the poll interval passes (retries coming due;
        the safety net). Two lanes: the webhook's deliveries (`INGEST_KINDS`) in
        `INGEST_SLOTS` slots of their own, every other kind in `worker_concurrency` slots."""
        ready = self.runtime.work_ready
        kinds = (tuple(k for k in self.handlers if k not in INGEST_KINDS),
                 tuple(k for k in self.handlers if k in INGEST_KINDS))
        slots = (self.settings.worker_concurrency, INGEST_SLOTS)
        running: tuple[set[asyncio.Task[None]], set[asyncio.Task[None]]] = (set(), set())

        def finished(lane: int, task: asyncio.Task[None]) -> None:
            if len(running[lane]) >= slots[lane]:  # it was full: its next job may be waiting
                ready.set()
            running[lane].discard(task)

        while not self._stop.is_set():
            ready.clear()
            lanes = [job_claims.Lane(kinds[n], min(slots[n] - len(running[n]), CLAIM_BATCH))
                     for n in (0, 1)]
            if any(lane.kinds and lane.limit > 0 for lane in lanes):
                try:
                    claimed = await job_claims.claim_lanes(
                        self.runtime.sessions, worker_id=self.worker_id,
                        lease_seconds=self.settings.job_lease_seconds, lanes=lanes)
                except Exception:  # the database may be briefly unavailable; keep going
                    log.exception("claiming jobs failed")
                    claimed = []
                # Replies a reviewer approved start first: a click waits on them, not on the
                # review-message updates and housekeeping claimed with them.
                got = [0, 0]
                for job in sorted(claimed, key=lambda job: (job.kind != JobKind.SEND,
                                                            job.kind in INGEST_KINDS)):
                    lane = int(job.kind in INGEST_KINDS)
                    got[lane] += 1
                    task = asyncio.create_task(self.run_job(job))
                    running[lane].add(task)
                    task.add_done_callback(functools.partial(finished, lane))
                # There may be more for a lane that took all it asked for and has room left (a
                # lane now full waits for one of its slots: its finished job wakes this loop).
                if any(lane.kinds and got[n] == lane.limit > 0 and len(running[n]) < slots[n]
                       for n, lane in enumerate(lanes)):
                    continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(ready.wait(), self.settings.worker_poll_seconds)
        pending = [*running[0], *running[1]]
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)

    def stop(self) -> None:
        self._stop.set()
        self.runtime.work_ready.set()
