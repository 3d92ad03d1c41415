"""Messenger end to end: webhook -> draft (with the Graph profile name) -> approve -> Graph send,
and a Graph token error that marks the channel as needing reauthorization."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from app.models import Contact, Draft, Outbox
from app.review import service
from app.tasks import make_worker
from tests.fakes.server import FakeServer, Reply
from tests.helpers import fixture_bytes

BASE = "https://gateway.example.com"
SECRET = "meta-app-secret"
PSID = "7083456129384756"


@pytest.fixture
def fake_graph() -> Iterator[FakeServer]:
    with FakeServer() as fake:
        fake.route("GET", rf"/v21\.0/{PSID}", Reply(200, {
            "first_name": "Marisol", "last_name": "Vega", "id": PSID}))
        fake.route("POST", r"/v21\.0/me/messages", Reply(200, {
            "recipient_id": PSID, "message_id": "m_reply_0001"}))
        yield fake


@pytest.fixture
def settings(make_settings: Any, fake_graph: FakeServer) -> Any:
    return make_settings(meta_app_secret=SECRET, meta_verify_token="v", meta_page_access_token="EAAB",
                         meta_graph_base_url=fake_graph.url, meta_graph_version="v21.0")


async def inquiry(client: httpx.AsyncClient, runtime: Any) -> int:
    payload = json.loads(fixture_bytes("meta/messenger_text.json"))
    payload["entry"][0]["messaging"][0]["timestamp"] = int(time.time() * 1000)  # a fresh message
    body = json.dumps(payload).encode()
    signature = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    response = await client.post(BASE + "/webhooks/meta", content=body, headers={
        "X-Hub-Signature-256": f"sha256={signature}", "Content-Type": "application/json"})
    assert response.status_code == 200
    await make_worker(runtime).drain()
    async with runtime.sessions() as session, session.begin():
        draft_id: int = (await session.execute(select(Draft.id))).scalar_one()
        assert (await service.approve(session, draft_id=draft_id, actor="U1")).ok
    await make_worker(runtime).drain()
    return draft_id


async def test_messenger_reply_goes_out_as_response(client: httpx.AsyncClient, runtime: Any,
                                                    fake_graph: FakeServer) -> None:
    draft_id = await inquiry(client, runtime)
    (send,) = fake_graph.calls("POST", "/me/messages")
    body = send.json()
    assert body["recipient"] == {"id": PSID}
    assert body["messaging_type"] == "RESPONSE"
    async with runtime.sessions() as session:
        draft = await session.get(Draft, draft_id)
        assert draft is not None and body["message"]["text"] == draft.text
        assert "Marisol" in draft.text  # the profile name reached the orchestrator
        contact = (await session.execute(select(Contact))).scalar_one()
        assert contact.display_name == "Marisol Vega"
        outbox = (await session.execute(select(Outbox))).scalar_one()
        assert (outbox.state, outbox.provider_message_id) == ("sent", "m_reply_0001")


async def test_token_error_marks_the_channel_for_reauthorization(
    client: httpx.AsyncClient, runtime: Any, fake_graph: FakeServer
) -> None:
    fake_graph.route("POST", r"/v21\.0/me/messages", Reply(400, {"error": {
        "message": "Error validating access token", "type": "OAuthException", "code": 190}}))
    await inquiry(client, runtime)
    async with runtime.sessions() as session:
        outbox = (await session.execute(select(Outbox))).scalar_one()
        assert outbox.state == "failed" and "190" in (outbox.last_error or "")
    ready = (await client.get("/readyz")).json()
    assert list(ready["channels_needing_reauth"]) == ["messenger"]


async def test_graph_outage_is_retried_until_sent(client: httpx.AsyncClient, runtime: Any,
                                                  fake_graph: FakeServer) -> None:
    from sqlalchemy import update

    from app.models import Job, SendAttempt, utcnow

    down = {"left": 2}

    def flaky(_request: Any, _match: Any) -> Reply:
        if down["left"]:
            down["left"] -= 1
            return Reply(503, {"error": {"message": "Service unavailable", "code": 2}})
        return Reply(200, {"recipient_id": PSID, "message_id": "m_reply_0002"})

    fake_graph.route("POST", r"/v21\.0/me/messages", flaky)
    await inquiry(client, runtime)
    for _ in range(5):  # make each scheduled retry due at once instead of sleeping
        async with runtime.sessions() as session, session.begin():
            await session.execute(update(Job).where(Job.state == "queued").values(run_after=utcnow()))
        await make_worker(runtime).drain()
    assert len(fake_graph.calls("POST", "/me/messages")) == 3
    async with runtime.sessions() as session:
        outbox = (await session.execute(select(Outbox))).scalar_one()
        assert (outbox.state, outbox.provider_message_id, outbox.attempts) == ("sent", "m_reply_0002", 3)
        results = (await session.execute(select(SendAttempt.result).order_by(SendAttempt.id))).scalars().all()
        assert results == ["transient", "transient", "sent"]
