"""The worker inside `gateway serve`, started once the server is serving.

Its job handlers (drafting with the model SDK, the senders, the reading's tables) are about half
of what `serve` would import before its first answer; the web side needs none of them to take
webhooks, since a webhook only appends its delivery. So they load in a thread after start-up,
and the worker then runs in a task of its own. Deliveries that arrive meanwhile wait in the
database as they do when a worker is busy: `/healthz` means the web side answers and takes
webhooks, not that the worker has started (the log's `in-process worker ... started` says so).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from app.runtime import Runtime
from app.worker import Worker

log = logging.getLogger(__name__)

MakeWorker = Callable[[Runtime], Worker]
Housekeeping = Callable[[Runtime], Awaitable[None]]


def load_handlers() -> tuple[MakeWorker, Housekeeping]:
    """Import the job handlers (the slow part; run in a thread)."""
    from app.tasks import housekeeping, make_worker

    return make_worker, housekeeping


class InProcessWorker:
    """Loads the handlers off the event loop, then runs one `Worker` until `stop()`."""

    def __init__(self, runtime: Runtime, *,
                 load: Callable[[], tuple[MakeWorker, Housekeeping]] | None = None) -> None:
        self._runtime = runtime
        self._load = load or load_handlers
        self.worker: Worker | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopped = False

    async def start(self) -> None:
        """Load the handlers in a thread (requests are still answered meanwhile), then start
        the worker's loop in a task. Does nothing once `stop()` was called."""
        make_worker, housekeeping = await asyncio.to_thread(self._load)
        if self._stopped:
            return
        rt = self._runtime
        self.worker = make_worker(rt)
        self._task = asyncio.create_task(self.worker.run_forever(periodic=lambda: housekeeping(rt)))
        log.info("in-process worker %s started", self.worker.worker_id)

    async def stop(self) -> None:
        """Stop the worker (its running jobs finish first); a start still loading stays unstarted."""
        self._stopped = True
        if self.worker is not None:
            self.worker.stop()
        if self._task is not None:
            await self._task
