"""A clock for tests: time stands still until the test moves it, and backoff jitter is chosen,
so scheduled delays and windows can be asserted exactly."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta


class FrozenClock:
    """`now()` is `start` (default: the wall clock when made) plus what `advance` added.
    `jitter(low, high)` is `high` (the longest backoff) unless `jitter` is given."""

    def __init__(self, start: datetime | None = None, *,
                 jitter: Callable[[float, float], float] | None = None) -> None:
        self._now = start or datetime.now(UTC)
        self._jitter = jitter or (lambda _low, high: high)

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> datetime:
        self._now += timedelta(seconds=seconds)
        return self._now

    def jitter(self, low: float, high: float) -> float:
        return self._jitter(low, high)
