"""One process of the last-slot race: approve one draft the moment every process is ready.

Run with the spawn start method; each process has its own engine and connections, so the only
thing arbitrating between them is the database.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

from app.bookings.desk import BookingDesk
from app.bookings.payments import DryRunPayments
from app.clock import Clock
from app.db import create_engine, session_factory
from app.review import service
from orchestrator.catalog import load_catalog
from vocabulary.settings import Settings


async def _approve(db_url: str, catalog: Path, now: datetime, draft_id: int,
                   barrier: Barrier) -> tuple[int, bool, str]:
    settings = Settings(_env_file=None, database_url=db_url)  # type: ignore[call-arg]
    engine = create_engine(db_url)
    clock = Clock(fixed=now)
    sessions = session_factory(engine, clock=clock.now)
    desk = BookingDesk(catalog=load_catalog(catalog), clock=clock,
                       payments=DryRunPayments(public_base_url="https://gateway.example.com"),
                       settings=settings)
    async with sessions() as session:  # connect before the start line, not after it
        await session.connection()
    try:
        await asyncio.to_thread(barrier.wait, 60)
        async with sessions() as session, session.begin():
            decision = await service.approve(session, draft_id=draft_id, actor=f"race:{draft_id}",
                                             bookings=desk)
        return draft_id, decision.ok, decision.message
    finally:
        await engine.dispose()


def approve_at_once(db_url: str, catalog: str, now: datetime, draft_id: int, barrier: Barrier,
                    results: Any) -> None:
    """Process entry point: put (draft id, approved?, message) on `results`."""
    results.put(asyncio.run(_approve(db_url, Path(catalog), now, draft_id, barrier)))
