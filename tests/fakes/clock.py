"""A clock for tests: time stands still until the test moves it, and backoff jitter is chosen,
so scheduled delays and windows can be asserted exactly. It is the app's one `Clock`, fixed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from app.clock import Clock


class FrozenClock(Clock):
    """`now()` is `start` (default: the wall clock when made) plus what `advance` added.
    `jitter(low, high)` is `high` (the longest backoff) unless `jitter` is given."""

    def __init__(self, start: datetime | None = None, *,
                 jitter: Callable[[float, float], float] | None = None) -> None:
        super().__init__(fixed=start or datetime.now(UTC),
                         jitter_with=jitter or (lambda _low, high: high))
