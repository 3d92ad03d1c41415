"""A flood from one sender gets one draft; the worker drafts several conversations at once."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update

from app.models import Draft, Job, Message, utcnow
from app.tasks import make_worker
from tests.helpers import count, form_body, twilio_signed

URL = "https://gateway.example.com/webhooks/twilio"


async def sms(client: httpx.AsyncClient, sid: str, sender: str, text: str) -> None:
    body = form_body({"MessageSid": sid, "From": sender, "To": "+19165550100", "Body": text})
    response = await client.post(URL, content=body, headers=twilio_signed(URL, body))
    assert response.status_code == 200


async def test_flood_is_stored_but_drafted_once(client: httpx.AsyncClient, runtime: Any) -> None:
    for i in range(12):
        await sms(client, f"SMflood{i:04d}", "+19165550177", f"hello? message {i}")
    worker = make_worker(runtime)
    await worker.drain()
    async with runtime.sessions() as session:
        assert await count(session, Message, Message.direction == "in") == 12
        # Jobs of messages past the limit (the 11th and 12th) wait for the cool-down; every
        # earlier job saw a newer message and skipped itself.
        assert await count(session, Draft) == 0
        waiting = (await session.execute(select(Job).where(Job.state == "queued"))).scalars().all()
        assert len(waiting) == 2 and all(job.run_after > utcnow() for job in waiting)
    async with runtime.sessions() as session, session.begin():
        await session.execute(update(Job).where(Job.state == "queued").values(run_after=utcnow()))
    await worker.drain()
    async with runtime.sessions() as session:
        (draft,) = (await session.execute(select(Draft))).scalars().all()
        last = await session.get(Message, draft.inbound_message_id)
        assert last is not None and last.provider_message_id == "SMflood0011"
        assert any(f.startswith("flood: 12 messages") for f in draft.flags)


class SlowOrchestrator:
    """Drafts after a pause and records how many drafts were in flight at once."""

    def __init__(self, real: Any) -> None:
        self.real, self.in_flight, self.peak = real, 0, 0

    async def draft(self, **kwargs: Any) -> Any:
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await asyncio.sleep(0.2)
            return await self.real.draft(**kwargs)
        finally:
            self.in_flight -= 1

    async def aclose(self) -> None:
        await self.real.aclose()


@pytest.fixture
def orchestrator(settings: Any) -> Any:
    from app.orchestrator_factory import build_orchestrator

    return SlowOrchestrator(build_orchestrator(settings))


async def test_worker_drafts_conversations_concurrently(client: httpx.AsyncClient,
                                                        runtime: Any) -> None:
    for i in range(4):
        await sms(client, f"SMpar{i:04d}", f"+1916555020{i}", "quote for 10 adults 95814?")
    worker = make_worker(runtime)
    task = asyncio.create_task(worker.run_forever())
    try:
        async def drafted() -> int:
            async with runtime.sessions() as session:
                return await count(session, Draft)

        for _ in range(200):
            if await drafted() == 4:
                break
            await asyncio.sleep(0.05)
    finally:
        worker.stop()
        await task
    assert await drafted() == 4
    assert runtime.orchestrator.peak > 1
