"""Group commit for the webhook's append: deliveries that arrive while an append is in flight
are appended together, in one INSERT, as soon as it returns.

Under load most of a webhook's database cost is per statement (the driver's round trip, the
hand-off to SQLite's thread, the commit), not per row; one statement for the deliveries of
several concurrent requests pays it once. Each request still waits for the statement holding
ITS rows to commit before it answers, so nothing is acknowledged that is not durable. Rows keep
their arrival order inside the statement (ids, and so each customer's order, follow it), and a
dedupe key that two deliveries of one batch share is appended once, for the first of them: the
second sees a duplicate, as it would have one statement later. A batch the database refuses is
retried delivery by delivery, so one unstorable delivery costs only its own request.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime

from app.job_append import NewJob

log = logging.getLogger(__name__)

# (id, kind, dedupe key) of each row a statement inserted.
Inserted = list[tuple[int, str, str]]
# Runs ONE statement for these jobs, each with the time it was appended at.
InsertRows = Callable[[Sequence[NewJob], Sequence[datetime]], Awaitable[Inserted]]

MAX_ROWS = 200  # per statement: well under either database's limit on bound parameters


class _Waiting:
    __slots__ = ("future", "new", "now")

    def __init__(self, new: Sequence[NewJob], now: datetime,
                 future: asyncio.Future[list[tuple[int, str]]]) -> None:
        self.new, self.now, self.future = new, now, future


class GroupCommit:
    """One append statement in flight at a time; the deliveries that arrive meanwhile go
    together into the next."""

    def __init__(self, *, insert: InsertRows, max_rows: int = MAX_ROWS) -> None:
        self._insert = insert
        self._max_rows = max_rows
        self._waiting: deque[_Waiting] = deque()
        self._flusher: asyncio.Task[None] | None = None

    async def append(self, new: Sequence[NewJob], *, now: datetime) -> list[tuple[int, str]]:
        """(id, kind) of the rows of `new` inserted, once the statement holding them committed
        (none for a dedupe key already there)."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[list[tuple[int, str]]] = loop.create_future()
        self._waiting.append(_Waiting(new, now, future))
        if self._flusher is None:
            self._flusher = loop.create_task(self._flush())
        return await future

    async def _flush(self) -> None:
        try:
            while self._waiting:
                batch: list[_Waiting] = []
                rows = 0
                while self._waiting and (not batch or rows + len(self._waiting[0].new)
                                         <= self._max_rows):
                    rows += len(self._waiting[0].new)
                    batch.append(self._waiting.popleft())
                await self._commit(batch)
        finally:
            self._flusher = None

    async def _commit(self, batch: list[_Waiting]) -> None:
        jobs = [job for waiting in batch for job in waiting.new]
        stamps = [waiting.now for waiting in batch for _ in waiting.new]
        try:
            inserted = await self._insert(jobs, stamps)
        except asyncio.CancelledError:
            for waiting in batch:
                waiting.future.cancel()
            raise
        except Exception as exc:
            if len(batch) == 1:
                _fail(batch[0], exc)
                return
            log.warning("a batch of %d appends failed (%s); appending each on its own",
                        len(batch), type(exc).__name__)
            for waiting in batch:
                await self._commit([waiting])
            return
        found = {key: (job_id, kind) for job_id, kind, key in inserted}
        for waiting in batch:
            mine = [found.pop(job.dedupe_key) for job in waiting.new if job.dedupe_key in found]
            if not waiting.future.done():
                waiting.future.set_result(mine)

    async def close(self) -> None:
        """Wait for the statement in flight and the deliveries queued behind it."""
        while self._flusher is not None:
            await asyncio.shield(self._flusher)


def _fail(waiting: _Waiting, exc: Exception) -> None:
    if not waiting.future.done():
        waiting.future.set_exception(exc)
