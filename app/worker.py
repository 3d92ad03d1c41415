"""The background worker: claims jobs and runs their handlers, renewing the lease meanwhile.

Runs inside `gateway serve` or alone as `gateway worker`; any number of workers may share one
database. A handler commits its result and the job's completion in one transaction through
`Worker.completing`, so a crash before that commit leaves the job to be run again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app import jobs
from app.jobs import ClaimedJob
from app.runtime import Runtime

log = logging.getLogger(__name__)

Handler = Callable[["Worker", ClaimedJob], Awaitable[None]]


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
        self, *, runtime: Runtime, handlers: dict[str, Handler], worker_id: str | None = None
    ) -> None:
        self.runtime = runtime
        self.handlers = handlers
        self.worker_id = worker_id or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self._stop = asyncio.Event()

    @property
    def settings(self) -> Any:
        return self.runtime.settings

    @contextlib.asynccontextmanager
    async def completing(self, job: ClaimedJob) -> AsyncIterator[AsyncSession]:
        """A transaction that also marks `job` done; rolled back if the lease was lost."""
        async with self.runtime.sessions() as session, session.begin():
            yield session
            if not await jobs.finish(session, job):
                raise LeaseLost(f"job {job.id} was taken over")

    async def run_once(self) -> bool:
        """Claim and run one job; False when none was due."""
        job = await jobs.claim(
            self.runtime.sessions,
            worker_id=self.worker_id,
            lease_seconds=self.settings.job_lease_seconds,
            kinds=tuple(self.handlers),
            now=self.runtime.clock(),
        )
        if job is None:
            return False
        renewer = asyncio.create_task(self._renew(job))
        try:
            await self.handlers[job.kind](self, job)
        except LeaseLost:
            log.warning("job %s (%s) lost its lease; another worker runs it", job.id, job.kind)
        except RetryLater as exc:
            await self._retry(job, str(exc), exc.delay)
        except Exception as exc:  # a handler bug must not kill the loop; the job is retried
            log.exception("job %s (%s) failed", job.id, job.kind)
            await self._retry(job, f"{type(exc).__name__}: {exc}", None)
        finally:
            renewer.cancel()
        return True

    async def _retry(self, job: ClaimedJob, error: str, delay: float | None) -> None:
        wait = delay if delay is not None else jobs.backoff_seconds(
            job.attempts, base=self.settings.retry_base_seconds
        )
        async with self.runtime.sessions() as session, session.begin():
            state = await jobs.retry_later(
                session, job, error=error, delay=wait, max_attempts=self.settings.job_max_attempts
            )
        if state == "lost":
            log.warning("job %s (%s) failed after losing its lease: %s", job.id, job.kind, error)
        else:
            log.info("job %s (%s) %s: %s", job.id, job.kind, state, error)

    async def _renew(self, job: ClaimedJob) -> None:
        lease = self.settings.job_lease_seconds
        while True:
            await asyncio.sleep(lease / 3)
            if not await jobs.renew(self.runtime.sessions, job, lease_seconds=lease):
                return

    async def drain(self, *, limit: int = 1000) -> int:
        """Run due jobs until none is left (tests and `gateway chat`); returns how many ran."""
        count = 0
        while count < limit and await self.run_once():
            count += 1
        return count

    async def run_forever(self, *, periodic: Callable[[], Awaitable[None]] | None = None) -> None:
        """Run `settings.worker_concurrency` job slots until `stop()`; `periodic` runs about
        every 30 seconds. Slots matter because a draft spends most of its time waiting on the
        model: one slot would draft a burst of inquiries one after another."""
        slots = [asyncio.create_task(self._slot()) for _ in range(self.settings.worker_concurrency)]
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
            await asyncio.gather(*slots, return_exceptions=True)

    async def _slot(self) -> None:
        ready = self.runtime.work_ready
        while not self._stop.is_set():
            try:
                if await self.run_once():
                    continue
            except Exception:  # the database may be briefly unavailable; keep the slot alive
                log.exception("worker slot error")
            # Sleep until this process commits a job (webhook, decision) or the poll interval
            # passes (jobs from other processes, retries coming due).
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(ready.wait(), self.settings.worker_poll_seconds)
            ready.clear()

    def stop(self) -> None:
        self._stop.set()
        self.runtime.work_ready.set()
