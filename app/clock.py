"""The gateway's clock: the wall clock, or an instant a test sets and moves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta


@dataclass
class Clock:
    """`now()` is timezone-aware UTC. Tests set `fixed` (and `advance` it) instead of sleeping."""

    fixed: datetime | None = None

    def now(self) -> datetime:
        return self.fixed if self.fixed is not None else datetime.now(UTC)

    def __call__(self) -> datetime:
        """The clock as a plain `() -> datetime` callable, for code that only reads the time."""
        return self.now()

    def advance(self, delta: timedelta) -> datetime:
        """Move a fixed clock forward (a wall clock is fixed at its current time first)."""
        self.fixed = self.now() + delta
        return self.fixed
