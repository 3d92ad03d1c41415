"""Email end to end: a Mailgun inquiry is drafted, approved and delivered to a real local SMTP
server as a threaded reply; the customer's answer to it joins the same conversation."""

from __future__ import annotations

import hashlib
import hmac
import time
from email import message_from_bytes, policy
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx
import pytest
from sqlalchemy import select

from app.models import Draft, Message, Outbox
from app.review import service
from app.tasks import make_worker
from tests.fakes.smtp import RecordingHandler
from tests.helpers import fixture_bytes

KEY = "mailgun-signing-key"
INQUIRY_ID = "<CAH4kP2qT8wz3Lr5VbN1xQ7mJ0dYfE6sKc9uGh2oRi4ApW3eZ_g@mail.example.com>"


@pytest.fixture
def settings(make_settings: Any, smtp: tuple[RecordingHandler, int]) -> Any:
    return make_settings(smtp_host="127.0.0.1", smtp_port=smtp[1], smtp_starttls=False,
                         email_from="Sacramento Hibachi <quotes@mg.example.com>",
                         mailgun_signing_key=KEY)


def signed(name: str, **replace: str) -> bytes:
    pairs = parse_qsl(fixture_bytes(f"email/{name}").decode(), keep_blank_values=True)
    ts, token = str(int(time.time())), dict(pairs)["token"]
    fixed = {"timestamp": ts, **replace,
             "signature": hmac.new(KEY.encode(), (ts + token).encode(), hashlib.sha256).hexdigest()}
    return urlencode([(k, fixed.get(k, v)) for k, v in pairs]).encode()


async def post(client: httpx.AsyncClient, body: bytes) -> None:
    response = await client.post("https://gateway.example.com/webhooks/email/mailgun", content=body,
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 200


async def test_threaded_reply_and_its_answer(client: httpx.AsyncClient, runtime: Any,
                                             smtp: tuple[RecordingHandler, int]) -> None:
    handler, _port = smtp
    await post(client, signed("mailgun.form"))
    await make_worker(runtime).drain()
    async with runtime.sessions() as session, session.begin():
        draft = (await session.execute(select(Draft))).scalar_one()
        assert "$820.00" in draft.text  # worked example 4
        assert (await service.approve(session, draft_id=draft.id, actor="U1")).ok
    await make_worker(runtime).drain()

    ((mail_from, rcpt_tos, content),) = handler.messages
    received = message_from_bytes(content, policy=policy.default)
    assert (mail_from, rcpt_tos) == ("quotes@mg.example.com", ["priya.natarajan@example.com"])
    assert received["Subject"] == "Re: Hibachi quote for Oct 4 - 10 adults, downtown Sacramento"
    assert received["In-Reply-To"].strip() == INQUIRY_ID  # long ids are folded onto a new line
    assert INQUIRY_ID in received["References"].split()
    body = received.get_body(("plain",))
    assert body is not None and "$820.00" in body.get_content()
    async with runtime.sessions() as session:
        outbox = (await session.execute(select(Outbox))).scalar_one()
        assert outbox.state == "sent" and outbox.provider_message_id == received["Message-ID"].strip()

    # The customer answers our reply: In-Reply-To names the Message-ID we sent.
    await post(client, signed("mailgun_reply.form", **{"In-Reply-To": received["Message-ID"].strip(),
                                                       "References": received["Message-ID"].strip()}))
    async with runtime.sessions() as session:
        inbound = (await session.execute(
            select(Message).where(Message.direction == "in").order_by(Message.id))).scalars().all()
        assert len(inbound) == 2
        assert inbound[1].conversation_id == inbound[0].conversation_id


async def test_smtp_outage_is_retried_until_delivered(make_settings: Any) -> None:
    """The SMTP server is down for the first attempt, then comes up on the same port."""
    from aiosmtpd.controller import Controller
    from sqlalchemy import update

    from app.ingest import ingest
    from app.models import Job, SendAttempt, utcnow
    from app.runtime import build_runtime
    from tests.fakes.smtp import free_port
    from vocabulary.messages import Channel, InboundMessage, ParsedWebhook

    port = free_port()
    rt = build_runtime(make_settings(smtp_host="127.0.0.1", smtp_port=port, smtp_starttls=False,
                                     email_from="quotes@mg.example.com", retry_base_seconds=30))
    handler = RecordingHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    try:
        message = InboundMessage(channel=Channel.EMAIL, provider_message_id="<q1@example.org>",
                                 sender="ana@example.org", recipient="quotes@mg.example.com",
                                 text="Quote for 10 adults in 95814?", received_at=utcnow(),
                                 subject="Quote")
        async with rt.sessions() as session, session.begin():
            await ingest(session, ParsedWebhook(messages=(message,)))
        await make_worker(rt).drain()
        async with rt.sessions() as session, session.begin():
            draft_id = (await session.execute(select(Draft.id))).scalar_one()
            assert (await service.approve(session, draft_id=draft_id, actor="U1")).ok
        await make_worker(rt).drain()  # nobody listens on the port yet
        async with rt.sessions() as session:
            outbox = (await session.execute(select(Outbox))).scalar_one()
            assert outbox.state == "pending"  # retried later, with backoff
            assert "SMTPConnectError" in (outbox.last_error or "")
        controller.start()
        async with rt.sessions() as session, session.begin():
            await session.execute(update(Job).where(Job.state == "queued").values(run_after=utcnow()))
        await make_worker(rt).drain()
        assert len(handler.messages) == 1
        async with rt.sessions() as session:
            outbox = (await session.execute(select(Outbox))).scalar_one()
            assert (outbox.state, outbox.attempts, outbox.last_error) == ("sent", 2, None)
            results = (await session.execute(select(SendAttempt.result))).scalars().all()
            assert sorted(results) == ["sent", "transient"]
    finally:
        if controller._thread is not None:  # started
            controller.stop()
        await rt.close()
