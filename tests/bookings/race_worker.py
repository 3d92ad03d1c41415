"""One process of the last-slot race (python -m tests.bookings.race_worker DB_URL CATALOG NOW
DRAFT_ID): connect, print "ready", wait for "go" on stdin, approve the draft, print the outcome
as JSON. Each process has its own engine and connections, so only the database arbitrates."""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import datetime
from pathlib import Path

from app.bookings.desk import BookingDesk
from app.bookings.payments import DryRunPayments
from app.clock import Clock
from app.db import create_engine, session_factory
from app.review import service
from orchestrator.catalog import load_catalog
from vocabulary.settings import Settings


async def approve_when_told(db_url: str, catalog: Path, now: datetime, draft_id: int) -> dict[str, object]:
    settings = Settings(_env_file=None, database_url=db_url)  # type: ignore[call-arg]
    engine = create_engine(db_url)
    clock = Clock(fixed=now)
    sessions = session_factory(engine, clock=clock.now)
    desk = BookingDesk(catalog=load_catalog(catalog), clock=clock,
                       payments=DryRunPayments(public_base_url="https://gateway.example.com"),
                       settings=settings)
    try:
        async with sessions() as session:  # connect before the start line, not after it
            await session.connection()
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        assert (await asyncio.to_thread(sys.stdin.readline)).strip() == "go"
        async with sessions() as session, session.begin():
            decision = await service.approve(session, draft_id=draft_id, actor=f"race:{draft_id}",
                                             bookings=desk)
        return {"draft_id": draft_id, "ok": decision.ok, "message": decision.message}
    finally:
        await engine.dispose()


if __name__ == "__main__":
    url, catalog_path, now_text, draft = sys.argv[1:5]
    result = asyncio.run(approve_when_told(url, Path(catalog_path), datetime.fromisoformat(now_text),
                                           int(draft)))
    sys.stdout.write(json.dumps(result) + "\n")
