"""The app's clock: what time it is, and the jitter of retry backoff.

Every scheduling decision (job run times and leases, retry backoff, draft expiry, the flood
window, decision times) reads the runtime's clock instead of the wall clock, so a test can
freeze time and assert exact delays. The runtime's sessions carry it (`clock_of(session)`), so
code that already has a session needs no extra argument.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

CLOCK_KEY = "clock"


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""
        ...

    def jitter(self, low: float, high: float) -> float:
        """A number in [low, high] (spreads retries of many jobs apart)."""
        ...


class SystemClock:
    """The wall clock and `random.uniform`."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def jitter(self, low: float, high: float) -> float:
        return random.uniform(low, high)


SYSTEM_CLOCK = SystemClock()


def clock_of(session: AsyncSession | Session) -> Clock:
    """The clock of the runtime that made `session` (the system clock for any other)."""
    clock: Clock = session.info.get(CLOCK_KEY, SYSTEM_CLOCK)
    return clock
