"""POST /webhooks/twilio end to end through HTTP: verified, stored once, job queued, answered."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import select

from app.models import Contact, Conversation, Job, Message
from tests.helpers import count, fixture_bytes, form_body, twilio_signed

URL = "https://gateway.example.com/webhooks/twilio"


async def post_fixture(client: httpx.AsyncClient, name: str, url: str = URL,
                       token: str = "test-twilio-auth-token") -> httpx.Response:
    body = fixture_bytes(f"twilio/{name}")
    return await client.post(url, content=body, headers=twilio_signed(url, body, token))


async def test_signed_sms_is_stored_with_a_draft_job(client: httpx.AsyncClient, runtime: Any) -> None:
    response = await post_fixture(client, "sms.form")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/xml")
    assert response.text == '<?xml version="1.0" encoding="UTF-8"?><Response/>'
    async with runtime.sessions() as session:
        message = (await session.execute(select(Message))).scalar_one()
        assert (message.direction, message.channel, message.kind) == ("in", "sms", "message")
        assert message.provider_message_id == "SM01e42d54d4626cf254066f573b9bd392"
        assert (message.sender, message.recipient) == ("+19165550123", "+19165550100")
        assert message.text.endswith("filet mignon? We're in Folsom 95630")
        contact = (await session.execute(select(Contact))).scalar_one()
        assert (contact.channel, contact.address, contact.opted_out) == ("sms", "+19165550123", False)
        conversation = (await session.execute(select(Conversation))).scalar_one()
        assert conversation.contact_id == contact.id
        assert conversation.last_inbound_at is not None
        job = (await session.execute(select(Job).where(Job.kind != "inbound"))).scalar_one()
        # The webhook only queued the work: nothing was drafted yet.
        assert (job.kind, job.state, job.attempts) == ("draft", "queued", 0)
        assert job.payload == {"conversation_id": conversation.id, "message_id": message.id}


async def test_retried_delivery_is_stored_once(client: httpx.AsyncClient, runtime: Any) -> None:
    for _ in range(3):
        assert (await post_fixture(client, "sms.form")).status_code == 200
    async with runtime.sessions() as session:
        assert await count(session, Message) == 1
        assert await count(session, Job, Job.kind != "inbound") == 1


async def test_mms_and_whatsapp_are_stored(client: httpx.AsyncClient, runtime: Any) -> None:
    assert (await post_fixture(client, "mms_two_images.form")).status_code == 200
    assert (await post_fixture(client, "whatsapp.form")).status_code == 200
    async with runtime.sessions() as session:
        rows = (await session.execute(select(Message).order_by(Message.id))).scalars().all()
        assert [(m.channel, m.sender) for m in rows] == [
            ("sms", "+19165550147"), ("whatsapp", "+19165550168")
        ]
        assert [a["content_type"] for a in rows[0].attachments] == ["image/jpeg", "image/jpeg"]
        assert await count(session, Job, Job.kind == "draft") == 2


async def test_bad_signature_is_403_and_stores_nothing(client: httpx.AsyncClient,
                                                      runtime: Any) -> None:
    response = await post_fixture(client, "sms.form", token="not-the-token")
    assert response.status_code == 403
    body = fixture_bytes("twilio/sms.form")
    unsigned = await client.post(URL, content=body,
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert unsigned.status_code == 403
    async with runtime.sessions() as session:
        assert await count(session, Message) == 0
        assert await count(session, Contact) == 0
        assert await count(session, Job, Job.kind != "inbound") == 0


async def test_one_changed_parameter_breaks_the_signature(client: httpx.AsyncClient,
                                                         runtime: Any) -> None:
    body = fixture_bytes("twilio/sms.form")
    headers = twilio_signed(URL, body)
    tampered = body.replace(b"10+adults", b"11+adults")
    assert (await client.post(URL, content=tampered, headers=headers)).status_code == 403
    async with runtime.sessions() as session:
        assert await count(session, Message) == 0


async def test_unconfigured_channel_refuses(make_settings: Any) -> None:
    from app.main import create_app
    from app.runtime import build_runtime

    rt = build_runtime(make_settings(twilio_auth_token=""))
    try:
        transport = httpx.ASGITransport(app=create_app(runtime=rt, run_worker=False))
        async with httpx.AsyncClient(transport=transport, base_url=URL) as http:
            response = await post_fixture(http, "sms.form")
        assert response.status_code == 404
        async with rt.sessions() as session:
            assert await count(session, Message) == 0
    finally:
        await rt.close()


async def test_malformed_form_is_400(client: httpx.AsyncClient, runtime: Any) -> None:
    body = form_body({"Body": "hello", "From": "+19165550123"})
    response = await client.post(URL, content=body, headers=twilio_signed(URL, body))
    assert response.status_code == 400
    assert "MessageSid" in response.text
    async with runtime.sessions() as session:
        assert await count(session, Message) == 0


async def test_stop_opts_out_and_queues_nothing(client: httpx.AsyncClient, runtime: Any) -> None:
    assert (await post_fixture(client, "stop.form")).status_code == 200
    async with runtime.sessions() as session:
        contact = (await session.execute(select(Contact))).scalar_one()
        assert contact.opted_out is True
        assert await count(session, Job, Job.kind != "inbound") == 0
        message = (await session.execute(select(Message))).scalar_one()
        assert message.kind == "opt_out"


async def test_opted_out_number_gets_no_draft_until_start(client: httpx.AsyncClient,
                                                         runtime: Any) -> None:
    sender = "+19165550175"

    async def sms(sid: str, text: str) -> None:
        body = form_body({"MessageSid": sid, "From": sender, "To": "+19165550100", "Body": text})
        assert (await client.post(URL, content=body, headers=twilio_signed(URL, body))).status_code == 200

    await sms("SM0001", "STOP")
    await sms("SM0002", "how much for 20 people?")
    async with runtime.sessions() as session:
        assert await count(session, Job, Job.kind != "inbound") == 0
    await sms("SM0003", "START")
    await sms("SM0004", "how much for 20 people?")
    async with runtime.sessions() as session:
        jobs = (await session.execute(select(Job).where(Job.kind != "inbound"))).scalars().all()
        assert [j.kind for j in jobs] == ["draft"]
        message = await session.get(Message, jobs[0].payload["message_id"])
        assert message is not None and message.provider_message_id == "SM0004"


async def test_a_field_over_its_column_is_refused_and_one_at_it_stored(
        client: httpx.AsyncClient, runtime: Any) -> None:
    """A signed delivery whose sender does not fit its column (320 characters) gets a 400 with
    nothing appended; one of exactly 320 is taken, NUL characters (removed when stored) not
    counted."""
    async def post(sid: str, sender: str) -> httpx.Response:
        body = form_body({"MessageSid": sid, "From": sender, "To": "+19165550100",
                          "Body": "hi", "NumMedia": "0"})
        return await client.post(URL, content=body, headers=twilio_signed(URL, body))

    too_long = await post("SMlong", "x" * 321)
    assert (too_long.status_code, too_long.text) == (400, "a field is too long or not storable")
    assert (await post("SMedge", "y" * 320)).status_code == 200
    assert (await post("SMnul", "z" * 320 + "\x00")).status_code == 200
    async with runtime.sessions() as session:
        jobs = (await session.execute(select(Job).where(Job.kind == "inbound"))).scalars().all()
    assert sorted(j.payload["provider_message_id"] for j in jobs) == ["SMedge", "SMnul"]
