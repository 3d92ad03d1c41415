"""Outages: fake Twilio, Slack and model servers that answer 503 or refuse connections for a
while, then come back. The worker runs in-process (`make_worker(runtime).drain()`); scheduled
retries are made due by moving `jobs.run_after`, after checking the backoff that was scheduled.
The runtime's clock is frozen, so each scheduled delay is read exactly."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update

from app.models import Draft, Job, Outbox, SendAttempt, utcnow
from app.review import service
from app.tasks import make_worker
from tests.fakes.clock import FrozenClock
from tests.fakes.server import FakeServer
from tests.reliability.fakes import MODEL_TEXT, Providers, Unplugged
from tests.reliability.signing import CHANNEL_SETTINGS, PUBLIC_BASE, twilio_request, twilio_sms

BASE = 1.0  # RETRY_BASE_SECONDS: backoff after attempt k is uniform in [1, 2**(k-1)] seconds


@pytest.fixture
def providers() -> Iterator[Providers]:
    """Slack (and Meta, Telegram)."""
    with FakeServer() as fake:
        yield Providers(fake)


@pytest.fixture
def twilio() -> Iterator[Providers]:
    """Twilio on a server of its own, so it can be unplugged alone."""
    with FakeServer() as fake:
        yield Providers(fake)


@pytest.fixture
def model() -> Iterator[Providers]:
    """The model on a server of its own."""
    with FakeServer() as fake:
        yield Providers(fake)


@pytest.fixture
def settings(make_settings: Any, providers: Providers, twilio: Providers, model: Providers
             ) -> Any:
    url = providers.fake.url
    return make_settings(**{**CHANNEL_SETTINGS, "smtp_host": ""},
                         twilio_api_base_url=twilio.fake.url, meta_graph_base_url=url,
                         telegram_api_base_url=url, slack_api_base_url=url + "/api/",
                         openai_api_key="sk-test", openai_base_url=model.fake.url + "/v1",
                         openai_max_retries=1, openai_timeout_seconds=5,
                         retry_base_seconds=BASE)


async def _inbound(client: httpx.AsyncClient, number: int) -> None:
    body, headers = twilio_request("/webhooks/twilio", twilio_sms(number))
    response = await client.post(PUBLIC_BASE + "/webhooks/twilio", content=body, headers=headers)
    assert response.status_code == 200


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


async def _run_and_make_due(runtime: Any, kind: str) -> list[float]:
    """Drain; return the delays the failed `kind` jobs were given (exact: the runtime's clock
    is frozen), then make every job due."""
    await make_worker(runtime).drain()
    now = runtime.clock.now()
    async with runtime.sessions() as session, session.begin():
        waiting = (await session.execute(select(Job).where(
            Job.kind == kind, Job.state == "queued"))).scalars().all()
        delays = [(job.run_after - now).total_seconds() for job in waiting]
        await session.execute(update(Job).where(Job.state == "queued").values(run_after=now))
    return delays


async def _approve_first_draft(runtime: Any) -> int:
    async with runtime.sessions() as session, session.begin():
        draft = (await session.execute(select(Draft))).scalar_one()
        decision = await service.approve(session, draft_id=draft.id, actor="U05R2M8KQ3A")
    assert decision.outbox_id is not None
    return decision.outbox_id


@pytest.mark.parametrize("how", ["503", "refused"])
async def test_twilio_outage_is_retried_with_backoff_and_shown(
    how: str, client: httpx.AsyncClient, runtime: Any, twilio: Providers
) -> None:
    await _inbound(client, 1)
    await make_worker(runtime).drain()
    outbox_id = await _approve_first_draft(runtime)
    plug = Unplugged(twilio.fake)
    if how == "503":
        twilio.outage["/Messages.json"] = 3
    else:
        plug.down()
    delays: list[float] = []
    try:
        for attempt in range(1, 4):
            (delay,) = await _run_and_make_due(runtime, "send")
            delays.append(delay)
            async with runtime.sessions() as session:
                outbox = await session.get(Outbox, outbox_id)
                assert outbox is not None
                # Visible while it lasts: pending with the provider's error.
                assert (outbox.state, outbox.attempts) == ("pending", attempt)
                assert ("Twilio 503" if how == "503" else "Twilio unreachable") in outbox.last_error
    finally:
        if how == "refused":
            plug.up()
    assert all(BASE - 0.1 <= d <= BASE * 2 ** (k - 1) + 0.1 for k, d in enumerate(delays, 1))
    assert delays == [1.0, 2.0, 4.0]  # the frozen clock's jitter takes the longest backoff
    await _run_and_make_due(runtime, "send")
    async with runtime.sessions() as session:
        outbox = await session.get(Outbox, outbox_id)
        attempts = (await session.execute(select(SendAttempt).order_by(SendAttempt.id))).scalars()
        rows = [(a.attempt, a.result) for a in attempts]
    assert outbox is not None and (outbox.state, outbox.last_error) == ("sent", None)
    assert rows == [(1, "transient"), (2, "transient"), (3, "transient"), (4, "sent")]
    delivered = twilio.sends()
    # Every 503 was a request Twilio refused; refused connections never reached the fake.
    assert len(delivered) == (4 if how == "503" else 1)
    assert delivered[-1].form()["To"] == "+19160000001"


@pytest.mark.parametrize("how", ["503", "refused"])
async def test_slack_outage_delays_the_review_post_and_loses_nothing(
    how: str, client: httpx.AsyncClient, runtime: Any, providers: Providers, model: Providers
) -> None:
    """The review message is posted by the drafting job right after the draft commits: a Slack
    outage retries the job, which posts the same draft again; the model is asked once."""
    plug = Unplugged(providers.fake)
    await _inbound(client, 2)
    if how == "503":
        providers.outage["chat.postMessage"] = 2
    else:
        plug.down()
    try:
        for _ in range(2):
            (delay,) = await _run_and_make_due(runtime, "draft")
            assert delay >= BASE - 0.1
            async with runtime.sessions() as session:
                job = (await session.execute(select(Job).where(Job.kind == "draft"))).scalar_one()
                drafts = (await session.execute(select(Draft))).scalars().all()
            assert job.state == "queued" and job.last_error  # the failure is on the job
            assert len(drafts) == 1 and job.payload["draft_id"] == drafts[0].id
    finally:
        if how == "refused":
            plug.up()
    await _run_and_make_due(runtime, "draft")
    async with runtime.sessions() as session:
        draft = (await session.execute(select(Draft))).scalar_one()
        job = (await session.execute(select(Job).where(Job.kind == "draft"))).scalar_one()
    assert (job.state, job.attempts) == ("done", 3)
    assert draft.slack_ts and draft.state == "pending"
    posts = providers.fake.calls("POST", "chat.postMessage")
    assert len(posts) == (3 if how == "503" else 1)
    assert len(model.fake.calls("POST", "/chat/completions")) == 1


@pytest.mark.parametrize("how", ["503", "refused"])
async def test_model_outage_gives_flagged_offline_drafts_then_recovers(
    how: str, client: httpx.AsyncClient, runtime: Any, model: Providers
) -> None:
    plug = Unplugged(model.fake)
    if how == "503":
        model.outage["/chat/completions"] = 2  # the request and the SDK's one retry
    else:
        plug.down()
    try:
        await _inbound(client, 3)
        await make_worker(runtime).drain(limit=1)
    finally:
        if how == "refused":
            plug.up()
    await _inbound(client, 4)  # another customer, after the model came back
    await make_worker(runtime).drain()
    async with runtime.sessions() as session:
        drafts = (await session.execute(select(Draft).order_by(Draft.id))).scalars().all()
    down, up = drafts
    reason = "fallback_reason: http_503" if how == "503" else "fallback_reason: APIConnectionError"
    assert (down.responder, down.state) == ("fallback", "pending")
    assert "fallback" in down.flags and reason in down.flags
    assert "$" in down.text  # the offline responder still quotes from the pricing tools
    assert (up.responder, up.text) == ("model", MODEL_TEXT)
    model_calls = len(model.fake.calls("POST", "/chat/completions"))
    assert model_calls == (3 if how == "503" else 1)
    assert down.created_at <= up.created_at <= utcnow() + timedelta(seconds=1)
