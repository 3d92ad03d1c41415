"""Issue 14 end to end, Meta and Telegram: a batch with one unreadable event is stored minus that
event and answered 200; the dashboard sample's time is read in seconds; update types the gateway
does not handle are 200 and store nothing; Telegram groups are drafted only when the bot is
addressed; a reply staff typed in Meta's own tools supersedes the pending draft and the review
message says who answered where; refusals and skips are counted in /metrics by reason."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from app.models import Draft, Job, Message, Outbox
from app.review.blocks import review_blocks
from app.review.view import load_view
from app.tasks import make_worker
from tests.helpers import count, fixture_bytes
from tests.issue14_support import (
    BASE,
    SETTINGS,
    post_meta,
    post_meta_fixture,
    post_telegram,
    sample,
)


@pytest.fixture
def settings(make_settings: Any) -> Any:
    return make_settings(**SETTINGS)


async def messages(runtime: Any) -> list[Message]:
    async with runtime.sessions() as session:
        return list((await session.execute(select(Message).order_by(Message.id))).scalars())


async def test_one_chat_plugin_guest_does_not_cost_the_batch(client: httpx.AsyncClient,
                                                            runtime: Any) -> None:
    skipped = sample("gateway_webhook_skipped_events_total", provider="meta",
                     reason="no_sender_id")
    stored = sample("gateway_webhook_events_total", provider="meta", outcome="stored")
    for _ in range(2):  # Meta's retry of the same delivery changes nothing
        response = await post_meta_fixture(client, "messenger_chat_plugin_batch.json")
        assert response.status_code == 200
    rows = await messages(runtime)
    assert [(m.sender, m.text[:22]) for m in rows] == [
        ("7391025846173920", "Do you do weekday even"), ("6957302184639271", "Also, is the teriyaki ")]
    async with runtime.sessions() as session:
        assert await count(session, Job, Job.kind == "draft") == 2
    assert sample("gateway_webhook_skipped_events_total", provider="meta",
                  reason="no_sender_id") == skipped + 2
    assert sample("gateway_webhook_events_total", provider="meta", outcome="stored") == stored + 2
    exposition = (await client.get(BASE + "/metrics")).text
    assert 'gateway_webhook_skipped_events_total{provider="meta",reason="no_sender_id"}' in (
        exposition)


async def test_the_dashboard_sample_is_stored_at_its_time_in_seconds(client: httpx.AsyncClient,
                                                                    runtime: Any) -> None:
    assert (await post_meta_fixture(client, "messenger_dashboard_sample.json")).status_code == 200
    (row,) = await messages(runtime)
    assert (row.provider_message_id, row.created_at) == (
        "test_message_id", datetime(2018, 5, 27, 22, 23, 44, tzinfo=UTC))


async def test_refusals_name_their_cause_and_are_counted(client: httpx.AsyncClient,
                                                         runtime: Any) -> None:
    before = sample("gateway_webhook_refused_total", provider="meta", reason="entry_not_list")
    response = await post_meta(client, b'{"object": "page", "entry": {"id": "1"}}')
    assert (response.status_code, response.text) == (400, "entry is not a list")
    assert sample("gateway_webhook_refused_total", provider="meta",
                  reason="entry_not_list") == before + 1
    forged = sample("gateway_webhook_refused_total", provider="meta", reason="bad_signature")
    body = fixture_bytes("meta/messenger_text.json")
    response = await client.post(BASE + "/webhooks/meta", content=body, headers={
        "X-Hub-Signature-256": "sha256=" + "0" * 64})
    assert response.status_code == 403
    assert sample("gateway_webhook_refused_total", provider="meta",
                  reason="bad_signature") == forged + 1
    assert await messages(runtime) == []


@pytest.mark.parametrize("name", ["message_reaction.json", "edited_live_location.json",
                                  "my_chat_member.json", "edited_message.json"])
async def test_telegram_updates_that_are_not_messages_are_200(client: httpx.AsyncClient,
                                                              runtime: Any, name: str) -> None:
    update = json.loads(fixture_bytes(f"telegram/{name}"))
    kind = next(key for key in update if key != "update_id")
    ignored = sample("gateway_webhook_events_total", provider="telegram", outcome="ignored")
    assert (await post_telegram(client, json.dumps(update).encode())).status_code == 200
    update[kind].pop("date", None)  # a field the library needs and the gateway does not
    update[kind].pop("chat", None)
    assert (await post_telegram(client, json.dumps(update).encode())).status_code == 200
    assert await messages(runtime) == []
    assert sample("gateway_webhook_events_total", provider="telegram",
                  outcome="ignored") == ignored + 2


async def test_telegram_group_is_drafted_only_when_the_bot_is_addressed(
    client: httpx.AsyncClient, runtime: Any
) -> None:
    for name in ("my_chat_member.json", "group_mention.json", "group_chatter.json",
                 "group_reply_to_bot.json"):
        assert (await post_telegram(client, fixture_bytes(f"telegram/{name}"))).status_code == 200
    rows = await messages(runtime)
    assert [(m.provider_message_id, m.kind) for m in rows] == [
        ("-1002218457631:87", "message"), ("-1002218457631:88", "not_addressed"),
        ("-1002218457631:91", "message")]
    async with runtime.sessions() as session:
        jobs = (await session.execute(select(Job).where(Job.kind == "draft"))).scalars().all()
    assert sorted(job.payload["message_id"] for job in jobs) == [rows[0].id, rows[2].id]
    await make_worker(runtime).drain()
    async with runtime.sessions() as session:
        drafts = (await session.execute(select(Draft))).scalars().all()
    # The reply superseded the mention's draft (or the mention's job saw the newer message):
    # one pending draft, for the message that addressed the bot last, none for the chatter.
    assert [(d.inbound_message_id, d.state) for d in drafts if d.state == "pending"] == [
        (rows[2].id, "pending")]
    assert all(d.inbound_message_id != rows[1].id for d in drafts)


async def _pending_draft_for_marisol(client: httpx.AsyncClient, runtime: Any) -> int:
    assert (await post_meta_fixture(client, "messenger_text.json")).status_code == 200
    await make_worker(runtime).drain()
    async with runtime.sessions() as session:
        draft = (await session.execute(select(Draft))).scalar_one()
        assert draft.state == "pending"
        return draft.id


async def test_a_reply_typed_in_meta_supersedes_the_pending_draft(client: httpx.AsyncClient,
                                                                  runtime: Any) -> None:
    draft_id = await _pending_draft_for_marisol(client, runtime)
    for _ in range(2):  # the echo retried: one row, one supersede
        assert (await post_meta_fixture(client, "messenger_staff_echo.json")).status_code == 200
    async with runtime.sessions() as session:
        draft = await session.get(Draft, draft_id)
        assert draft is not None
        assert (draft.state, draft.decided_by) == ("superseded", "system")
        assert draft.reason == ("Answered by staff in Messenger outside the gateway (Meta app "
                                "1217981644879628), at 2025-06-11 02:36 UTC")
        echo = (await session.execute(select(Message).where(Message.direction == "out"))
                ).scalar_one()
        assert (echo.kind, echo.text[:18]) == ("echo", "Hi Marisol, this i")
        view = await load_view(session, draft_id)
        assert view is not None
    texts = [b["text"]["text"] for b in review_blocks(view) if b["type"] == "section"]
    assert texts[-1] == f"Superseded: {draft.reason}"
    assert not any(b["type"] == "actions" for b in review_blocks(view))


@pytest.mark.parametrize("part", [1, 2])
async def test_the_gateways_own_echo_supersedes_nothing(client: httpx.AsyncClient,
                                                        runtime: Any, part: int) -> None:
    draft_id = await _pending_draft_for_marisol(client, runtime)
    # An echo without metadata (Instagram sends none) of the first or the second part of a
    # reply the outbox sent: the first part's id is the outbox's, the second is on its row.
    echo = json.loads(fixture_bytes("meta/messenger_staff_echo.json"))
    mid = echo["entry"][0]["messaging"][0]["message"]["mid"]
    first = mid if part == 1 else "m_part_1"
    async with runtime.sessions() as session, session.begin():
        session.add(Outbox(conversation_id=1, channel="messenger", recipient="7083456129384756",
                           text="earlier reply", state="sent", provider_message_id=first))
        session.add(Message(conversation_id=1, direction="out", channel="messenger",
                            provider_message_id=first, sender="104857392016482",
                            recipient="7083456129384756", text="earlier reply", draft_id=99,
                            raw={"message_ids": [first, mid]}))
    assert (await post_meta(client, json.dumps(echo).encode())).status_code == 200
    assert (await post_meta_fixture(client, "messenger_echo.json")).status_code == 200  # metadata
    async with runtime.sessions() as session:
        assert (await session.get(Draft, draft_id)).state == "pending"  # type: ignore[union-attr]
        assert await count(session, Message, Message.direction == "out") == 1  # ours only
