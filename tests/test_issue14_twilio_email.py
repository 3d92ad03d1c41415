"""Issue 14 end to end, Twilio and email: a WhatsApp location is stored, shown to staff and
drafted with a ZIP the customer is asked to confirm; a message staff sent from Twilio's own tools
(seen on the status callback) supersedes the pending draft once; raw-MIME email from Mailgun and
SendGrid and non-UTF-8 bodies are stored as written; mail without a Message-ID is stored once."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx
import pytest
from sqlalchemy import select

from app.models import Draft, Message, Outbox
from app.review.blocks import review_blocks
from app.review.view import load_view
from app.tasks import make_worker
from tests.helpers import count, fixture_bytes
from tests.issue14_support import SETTINGS, post_mailgun, post_sendgrid, post_twilio, sample

SID_OUTSIDE = "SMd41b8e9f27c34a1e8f5b60a2c9e7d318"


@pytest.fixture
def settings(make_settings: Any) -> Any:
    return make_settings(**SETTINGS)


def status_form(**changes: str) -> bytes:
    form = dict(parse_qsl(fixture_bytes("twilio/status_sent_outside.form").decode()))
    return urlencode({**form, **changes}).encode()


async def test_a_whatsapp_location_is_drafted_with_a_zip_to_confirm(client: httpx.AsyncClient,
                                                                    runtime: Any) -> None:
    body = fixture_bytes("twilio/whatsapp_location.form")
    assert (await post_twilio(client, "/webhooks/twilio", body)).status_code == 200
    await make_worker(runtime).drain()
    async with runtime.sessions() as session:
        message = (await session.execute(select(Message))).scalar_one()
        assert message.attachments == [{
            "url": "https://www.openstreetmap.org/?mlat=38.752124&mlon=-121.288006#map=17/"
                   "38.752124/-121.288006",
            "content_type": "location", "name": "Blue Oaks Town Center",
            "location": {"latitude": 38.7521235, "longitude": -121.2880059,
                         "name": "Blue Oaks Town Center",
                         "address": "1501 Blue Oaks Blvd, Roseville, CA 95747"}}]
        draft = (await session.execute(select(Draft))).scalar_one()
        view = await load_view(session, draft.id)
        assert view is not None
    assert draft.text.endswith("I used ZIP 95747 (Roseville, CA) for the location you shared. "
                               "Can you confirm the event's ZIP code?")
    assert "95747" in draft.text.split("I used ZIP")[0]  # the travel answer used that ZIP
    assert ("zip_from_location: ZIP 95747 taken from the shared location (2.9 mi from its "
            "centroid); the customer is asked to confirm it") in draft.flags
    shared = [b["text"]["text"] for b in review_blocks(view)
              if b["type"] == "section" and b["text"]["text"].startswith("*Shared location:*")]
    assert shared == ["*Shared location:*\nBlue Oaks Town Center - 1501 Blue Oaks Blvd, "
                      "Roseville, CA 95747: 38.75212, -121.28801 https://www.openstreetmap.org/"
                      "?mlat=38.752124&amp;mlon=-121.288006#map=17/38.752124/-121.288006"]  # escaped for Slack


async def _pending_sms_draft(client: httpx.AsyncClient, runtime: Any) -> int:
    body = fixture_bytes("twilio/sms.form")
    assert (await post_twilio(client, "/webhooks/twilio", body)).status_code == 200
    await make_worker(runtime).drain()
    async with runtime.sessions() as session:
        draft = (await session.execute(select(Draft))).scalar_one()
        assert draft.state == "pending"
        return draft.id


async def test_a_text_staff_sent_from_twilio_supersedes_the_pending_draft(
    client: httpx.AsyncClient, runtime: Any
) -> None:
    draft_id = await _pending_sms_draft(client, runtime)
    before = sample("gateway_answered_elsewhere_total", channel="sms")
    for status in ("sent", "delivered"):  # two reports on one message: noted once
        response = await post_twilio(client, "/webhooks/twilio/status",
                                     status_form(MessageStatus=status, SmsStatus=status))
        assert response.status_code == 200
    async with runtime.sessions() as session:
        draft = await session.get(Draft, draft_id)
        assert draft is not None and draft.state == "superseded"
        assert draft.reason is not None and draft.reason.startswith(
            f"Answered by staff outside the gateway, by SMS from +19165550100 (Twilio "
            f"{SID_OUTSIDE}), seen ")
        (row,) = (await session.execute(select(Message).where(Message.direction == "out"))
                  ).scalars().all()
        assert (row.provider_message_id, row.kind, row.recipient, row.text) == (
            SID_OUTSIDE, "echo", "+19165550123", "")
        view = await load_view(session, draft_id)
    assert sample("gateway_answered_elsewhere_total", channel="sms") == before + 1
    assert view is not None
    texts = [b["text"]["text"] for b in review_blocks(view) if b["type"] == "section"]
    assert texts[-1] == f"Superseded: {draft.reason}"


@pytest.mark.parametrize(
    "changes",
    [
        {"MessageStatus": "failed", "ErrorCode": "30006"},  # it never reached the customer
        {"To": "+19165550999"},  # a number that never wrote to us
        {"MessageStatus": "queued"},  # not sent yet
    ],
)
async def test_reports_that_are_no_answer_change_nothing(client: httpx.AsyncClient,
                                                         runtime: Any,
                                                         changes: dict[str, str]) -> None:
    draft_id = await _pending_sms_draft(client, runtime)
    response = await post_twilio(client, "/webhooks/twilio/status", status_form(**changes))
    assert response.status_code == 200
    async with runtime.sessions() as session:
        assert (await session.get(Draft, draft_id)).state == "pending"  # type: ignore[union-attr]
        assert await count(session, Message, Message.direction == "out") == 0


async def test_a_report_racing_the_gateways_own_send_is_not_taken_for_staff(
    client: httpx.AsyncClient, runtime: Any
) -> None:
    draft_id = await _pending_sms_draft(client, runtime)
    async with runtime.sessions() as session, session.begin():
        # Another draft's reply is being sent to the same customer; its SID is not stored yet.
        session.add(Outbox(conversation_id=1, channel="sms", recipient="+19165550123",
                           text="earlier reply", state="sending"))
    assert (await post_twilio(client, "/webhooks/twilio/status", status_form())).status_code == 200
    async with runtime.sessions() as session:
        assert (await session.get(Draft, draft_id)).state == "pending"  # type: ignore[union-attr]


async def test_raw_mime_and_non_utf8_mail_is_stored_as_written(client: httpx.AsyncClient,
                                                               runtime: Any) -> None:
    mime = await post_mailgun(client, "/webhooks/email/mailgun/mime", "mailgun_mime.form",
                              token="tok-mime-1")
    assert mime.status_code == 200
    for name in ("sendgrid_raw.multipart", "sendgrid_windows1252.multipart",
                 "sendgrid_latin1.multipart"):
        assert (await post_sendgrid(client, name)).status_code == 200
    async with runtime.sessions() as session:
        rows = (await session.execute(select(Message).order_by(Message.id))).scalars().all()
    assert [(m.sender, m.text.splitlines()[0]) for m in rows] == [
        ("jose.ibanez@example.org", "Buenas tardes,"),
        ("helene.faure@example.fr", "Bonjour,"),
        ("brenda.oneill@example.com", "Hi there \u2013 we\u2019re planning our company picnic on "
         "Friday, Sept 12 at William Land Park (95822). 40 adults, mostly \u201cchicken + "
         "steak\u201d. Is a 3 \u2013 4 pm start ok?"),
        ("anamaria@example.com.mx", "Hola! Para el cumpleaños de mi esposo: 16 adultos, sábado "
         "20 de septiembre, Sacramento 95822. ¿Cuánto sería con camarón para todos?"),
    ]
    assert "niños de 6 a 12 años" in rows[0].text and "crème brûlée" in rows[1].text


async def test_mail_without_a_message_id_is_stored_once(client: httpx.AsyncClient,
                                                        runtime: Any) -> None:
    for token in ("tok-no-id-1", "tok-no-id-2"):  # the same email posted twice
        response = await post_mailgun(client, "/webhooks/email/mailgun",
                                      "mailgun_no_message_id.form", token=token)
        assert response.status_code == 200
    async with runtime.sessions() as session:
        (row,) = (await session.execute(select(Message))).scalars().all()
    assert row.provider_message_id.endswith("@derived.invalid>")
    assert row.raw["message_id_derived"] is True
