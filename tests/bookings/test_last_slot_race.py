"""Two holds can never take the last slot of a day: several processes approve drafts for the
same date at the same moment, and the database (unique day + slot number) lets exactly as many
through as the day has slots. Runs on SQLite and, with TEST_POSTGRES_URL, on PostgreSQL."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from app.models import AuditEvent, Booking, BookingSlot, Draft, Job
from app.runtime import Runtime
from tests.bookings.conftest import NOW, OpenApp, catalog_with, drain, sms
from tests.helpers import count

JUNE_13 = date(2026, 6, 13)
ROOT = Path(__file__).resolve().parents[2]


async def _drafts(runtime: Runtime, http: httpx.AsyncClient, n: int) -> list[int]:
    for i in range(n):
        await sms(http, f"SMrace{i:04d}", "Quote for 10 adults with filet mignon, ZIP 95630, "
                  "on Saturday June 13", sender=f"+191655502{i:02d}")
    await drain(runtime)
    async with runtime.sessions() as session:
        drafts = (await session.execute(select(Draft).order_by(Draft.id))).scalars().all()
    assert len(drafts) == n
    assert all(d.booking_action and d.booking_action["date"] == "2026-06-13" for d in drafts)
    return [d.id for d in drafts]


def _race(db_url: str, catalog: Path, draft_ids: list[int]) -> list[tuple[int, bool, str]]:
    """Start one process per draft, let them all connect, then say "go" to all at once."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.bookings.race_worker", db_url, str(catalog),
             NOW.isoformat(), str(draft_id)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
        for draft_id in draft_ids
    ]
    try:
        for proc in procs:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        out = []
        for proc in procs:
            stdout, _ = proc.communicate(timeout=120)
            assert proc.returncode == 0
            result = json.loads(stdout.strip().splitlines()[-1])
            out.append((result["draft_id"], result["ok"], result["message"]))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return sorted(out)


@pytest.mark.parametrize(("slots", "racers"), [(1, 4), (2, 5)])
async def test_processes_racing_for_the_last_slots(
    open_app: OpenApp, db_url: str, tmp_path: Path, slots: int, racers: int
) -> None:
    catalog = catalog_with(tmp_path, parties_per_day=str(slots))
    runtime, http = await open_app(business_catalog=catalog, stripe_secret_key="")
    draft_ids = await _drafts(runtime, http, racers)

    results = _race(db_url, catalog, draft_ids)

    winners = [draft_id for draft_id, ok, _ in results if ok]
    losers = [(draft_id, message) for draft_id, ok, message in results if not ok]
    assert len(winners) == slots
    assert all(message == "Saturday, June 13 is no longer open: its last slot was just taken. "
               "Edit the reply (remove the deposit line) or reject it." for _, message in losers)
    async with runtime.sessions() as session:
        bookings = (await session.execute(select(Booking))).scalars().all()
        taken = (await session.execute(select(BookingSlot))).scalars().all()
        states = dict((await session.execute(select(Draft.id, Draft.state))).all())
        # A refused approval left nothing behind: no audit entry, no job for the loser.
        holds = await count(session, AuditEvent, AuditEvent.action == "booking_hold")
        links = await count(session, Job, Job.kind == "booking_link")
    assert sorted(b.draft_id or 0 for b in bookings) == sorted(winners)  # winners are ids > 0
    assert all(b.status == "hold" for b in bookings)
    assert sorted(s.slot_no for s in taken) == list(range(1, slots + 1))
    assert {s.day for s in taken} == {JUNE_13}
    assert {states[d] for d in winners} == {"approved"}
    assert {states[d] for d, _ in losers} == {"pending"}
    assert holds == links == slots
