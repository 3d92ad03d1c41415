"""The gateway's one clock: the wall clock, or an instant a test sets and moves.

Every scheduling decision (job run times and leases, retry backoff, draft expiry, the flood
window, decision times, budgets, bookings) reads the runtime's clock instead of the wall clock,
so a test can freeze time and assert exact delays. The runtime's sessions carry the same clock
(`clock_of(session)`), so code that already has a session needs no extra argument.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Session

CLOCK_KEY = "clock"


@dataclass
class Clock:
    """`now()` is timezone-aware UTC. Tests set `fixed` (and `advance` it) instead of sleeping;
    `jitter_with` chooses the backoff jitter (default `random.uniform`)."""

    fixed: datetime | None = None
    jitter_with: Callable[[float, float], float] | None = None

    def now(self) -> datetime:
        return self.fixed if self.fixed is not None else datetime.now(UTC)

    def __call__(self) -> datetime:
        """The clock as a plain `() -> datetime` callable, for code that only reads the time."""
        return self.now()

    def advance(self, delta: timedelta | float) -> datetime:
        """Move a fixed clock forward (a wall clock is fixed at its current time first);
        a number is seconds."""
        step = delta if isinstance(delta, timedelta) else timedelta(seconds=delta)
        self.fixed = self.now() + step
        return self.fixed

    def jitter(self, low: float, high: float) -> float:
        """A number in [low, high] (spreads retries of many jobs apart)."""
        return (self.jitter_with or random.uniform)(low, high)


SYSTEM_CLOCK = Clock()


def clock_of(session: AsyncSession | Session) -> Clock:
    """The clock of the runtime that made `session` (the wall clock for any other)."""
    clock: Clock = session.info.get(CLOCK_KEY, SYSTEM_CLOCK)
    return clock


def sessions_clock(sessions: async_sessionmaker[AsyncSession]) -> Clock:
    """The clock its sessions carry (`clock_of` any of them), without making a session."""
    clock: Clock = (sessions.kw.get("info") or {}).get(CLOCK_KEY, SYSTEM_CLOCK)
    return clock
