"""A flood of new senders (issue 14, item 12): 60 new Telegram chats in a burst get at most the
drafting budget's model calls and review messages, and one digest listing the rest, in the Slack
review channel and on the console's inbox. Daily budgets, the daily token cap and the model-spend
circuit breaker, all on an injected clock; the webhook's answer never waits on any of it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from app.clock import Clock
from app.models import Conversation, Digest, DigestEntry, Draft, Message, ModelBreaker
from app.tasks import make_worker
from tests.fakes.server import FakeServer, Reply
from tests.helpers import count, slack_call
from tests.orchestrator.fake_openai import PATH, completion, script
from tests.reliability.signing import (
    CHANNEL_SETTINGS,
    PUBLIC_BASE,
    telegram_body,
    telegram_headers,
)

START = datetime(2026, 6, 11, 18, 0, 5, tzinfo=UTC)
ANSWER = "Thanks for reaching out! How many guests, and what ZIP code is the party in?"


@pytest.fixture
def fake_model() -> Iterator[FakeServer]:
    with FakeServer() as fake:
        script(fake, completion(ANSWER, prompt_tokens=100, completion_tokens=20))
        yield fake


@pytest.fixture
def budget() -> dict[str, Any]:
    """Per-test settings (a test overrides it with a parametrize-free fixture of its own)."""
    return {}


@pytest.fixture
def settings(make_settings: Any, fake_slack: FakeServer, fake_model: FakeServer,
             budget: dict[str, Any]) -> Any:
    return make_settings(**{
        **CHANNEL_SETTINGS, "slack_api_base_url": fake_slack.url + "/api/",
        "telegram_api_base_url": fake_slack.url, "openai_api_key": "sk-test",
        "openai_base_url": fake_model.url + "/v1", "openai_max_retries": 0,
        "draft_digest_delay_seconds": 0, **budget})


@pytest.fixture
def clock(runtime: Any) -> Clock:
    runtime.clock = Clock(fixed=START)
    return runtime.clock  # type: ignore[no-any-return]


async def new_chat(client: httpx.AsyncClient, number: int, text: str = "") -> None:
    update = json.loads(telegram_body(number, **({"text": text} if text else {})))
    update["message"]["from"]["first_name"] = update["message"]["chat"]["first_name"] = (
        f"Guest{number}")
    response = await client.post(PUBLIC_BASE + "/webhooks/telegram",
                                 content=json.dumps(update).encode(), headers=telegram_headers())
    assert response.status_code == 200


async def rows(runtime: Any, model: Any, *where: Any) -> int:
    async with runtime.sessions() as session:
        return await count(session, model, *where)


async def test_sixty_new_chats_get_the_budget_and_one_digest(
    client: httpx.AsyncClient, runtime: Any, clock: Clock, fake_model: FakeServer,
    fake_slack: FakeServer
) -> None:
    for number in range(1, 61):
        await new_chat(client, number)
    assert await rows(runtime, Message) == 60  # every message stored at once, nothing drafted
    assert await rows(runtime, Draft) == 0
    await make_worker(runtime).drain()

    # Ten new contacts a minute (the default): ten model calls, ten drafts, ten review posts.
    assert len(fake_model.calls("POST", PATH)) == 10
    assert await rows(runtime, Draft) == 10
    posts = [slack_call(r) for r in fake_slack.calls("POST", "chat.postMessage")]
    review_posts = [p for p in posts if p["text"].startswith("Draft #")]
    notices = [p for p in posts if not p["text"].startswith("Draft #")]
    assert len(review_posts) == 10 and len(notices) == 1

    async with runtime.sessions() as session:
        (digest,) = (await session.execute(select(Digest))).scalars().all()
        entries = (await session.execute(select(DigestEntry))).scalars().all()
        held = await count(session, Conversation, Conversation.status == "needs_human")
    assert digest.count == 50 and len(entries) == 50 and held == 50
    assert {e.digest_id for e in entries} == {digest.id} and digest.slack_ts
    reason = "drafting budget reached: 10 drafts a minute for new contacts"
    assert {e.reason for e in entries} == {reason}

    (notice,) = notices
    assert notice["text"] == "Drafting paused for 50 customer message(s)"
    sections = [b["text"]["text"] for b in notice["blocks"]]
    assert sections[0] == (
        "*Drafting paused for 50 customer message(s)*\nThey are stored; no draft was made and "
        "each conversation is marked _needs a human_ in the console.\n"
        f"Why: {reason} (50)")
    listed = "\n".join(sections[1:-1]).splitlines()
    assert len(listed) == 40 and sections[-1] == "…and 10 more in the console's inbox."
    assert listed[0] == ("• *Guest11 (telegram, 63840•••0011)*: Hi! How much for hibachi for "
                         "10 adults with filet mignon? We're in Folsom 95630")

    inbox = await client.get(PUBLIC_BASE + "/admin")
    assert inbox.status_code == 200
    assert "Drafting paused for 50 customer message(s)" in inbox.text
    assert "Guest11 (telegram, 63840•••0011)" in inbox.text and "and 10 more below." in inbox.text

    # A minute later the budget has room again.
    clock.advance(timedelta(minutes=1))
    await new_chat(client, 61)
    await make_worker(runtime).drain()
    assert len(fake_model.calls("POST", PATH)) == 11
    assert await rows(runtime, Digest) == 1


@pytest.fixture
def daily_budget(budget: dict[str, Any]) -> None:
    budget.update(new_contact_draft_budget_per_day=3)


@pytest.mark.usefixtures("daily_budget")
async def test_daily_new_contact_budget_holds_until_the_next_day(
    client: httpx.AsyncClient, runtime: Any, clock: Clock, fake_model: FakeServer
) -> None:
    for number in range(1, 5):
        clock.advance(timedelta(minutes=1))
        await new_chat(client, number)
        await make_worker(runtime).drain()
    assert len(fake_model.calls("POST", PATH)) == 3
    async with runtime.sessions() as session:
        (entry,) = (await session.execute(select(DigestEntry))).scalars().all()
    assert entry.reason == "drafting budget reached: 3 drafts a day for new contacts"
    clock.advance(timedelta(hours=1))
    await new_chat(client, 5)
    await make_worker(runtime).drain()
    assert len(fake_model.calls("POST", PATH)) == 3
    clock.fixed = START.replace(hour=0, minute=0) + timedelta(days=1)
    await new_chat(client, 6)
    await make_worker(runtime).drain()
    assert len(fake_model.calls("POST", PATH)) == 4


@pytest.fixture
def breaker_budget(budget: dict[str, Any]) -> None:
    budget.update(model_breaker_failures=3, model_breaker_cooldown_seconds=300)


@pytest.mark.usefixtures("breaker_budget")
async def test_model_failures_open_the_breaker_and_a_success_closes_it(
    client: httpx.AsyncClient, runtime: Any, clock: Clock, fake_model: FakeServer
) -> None:
    fake_model.route("POST", PATH, Reply(500, {"error": {"message": "upstream overloaded",
                                                         "type": "server_error"}}))
    for number in range(1, 6):
        await new_chat(client, number)
        await make_worker(runtime).drain()
    # Three failed calls (each still leaves staff the offline responder's draft), then none.
    assert len(fake_model.calls("POST", PATH)) == 3
    async with runtime.sessions() as session:
        drafts = (await session.execute(select(Draft))).scalars().all()
        entries = (await session.execute(select(DigestEntry))).scalars().all()
        breaker = await session.get(ModelBreaker, "model")
    assert [d.responder for d in drafts] == ["fallback"] * 3
    assert breaker is not None and breaker.failures == 3
    assert [e.reason for e in entries] == [
        "model paused until 18:05 UTC after 3 failed calls in a row (fallback_reason: http_500)"
    ] * 2

    script(fake_model, completion(ANSWER))  # the provider recovers
    clock.advance(timedelta(seconds=301))
    await new_chat(client, 6)
    await make_worker(runtime).drain()
    assert len(fake_model.calls("POST", PATH)) == 4
    async with runtime.sessions() as session:
        newest = (await session.execute(select(Draft).order_by(Draft.id.desc()))).scalar()
        breaker = await session.get(ModelBreaker, "model")
    assert newest is not None and newest.responder == "model" and newest.text == ANSWER
    assert breaker is not None and (breaker.failures, breaker.open_until) == (0, None)


@pytest.fixture
def token_cap(budget: dict[str, Any]) -> None:
    budget.update(model_daily_token_cap=250)


@pytest.mark.usefixtures("token_cap")
async def test_daily_token_cap_pauses_the_model_until_the_next_day(
    client: httpx.AsyncClient, runtime: Any, clock: Clock, fake_model: FakeServer
) -> None:
    for number in range(1, 5):  # 120 tokens a call: the third call passes the cap of 250
        await new_chat(client, number)
        await make_worker(runtime).drain()
    assert len(fake_model.calls("POST", PATH)) == 3
    async with runtime.sessions() as session:
        (entry,) = (await session.execute(select(DigestEntry))).scalars().all()
    assert entry.reason == "model paused: the daily cap of 250 tokens is used up"
    clock.fixed = START + timedelta(days=1)
    await new_chat(client, 5)
    await make_worker(runtime).drain()
    assert len(fake_model.calls("POST", PATH)) == 4
