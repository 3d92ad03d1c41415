"""Approve -> outbox -> fake Twilio -> status callback, without Slack (drafts wait for the console)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import select, update

from app.models import Conversation, Draft, Message, Outbox, SendAttempt, utcnow
from app.review import service
from app.tasks import make_worker
from tests.fakes.server import FakeServer
from tests.helpers import fixture_bytes, form_body, twilio_signed

BASE = "https://gateway.example.com"


async def inquiry(client: httpx.AsyncClient, runtime: Any, fixture: str = "sms.form") -> int:
    body = fixture_bytes(f"twilio/{fixture}")
    url = BASE + "/webhooks/twilio"
    assert (await client.post(url, content=body, headers=twilio_signed(url, body))).status_code == 200
    await make_worker(runtime).drain()
    async with runtime.sessions() as session:
        return (await session.execute(select(Draft.id))).scalar_one()


async def approve(runtime: Any, draft_id: int, text: str | None = None) -> None:
    async with runtime.sessions() as session, session.begin():
        decision = await service.approve(session, draft_id=draft_id, actor="console:test",
                                         edited_text=text)
    assert decision.ok


async def test_send_records_sid_and_status_callback_delivers(
    client: httpx.AsyncClient, runtime: Any, fake_twilio: FakeServer
) -> None:
    draft_id = await inquiry(client, runtime)
    await approve(runtime, draft_id)
    await make_worker(runtime).drain()
    (sent,) = fake_twilio.calls("POST", "/Messages.json")
    form = sent.form()
    assert form["To"] == "+19165550123" and form["From"] == "+19165550100"
    assert form["StatusCallback"] == BASE + "/webhooks/twilio/status"
    async with runtime.sessions() as session:
        outbox = (await session.execute(select(Outbox))).scalar_one()
        assert outbox.state == "sent" and outbox.provider_message_id
        assert outbox.segments is not None and outbox.segments >= 1
        out = (await session.execute(select(Message).where(Message.direction == "out"))).scalar_one()
        assert out.provider_message_id == outbox.provider_message_id and out.text == form["Body"]
        attempts = (await session.execute(select(SendAttempt))).scalars().all()
        assert [(a.attempt, a.result) for a in attempts] == [(1, "sent")]
    status = form_body({"MessageSid": outbox.provider_message_id, "MessageStatus": "delivered",
                        "SmsStatus": "delivered", "To": "+19165550123", "From": "+19165550100"})
    url = BASE + "/webhooks/twilio/status"
    assert (await client.post(url, content=status, headers=twilio_signed(url, status))).status_code == 200
    async with runtime.sessions() as session:
        outbox = (await session.execute(select(Outbox))).scalar_one()
        assert outbox.state == "delivered"


async def test_failed_status_callback_marks_the_send_failed(
    client: httpx.AsyncClient, runtime: Any, fake_twilio: FakeServer
) -> None:
    draft_id = await inquiry(client, runtime)
    await approve(runtime, draft_id)
    await make_worker(runtime).drain()
    async with runtime.sessions() as session:
        sid = (await session.execute(select(Outbox.provider_message_id))).scalar_one()
    body = fixture_bytes("twilio/status_failed.form").replace(
        b"SM1ac2c57b4447fb6a9f8639a55b3f8476", sid.encode())
    url = BASE + "/webhooks/twilio/status"
    assert (await client.post(url, content=body, headers=twilio_signed(url, body))).status_code == 200
    async with runtime.sessions() as session:
        outbox = (await session.execute(select(Outbox))).scalar_one()
        assert outbox.state == "failed" and outbox.last_error == "failed (error 30006)"


async def test_opted_out_customer_is_never_sent_to(
    client: httpx.AsyncClient, runtime: Any, fake_twilio: FakeServer
) -> None:
    draft_id = await inquiry(client, runtime)
    await approve(runtime, draft_id)
    stop = fixture_bytes("twilio/stop.form").replace(b"From=%2B19165550191", b"From=%2B19165550123")
    url = BASE + "/webhooks/twilio"
    assert (await client.post(url, content=stop, headers=twilio_signed(url, stop))).status_code == 200
    await make_worker(runtime).drain()
    assert fake_twilio.calls("POST", "/Messages.json") == []
    async with runtime.sessions() as session:
        outbox = (await session.execute(select(Outbox))).scalar_one()
        assert outbox.state == "failed" and "opted out" in (outbox.last_error or "")


async def test_unconfigured_channel_goes_to_the_dry_run_outbox(
    make_settings: Any, fake_twilio: FakeServer
) -> None:
    from app.ingest import ingest
    from app.runtime import build_runtime
    from vocabulary.messages import Channel, InboundMessage, ParsedWebhook

    rt = build_runtime(make_settings())  # Twilio is on, Telegram is not
    try:
        message = InboundMessage(channel=Channel.TELEGRAM, provider_message_id="77:1",
                                 sender="77", recipient="bot", text="price for 10 adults 95814?",
                                 received_at=utcnow())
        async with rt.sessions() as session, session.begin():
            await ingest(session, ParsedWebhook(messages=(message,)))
        await make_worker(rt).drain()
        async with rt.sessions() as session:
            draft_id = (await session.execute(select(Draft.id))).scalar_one()
        await approve(rt, draft_id)
        await make_worker(rt).drain()
        async with rt.sessions() as session:
            outbox = (await session.execute(select(Outbox))).scalar_one()
            assert outbox.state == "dry_run"
            assert outbox.last_error == "channel not configured: not sent"
        assert fake_twilio.calls("POST", "/Messages.json") == []
    finally:
        await rt.close()


async def test_whatsapp_inside_and_outside_the_window(
    client: httpx.AsyncClient, runtime: Any, fake_twilio: FakeServer
) -> None:
    draft_id = await inquiry(client, runtime, "whatsapp.form")
    await approve(runtime, draft_id)
    await make_worker(runtime).drain()
    (sent,) = fake_twilio.calls("POST", "/Messages.json")
    assert sent.form()["To"] == "whatsapp:+19165550168"
    assert sent.form()["From"] == "whatsapp:+19165550100"

    body = fixture_bytes("twilio/whatsapp.form").replace(b"SMf331f905dfa87cfed4876c8eff68acbf",
                                                          b"SMf331f905dfa87cfed4876c8eff68a000")
    url = BASE + "/webhooks/twilio"
    await client.post(url, content=body, headers=twilio_signed(url, body))
    await make_worker(runtime).drain()
    async with runtime.sessions() as session, session.begin():
        await session.execute(update(Conversation).values(
            last_inbound_at=utcnow() - timedelta(hours=25)))
        second = (await session.execute(select(Draft.id).where(Draft.state == "pending"))).scalar_one()
    await approve(runtime, second)
    await make_worker(runtime).drain()
    assert len(fake_twilio.calls("POST", "/Messages.json")) == 1
    async with runtime.sessions() as session:
        held = (await session.execute(select(Outbox).where(Outbox.draft_id == second))).scalar_one()
        assert held.state == "held" and "template" in (held.last_error or "")
