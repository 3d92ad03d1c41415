"""Lease takeover and result recording, in-process and deterministic: a worker whose lease was
taken over must not change what the new holder did, and a reply the provider accepted must not be
sent again because recording its result failed."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update

from app.models import Draft, Job, Outbox, SendAttempt, utcnow
from app.review import service
from app.tasks import make_worker
from tests.fakes.server import FakeServer, Recorded, Reply
from tests.reliability.fakes import TWILIO_SEND, Providers
from tests.reliability.signing import CHANNEL_SETTINGS, PUBLIC_BASE, twilio_request, twilio_sms


@pytest.fixture
def providers() -> Iterator[Providers]:
    with FakeServer() as fake:
        yield Providers(fake)


@pytest.fixture
def settings(make_settings: Any, providers: Providers) -> Any:
    url = providers.fake.url
    # A long lease: the renewer never fires during a test; takeovers are made explicit.
    return make_settings(**{**CHANNEL_SETTINGS, "smtp_host": ""}, twilio_api_base_url=url,
                         meta_graph_base_url=url, telegram_api_base_url=url,
                         slack_api_base_url=url + "/api/", job_lease_seconds=60)


async def _approved(client: httpx.AsyncClient, runtime: Any, number: int) -> int:
    body, headers = twilio_request("/webhooks/twilio", twilio_sms(number))
    assert (await client.post(PUBLIC_BASE + "/webhooks/twilio", content=body,
                              headers=headers)).status_code == 200
    await make_worker(runtime).drain()
    async with runtime.sessions() as session, session.begin():
        draft = (await session.execute(select(Draft))).scalar_one()
        decision = await service.approve(session, draft_id=draft.id, actor="U05R2M8KQ3A")
    assert decision.outbox_id is not None
    return decision.outbox_id


async def test_stale_worker_failure_does_not_undo_the_new_holders_send(
    client: httpx.AsyncClient, runtime: Any, providers: Providers
) -> None:
    outbox_id = await _approved(client, runtime, 1)
    calls = {"n": 0}
    normal = next(h for m, p, h in providers.fake.routes if p.pattern == TWILIO_SEND)

    def first_slow_and_failing(request: Recorded, match: Any) -> Reply:
        calls["n"] += 1
        if calls["n"] == 1:
            return Reply(503, {"code": 20503, "message": "Service Unavailable", "status": 503},
                         delay=1.0)
        return normal(request, match)

    providers.fake.route("POST", TWILIO_SEND, first_slow_and_failing)
    stale, fresh = make_worker(runtime, worker_id="stale"), make_worker(runtime, worker_id="fresh")
    first = asyncio.create_task(stale.run_once())
    for _ in range(500):  # the stale worker's request reaches Twilio (bounded: 10 s)
        if providers.sends():
            break
        await asyncio.sleep(0.02)
    assert providers.sends()
    # The stale worker stalls past its lease (a pause, a partition): the job becomes claimable.
    async with runtime.sessions() as session, session.begin():
        await session.execute(update(Job).where(Job.kind == "send")
                              .values(lease_until=utcnow() - timedelta(seconds=1)))
    assert await fresh.run_once()
    await first
    async with runtime.sessions() as session:
        outbox = await session.get(Outbox, outbox_id)
        assert outbox is not None
        job = (await session.execute(select(Job).where(Job.kind == "send"))).scalar_one()
        draft = await session.get(Draft, outbox.draft_id)
    assert len(providers.sends()) == 2
    assert (job.state, job.locked_by) == ("done", "fresh")
    assert (outbox.state, outbox.last_error) == ("sent", None)
    assert draft is not None and draft.state == "sent"


async def test_a_send_whose_result_cannot_be_recorded_is_not_sent_again(
    client: httpx.AsyncClient, runtime: Any, providers: Providers
) -> None:
    """Stand-in for any failure of the result commit (database restart, constraint): the fake
    Twilio answers with the SID of the customer's own inbound message, so storing the outbound
    message violates the unique (channel, provider id)."""
    outbox_id = await _approved(client, runtime, 2)
    clash = twilio_sms(2)["MessageSid"]
    providers.fake.route("POST", TWILIO_SEND, Reply(201, {
        "sid": clash, "account_sid": CHANNEL_SETTINGS["twilio_account_sid"], "status": "queued",
        "to": "+19160000002", "from": "+19165550100", "body": "x", "num_segments": "1"}))
    worker = make_worker(runtime)
    for _ in range(10):
        await worker.drain()
        async with runtime.sessions() as session, session.begin():
            await session.execute(update(Job).where(Job.state == "queued")
                                  .values(run_after=utcnow()))
    async with runtime.sessions() as session:
        outbox = await session.get(Outbox, outbox_id)
        attempts = (await session.execute(select(SendAttempt))).scalars().all()
    assert len(providers.sends()) == 1
    assert outbox is not None and outbox.state == "sent"
    assert outbox.provider_message_id == clash
    assert len(attempts) <= 1
