"""Console sessions kept server-side: the cookie carries a random session id, the database its
SHA-256, so sign-out (or an expired session) ends a saved cookie on every process at once."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.models import ConsoleSession


def _key(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


class ConsoleSessions:
    """Create, check and end signed-in sessions."""

    def __init__(
        self,
        *,
        sessions: async_sessionmaker[AsyncSession],
        clock: Callable[[], datetime],
        lifetime_seconds: float,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._lifetime = timedelta(seconds=lifetime_seconds)

    async def create(self, reviewer: str) -> str:
        """A new session for `reviewer`; returns the id the cookie carries."""
        session_id = secrets.token_urlsafe(32)
        now = self._clock()
        async with self._sessions() as db, db.begin():
            # Rows of sessions long over are not needed for anything.
            await db.execute(delete(ConsoleSession).where(
                ConsoleSession.expires_at < now - timedelta(days=1)))
            db.add(ConsoleSession(id=_key(session_id), reviewer=reviewer, created_at=now,
                                  expires_at=now + self._lifetime))
        return session_id

    async def is_live(self, session_id: str) -> bool:
        """Whether the session exists, has not been ended and has not expired."""
        async with self._sessions() as db:
            row = (
                await db.execute(
                    select(ConsoleSession.expires_at, ConsoleSession.ended_at).where(
                        ConsoleSession.id == _key(session_id))
                )
            ).first()
        return row is not None and row.ended_at is None and row.expires_at > self._clock()

    async def end(self, session_id: str) -> None:
        """Sign-out: the session's cookie stops working everywhere."""
        async with self._sessions() as db, db.begin():
            await db.execute(
                update(ConsoleSession)
                .where(ConsoleSession.id == _key(session_id), ConsoleSession.ended_at.is_(None))
                .values(ended_at=self._clock())
            )
