"""Sign-in throttle: wrong passwords are counted per client address and over all clients within
a sliding window; past either limit the sign-in form answers 429 with Retry-After and the
password is not even compared. The check, the comparison and the recording of a failure run in
one transaction (serialized on SQLite, under an advisory lock on PostgreSQL), so a burst of
parallel guesses cannot slip past the limit together."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.models import SignInFailure

_PG_LOCK = 72731014  # pg_advisory_xact_lock key of the sign-in throttle


@dataclass(frozen=True, slots=True)
class ThrottleLimits:
    """At most `per_client` failures from one address and `overall` from all addresses within
    `window_seconds`."""

    per_client: int = 5
    overall: int = 50
    window_seconds: float = 900.0


@dataclass(frozen=True, slots=True)
class Verdict:
    """`ok`: the password was right. `retry_after`: seconds to wait (throttled, not checked)."""

    ok: bool
    retry_after: int | None = None


class SignInThrottle:
    """Counts failed sign-ins in the database, so every web process shares the limits."""

    def __init__(
        self,
        *,
        sessions: async_sessionmaker[AsyncSession],
        clock: Callable[[], datetime],
        limits: ThrottleLimits,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self.limits = limits

    async def attempt(self, client: str, verify: Callable[[], bool]) -> Verdict:
        """Run `verify` (the password comparison) unless `client` or everyone is throttled."""
        client = client[:64]
        now = self._clock()
        async with self._sessions() as db, db.begin():
            if db.get_bind().dialect.name == "postgresql":
                await db.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
            wait = await self._wait(db, client, now)
            if wait is not None:
                return Verdict(False, wait)
            if verify():
                await db.execute(delete(SignInFailure).where(SignInFailure.client == client))
                return Verdict(True)
            window = timedelta(seconds=self.limits.window_seconds)
            await db.execute(delete(SignInFailure).where(SignInFailure.at < now - window))
            db.add(SignInFailure(client=client, at=now))
        return Verdict(False)

    async def _wait(self, db: AsyncSession, client: str, now: datetime) -> int | None:
        """Seconds until a failure leaves the window so that both counts are under their
        limits again, or None when neither limit is reached."""
        window = timedelta(seconds=self.limits.window_seconds)
        waits = []
        for limit, where in ((self.limits.per_client, SignInFailure.client == client),
                             (self.limits.overall, None)):
            query = select(SignInFailure.at).where(SignInFailure.at > now - window)
            if where is not None:
                query = query.where(where)
            newest = (await db.execute(query.order_by(SignInFailure.at.desc()).limit(limit)))
            times = list(newest.scalars())
            if len(times) >= limit:
                # The limit-th newest failure must age out before one more attempt is allowed.
                waits.append((times[-1] + window - now).total_seconds())
        if not waits:
            return None
        return max(1, math.ceil(max(waits)))
