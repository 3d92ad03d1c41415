"""Meta, Telegram, Mailgun and SendGrid webhooks through HTTP: verified, stored once, refused
when forged or malformed, ignored when the event is not a customer message."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx
import pytest
from sqlalchemy import select

from app.models import Conversation, Job, Message
from tests.helpers import count, fixture_bytes

BASE = "https://gateway.example.com"
META_SECRET, TG_SECRET, MG_KEY = "meta-app-secret", "tg-secret-token", "mailgun-signing-key"


@pytest.fixture
def settings(make_settings: Any) -> Any:
    return make_settings(
        meta_app_secret=META_SECRET, meta_verify_token="verify-me", meta_page_access_token="EAAB",
        telegram_bot_token="7000000001:AAtest", telegram_webhook_secret=TG_SECRET,
        smtp_host="127.0.0.1", email_from="quotes@mg.example.com", mailgun_signing_key=MG_KEY,
        sendgrid_inbound_user="parse", sendgrid_inbound_password="parse-pass",
    )


def meta_headers(body: bytes, secret: str = META_SECRET) -> dict[str, str]:
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return {"X-Hub-Signature-256": f"sha256={digest}", "Content-Type": "application/json"}


async def post_meta(client: httpx.AsyncClient, name: str, secret: str = META_SECRET) -> httpx.Response:
    body = fixture_bytes(f"meta/{name}")
    return await client.post(BASE + "/webhooks/meta", content=body, headers=meta_headers(body, secret))


async def test_meta_subscription_check(client: httpx.AsyncClient) -> None:
    good = await client.get(BASE + "/webhooks/meta", params={
        "hub.mode": "subscribe", "hub.verify_token": "verify-me", "hub.challenge": "1158201444"})
    bad = await client.get(BASE + "/webhooks/meta", params={
        "hub.mode": "subscribe", "hub.verify_token": "guess", "hub.challenge": "1158201444"})
    assert (good.status_code, good.text) == (200, "1158201444")
    assert bad.status_code == 403


async def test_meta_batched_delivery_stores_every_event_once(client: httpx.AsyncClient,
                                                             runtime: Any) -> None:
    for _ in range(2):  # Meta retries the whole delivery
        assert (await post_meta(client, "messenger_batched.json")).status_code == 200
    async with runtime.sessions() as session:
        rows = (await session.execute(select(Message).order_by(Message.id))).scalars().all()
        assert len(rows) == 4 and {m.channel for m in rows} == {"messenger"}
        assert len({m.sender for m in rows}) == 4
        assert await count(session, Job, Job.kind == "draft") == 4


async def test_meta_echo_is_history_and_receipts_are_ignored(client: httpx.AsyncClient,
                                                             runtime: Any) -> None:
    assert (await post_meta(client, "messenger_text.json")).status_code == 200
    assert (await post_meta(client, "messenger_delivery_read.json")).status_code == 200
    assert (await post_meta(client, "instagram_echo.json")).status_code == 200
    async with runtime.sessions() as session:
        rows = (await session.execute(select(Message).order_by(Message.id))).scalars().all()
        assert [(m.channel, m.direction) for m in rows] == [("messenger", "in"), ("instagram", "out")]
        assert await count(session, Job, Job.kind != "inbound") == 1


async def test_meta_forged_and_malformed(client: httpx.AsyncClient, runtime: Any) -> None:
    assert (await post_meta(client, "messenger_text.json", secret="forged")).status_code == 403
    body = b'{"object": "page", "entry": "not a list"}'
    response = await client.post(BASE + "/webhooks/meta", content=body, headers=meta_headers(body))
    assert response.status_code == 400
    async with runtime.sessions() as session:
        assert await count(session, Message) == 0


async def post_telegram(client: httpx.AsyncClient, name: str, secret: str = TG_SECRET) -> httpx.Response:
    return await client.post(BASE + "/webhooks/telegram", content=fixture_bytes(f"telegram/{name}"),
                             headers={"X-Telegram-Bot-Api-Secret-Token": secret,
                                      "Content-Type": "application/json"})


async def test_telegram_text_duplicate_and_edit(client: httpx.AsyncClient, runtime: Any) -> None:
    assert (await post_telegram(client, "text.json")).status_code == 200
    assert (await post_telegram(client, "text.json")).status_code == 200
    assert (await post_telegram(client, "edited_message.json")).status_code == 200
    assert (await post_telegram(client, "start_command.json")).status_code == 200
    assert (await post_telegram(client, "text.json", secret="wrong")).status_code == 403
    async with runtime.sessions() as session:
        rows = (await session.execute(select(Message).order_by(Message.id))).scalars().all()
        assert [(m.channel, m.kind) for m in rows] == [("telegram", "message"), ("telegram", "start")]
        assert "Davis" in rows[0].text or "95616" in rows[0].text
        assert await count(session, Job, Job.kind == "draft") == 2


def mailgun_body(name: str, *, timestamp: int | None = None) -> bytes:
    pairs = parse_qsl(fixture_bytes(f"email/{name}").decode(), keep_blank_values=True)
    ts = str(timestamp or int(time.time()))
    token = dict(pairs)["token"]
    signature = hmac.new(MG_KEY.encode(), (ts + token).encode(), hashlib.sha256).hexdigest()
    fixed = {"timestamp": ts, "signature": signature}
    return urlencode([(k, fixed.get(k, v)) for k, v in pairs]).encode()


async def post_mailgun(client: httpx.AsyncClient, body: bytes) -> httpx.Response:
    return await client.post(BASE + "/webhooks/email/mailgun", content=body,
                             headers={"Content-Type": "application/x-www-form-urlencoded"})


async def test_mailgun_signed_stored_and_replay_refused(client: httpx.AsyncClient,
                                                        runtime: Any) -> None:
    body = mailgun_body("mailgun.form")
    assert (await post_mailgun(client, body)).status_code == 200
    replay = await post_mailgun(client, body)
    assert (replay.status_code, replay.text) == (403, "replayed request")
    stale = await post_mailgun(client, mailgun_body("mailgun.form", timestamp=1749600000))
    assert stale.status_code == 403
    async with runtime.sessions() as session:
        message = (await session.execute(select(Message))).scalar_one()
        assert (message.channel, message.sender) == ("email", "priya.natarajan@example.com")
        assert message.provider_message_id.startswith("<CAH4kP2q")
        assert await count(session, Job, Job.kind == "draft") == 1


async def test_out_of_office_is_stored_and_never_answered(client: httpx.AsyncClient,
                                                          runtime: Any) -> None:
    assert (await post_mailgun(client, mailgun_body("mailgun_out_of_office.form"))).status_code == 200
    async with runtime.sessions() as session:
        message = (await session.execute(select(Message))).scalar_one()
        assert message.kind == "auto_reply"
        assert await count(session, Job, Job.kind != "inbound") == 0


async def test_email_reply_joins_its_thread(client: httpx.AsyncClient, runtime: Any) -> None:
    async with runtime.sessions() as session, session.begin():
        from app.ingest import get_contact

        contact = await get_contact(session, channel="email", address="jordan@work.example.org",
                                    name="Jordan")
        conversation = Conversation(contact_id=contact.id, channel="email", subject="Quote")
        session.add(conversation)
        await session.flush()
        session.add(Message(conversation_id=conversation.id, direction="out", channel="email",
                            provider_message_id="<20250611030512.1.8F3C2A1B9D7E6F50@mg.example.com>",
                            sender="quotes@mg.example.com", recipient="jordan@work.example.org",
                            text="Your quote..."))
        thread_id = conversation.id
    assert (await post_mailgun(client, mailgun_body("mailgun_reply.form"))).status_code == 200
    async with runtime.sessions() as session:
        reply = (await session.execute(select(Message).where(Message.direction == "in"))).scalar_one()
        assert reply.conversation_id == thread_id
        assert reply.sender == "jordan.reyes@example.org"


def sendgrid_multipart() -> tuple[bytes, str]:
    fields = json.loads(fixture_bytes("email/sendgrid_fields.json"))
    boundary = "xYzZY"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
        for k, v in fields.items()
    ]
    body = ("".join(parts) + f"--{boundary}--\r\n").encode()
    return body, f"multipart/form-data; boundary={boundary}"


async def test_sendgrid_basic_auth(client: httpx.AsyncClient, runtime: Any) -> None:
    body, content_type = sendgrid_multipart()

    def auth(user: str, password: str) -> dict[str, str]:
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        return {"Authorization": f"Basic {token}", "Content-Type": content_type}

    url = BASE + "/webhooks/email/sendgrid"
    assert (await client.post(url, content=body, headers=auth("parse", "nope"))).status_code == 403
    assert (await client.post(url, content=body, headers=auth("parse", "parse-pass"))).status_code == 200
    async with runtime.sessions() as session:
        message = (await session.execute(select(Message))).scalar_one()
        assert (message.channel, message.sender) == ("email", "elena.park@example.org")
        assert "tofu" in message.text.lower()


async def test_oversized_body_is_413_before_parsing(client: httpx.AsyncClient, runtime: Any) -> None:
    body = b'{"object": "page", "entry": []}' + b" " * 1_100_000
    response = await client.post(BASE + "/webhooks/meta", content=body, headers=meta_headers(body))
    assert response.status_code == 413
    async with runtime.sessions() as session:
        assert await count(session, Message) == 0
