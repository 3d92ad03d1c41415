"""A prototype, for the bench only: the gateway's worker with several concurrent job slots.

`app.worker.Worker.run_forever` runs one job at a time, so drafting is serialized behind each
model call. This runs the same handlers (`app.tasks.handlers`) with one claiming loop and up to
`--slots` jobs in flight, which is the change proposed for `app/worker.py`. Started as
`python -m benchmarks.slot_worker --slots N` with the gateway's settings in the environment.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal

from app import jobs
from app.config import Settings
from app.jobs import ClaimedJob
from app.runtime import build_runtime
from app.tasks import make_worker
from app.worker import LeaseLost, RetryLater, Worker

log = logging.getLogger("benchmarks.slot_worker")


async def run_claimed(worker: Worker, job: ClaimedJob) -> None:
    """What `Worker.run_once` does after its claim (copied: the app has no public hook for it)."""
    renewer = asyncio.create_task(worker._renew(job))
    try:
        await worker.handlers[job.kind](worker, job)
    except LeaseLost:
        log.warning("job %s (%s) lost its lease", job.id, job.kind)
    except RetryLater as exc:
        await worker._retry(job, str(exc), exc.delay)
    except Exception as exc:  # as in Worker.run_once: a handler bug must not kill the loop
        log.exception("job %s (%s) failed", job.id, job.kind)
        await worker._retry(job, f"{type(exc).__name__}: {exc}", None)
    finally:
        renewer.cancel()


async def run_slots(worker: Worker, *, slots: int, stop: asyncio.Event) -> None:
    """Claim jobs while a slot is free; poll at the configured interval when none is due."""
    free = asyncio.Semaphore(slots)
    running: set[asyncio.Task[None]] = set()

    def done(task: asyncio.Task[None]) -> None:
        running.discard(task)
        free.release()

    try:
        while not stop.is_set():
            await free.acquire()
            job = None
            try:
                job = await jobs.claim(
                    worker.runtime.sessions, worker_id=worker.worker_id,
                    lease_seconds=worker.settings.job_lease_seconds, kinds=tuple(worker.handlers),
                )
            except Exception:  # the database may be briefly busy; keep polling like the worker
                log.exception("claim failed")
            if job is None:
                free.release()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), worker.settings.worker_poll_seconds)
                continue
            task = asyncio.create_task(run_claimed(worker, job))
            running.add(task)
            task.add_done_callback(done)
    finally:
        await asyncio.gather(*running, return_exceptions=True)


async def amain(slots: int) -> None:
    runtime = build_runtime(Settings())
    worker = make_worker(runtime)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    log.info("slot worker %s started with %d slots", worker.worker_id, slots)
    try:
        await run_slots(worker, slots=slots, stop=stop)
    finally:
        await runtime.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--slots", type=int, default=32)
    args = parser.parse_args()
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    asyncio.run(amain(args.slots))


if __name__ == "__main__":
    main()
