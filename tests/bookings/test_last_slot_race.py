"""Two holds can never take the last slot of a day: several processes approve drafts for the
same date at the same moment, and the database (unique day + slot number) lets exactly as many
through as the day has slots. Runs on SQLite and, with TEST_POSTGRES_URL, on PostgreSQL."""

from __future__ import annotations

import multiprocessing
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from app.models import AuditEvent, Booking, BookingSlot, Draft, Job
from app.runtime import Runtime
from tests.bookings.conftest import NOW, OpenApp, catalog_with, drain, sms
from tests.bookings.race_worker import approve_at_once
from tests.helpers import count

JUNE_13 = date(2026, 6, 13)


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
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(len(draft_ids))
    results = ctx.Queue()
    procs = [ctx.Process(target=approve_at_once,
                         args=(db_url, str(catalog), NOW, draft_id, barrier, results))
             for draft_id in draft_ids]
    for proc in procs:
        proc.start()
    out = [results.get(timeout=120) for _ in procs]
    for proc in procs:
        proc.join(timeout=30)
        assert proc.exitcode == 0
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
    assert sorted(b.draft_id for b in bookings) == sorted(winners)
    assert all(b.status == "hold" for b in bookings)
    assert sorted(s.slot_no for s in taken) == list(range(1, slots + 1))
    assert {s.day for s in taken} == {JUNE_13}
    assert {states[d] for d in winners} == {"approved"}
    assert {states[d] for d, _ in losers} == {"pending"}
    assert holds == links == slots
