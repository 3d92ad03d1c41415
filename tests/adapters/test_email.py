"""Email inbound (Mailgun, SendGrid): signatures, credentials, parsing of every fixture field by
field, auto-reply detection; outbound through a real local SMTP server (aiosmtpd)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import urllib.parse
from dataclasses import replace
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from adapters.base import Sender
from adapters.email import EmailSender, MailgunInbound, SendGridInbound
from adapters.email_send import reply_subject
from tests.fakes.smtp import RecordingHandler, free_port
from tests.helpers import accepts
from vocabulary.errors import (
    MalformedPayload,
    PermanentSendError,
    SignatureError,
    TransientSendError,
)
from vocabulary.messages import (
    Attachment,
    Channel,
    InboundKind,
    InboundMessage,
    OutboundMessage,
    ParsedWebhook,
)
from vocabulary.settings import Settings
from vocabulary.webhook import WebhookRequest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "email"
KEY = "key-3f9c1e7a5b2d4f6081a9c3e5d7f90b12"
NOW = 1_750_000_000.0
BUSINESS = "Sac Valley Hibachi <quotes@mg.example.com>"
URL = "https://gw.example.com/webhooks/email/mailgun"


def utc(year: int, month: int, day: int, hour: int, minute: int, second: int) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


# -- Mailgun helpers ---------------------------------------------------------------------------


def mailgun_pairs(name: str) -> list[tuple[str, str]]:
    text = (FIXTURES / name).read_text()
    return urllib.parse.parse_qsl(text, keep_blank_values=True)


def signed(
    pairs: list[tuple[str, str]], *, timestamp: float = NOW, key: str = KEY
) -> WebhookRequest:
    """Replace the fixture's timestamp and placeholder signature with fresh, valid ones."""
    fields = dict(pairs)
    ts = str(int(timestamp))
    signature = hmac.new(key.encode(), (ts + fields["token"]).encode(), hashlib.sha256).hexdigest()
    fresh = [
        (k, ts if k == "timestamp" else signature if k == "signature" else v) for k, v in pairs
    ]
    body = urllib.parse.urlencode(fresh).encode()
    return WebhookRequest(
        url=URL, body=body, headers={"content-type": "application/x-www-form-urlencoded"}
    )


def mailgun(key: str = KEY) -> MailgunInbound:
    return MailgunInbound(signing_key=key, business_address=BUSINESS, now=lambda: NOW)


def only_message(parsed: ParsedWebhook) -> InboundMessage:
    assert parsed.statuses == () and parsed.ignored == ()
    (message,) = parsed.messages
    return message


# -- Mailgun: verify ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["mailgun.form", "mailgun_reply.form", "mailgun_out_of_office.form"]
)
def test_mailgun_verifies_freshly_signed_fixtures(name: str) -> None:
    assert accepts(mailgun().verify, signed(mailgun_pairs(name)))


def test_mailgun_accepts_small_clock_skew_both_ways() -> None:
    assert accepts(mailgun().verify, signed(mailgun_pairs("mailgun.form"), timestamp=NOW - 299))
    assert accepts(mailgun().verify, signed(mailgun_pairs("mailgun.form"), timestamp=NOW + 30))


@pytest.mark.parametrize("offset", [-301, -86_400, +301])
def test_mailgun_refuses_stale_or_future_timestamps(offset: int) -> None:
    with pytest.raises(SignatureError, match="window"):
        mailgun().verify(signed(mailgun_pairs("mailgun.form"), timestamp=NOW + offset))


def test_mailgun_refuses_a_signature_made_with_another_key() -> None:
    request = signed(mailgun_pairs("mailgun.form"), key="key-someone-else")
    with pytest.raises(SignatureError, match="does not match"):
        mailgun().verify(request)


def test_mailgun_refuses_the_unsigned_fixture() -> None:
    body = (FIXTURES / "mailgun.form").read_bytes()
    with pytest.raises(SignatureError):
        mailgun().verify(WebhookRequest(url=URL, body=body))


def test_mailgun_refuses_a_tampered_token() -> None:
    request = signed(mailgun_pairs("mailgun.form"))
    tampered = request.body.replace(b"token=clb9", b"token=xlb9")
    with pytest.raises(SignatureError):
        mailgun().verify(WebhookRequest(url=URL, body=tampered))


@pytest.mark.parametrize("field", ["timestamp", "token", "signature"])
def test_mailgun_refuses_missing_signature_fields(field: str) -> None:
    pairs = [(k, v) for k, v in mailgun_pairs("mailgun.form") if k != field]
    if field == "token":
        pairs.append(("token", ""))
    body = urllib.parse.urlencode(pairs).encode()
    with pytest.raises(SignatureError, match=f"{field} missing"):
        mailgun().verify(WebhookRequest(url=URL, body=body))


def test_mailgun_refuses_everything_without_a_signing_key() -> None:
    with pytest.raises(SignatureError, match="not configured"):
        mailgun(key="").verify(signed(mailgun_pairs("mailgun.form"), key=""))


def test_mailgun_refuses_an_unreadable_body_as_unsigned() -> None:
    with pytest.raises(SignatureError):
        mailgun().verify(WebhookRequest(url=URL, body=b"\xff\xfe=="))


def test_mailgun_replay_nonce_is_the_token() -> None:
    request = signed(mailgun_pairs("mailgun_reply.form"))
    assert mailgun().replay_nonce(request) == "whisu7gsshkg7ogta69jzwb10a53rtf4ah7c0d27bjjuems7g1"


# -- Mailgun: parse ----------------------------------------------------------------------------


def test_mailgun_first_inquiry() -> None:
    message = only_message(mailgun().parse(signed(mailgun_pairs("mailgun.form"))))
    full_text = dict(mailgun_pairs("mailgun.form"))["body-plain"]
    assert message == InboundMessage(
        channel=Channel.EMAIL,
        provider_message_id="<CAH4kP2qT8wz3Lr5VbN1xQ7mJ0dYfE6sKc9uGh2oRi4ApW3eZ_g@mail.example.com>",
        sender="priya.natarajan@example.com",
        recipient="quotes@mg.example.com",
        text=(
            "Hi there,\n\nWe're hosting a team dinner on Saturday, October 4 on our office rooftop "
            "in downtown Sacramento (95814). 10 adults, no kids.\n\nFor proteins we'd like 10 "
            "lobster tails, 12 chicken and 10 shrimp portions (a few people always want seconds). "
            "Can you price that out?\n\nAlso, how does the deposit work, and is it refundable if "
            "we have to move the date?\n\nThanks!\nPriya"
        ),
        received_at=utc(2025, 6, 11, 3, 41, 17),
        kind=InboundKind.MESSAGE,
        sender_name="Priya Natarajan",
        subject="Hibachi quote for Oct 4 - 10 adults, downtown Sacramento",
        thread_ref=(),
        raw={
            "full_text": full_text,
            "from": "Priya Natarajan <priya.natarajan@example.com>",
            "to": "quotes@mg.example.com",
            "envelope_from": "priya.natarajan@example.com",
            "headers": {"Date": "Tue, 10 Jun 2025 20:41:17 -0700"},
            "provider": "mailgun",
            "message_url": None,
            "attachment_names": [],
        },
    )
    assert full_text.endswith("Office Manager, Example Co.\r\n(916) 555-0139\r\n")


def test_mailgun_reply_keeps_only_the_new_text_and_threads() -> None:
    pairs = mailgun_pairs("mailgun_reply.form")
    message = only_message(mailgun().parse(signed(pairs)))
    assert message == InboundMessage(
        channel=Channel.EMAIL,
        provider_message_id="<CAJ7nR4vY8pQ1mZs6tL0wB3kF9hE2cX5gN7uD4aI1oM8rT6yP_q@mail.example.org>",
        sender="jordan.reyes@example.org",
        recipient="quotes@mg.example.com",
        text=(
            "Sounds great, let's lock in Saturday June 28! Same headcount, 8 adults and 3 kids. "
            "How do I pay the $100 deposit, and can one of the kids get just veggies?\n\nJordan"
        ),
        received_at=utc(2025, 6, 11, 4, 4, 39),
        kind=InboundKind.MESSAGE,
        sender_name="Jordan Reyes",
        subject="Re: Your hibachi quote for June 28 - Carmichael",
        thread_ref=(
            "<20250611030512.1.8F3C2A1B9D7E6F50@mg.example.com>",
            "<CAJ7nR4vX2kT9pLm8qW3bZ5sH1yD6fG0cU4eA7iO2xN9tV5rK_w@mail.example.org>",
        ),
        raw={
            "full_text": dict(pairs)["body-plain"],
            "from": "Jordan Reyes <jordan.reyes@example.org>",
            "to": "Sac Valley Hibachi <quotes@mg.example.com>",
            "envelope_from": "jordan.reyes@example.org",
            "headers": {"Date": "Tue, 10 Jun 2025 21:04:39 -0700"},
            "provider": "mailgun",
            "message_url": (
                "https://se.api.mailgun.net/v3/domains/mg.example.com/messages/eyJwIjpmYWxzZSwia"
                "yI6ImMzZjFhMmI0LTdkOWUtNGM2MS05YjBhLTVlMmY4ZDFjN2E0MyIsInMiOiJhOGQ0ZTYxZjkwIiwi"
                "YyI6InRhbmtiIn0"
            ),
            "attachment_names": [],
        },
    )


def test_mailgun_reply_without_stripped_text_is_stripped_by_the_parser() -> None:
    pairs = [(k, v) for k, v in mailgun_pairs("mailgun_reply.form") if k != "stripped-text"]
    message = only_message(mailgun().parse(signed(pairs)))
    assert message.text == (
        "Sounds great, let's lock in Saturday June 28! Same headcount, 8 adults and 3 kids. "
        "How do I pay the $100 deposit, and can one of the kids get just veggies?\n\nJordan"
    )
    assert "wrote:" in message.raw["full_text"]


def test_mailgun_out_of_office_is_an_auto_reply() -> None:
    pairs = mailgun_pairs("mailgun_out_of_office.form")
    message = only_message(mailgun().parse(signed(pairs)))
    assert message == InboundMessage(
        channel=Channel.EMAIL,
        provider_message_id="<auto-reply.20250611041851.5KQ2@mail.example.org>",
        sender="marcus.bell@example.org",
        recipient="quotes@mg.example.com",
        text=(
            "Thanks for your email. I'm out of the office until Monday, June 16 with limited "
            "access to email. For anything urgent please call (916) 555-0187.\n\nMarcus Bell"
        ),
        received_at=utc(2025, 6, 11, 4, 18, 51),
        kind=InboundKind.AUTO_REPLY,
        sender_name="Marcus Bell",
        subject="Out of office: Re: Your hibachi quote for July 19 - Natomas",
        thread_ref=("<20250611041833.1.2B7D4E9A0C6F1835@mg.example.com>",),
        raw={
            "full_text": dict(pairs)["body-plain"],
            "from": "Marcus Bell <marcus.bell@example.org>",
            "to": "Sac Valley Hibachi <quotes@mg.example.com>",
            "envelope_from": "marcus.bell@example.org",
            "headers": {
                "Date": "Tue, 10 Jun 2025 21:18:51 -0700",
                "Auto-Submitted": "auto-replied",
                "X-Autoreply": "yes",
            },
            "provider": "mailgun",
            "message_url": None,
            "attachment_names": [],
            "auto_reply_reason": "auto-submitted:auto-replied",
        },
    )


def test_mailgun_bounce_from_mailer_daemon_is_an_auto_reply() -> None:
    pairs = mailgun_pairs("mailgun_bounce.form")
    message = only_message(mailgun().parse(signed(pairs)))
    assert message == InboundMessage(
        channel=Channel.EMAIL,
        provider_message_id="<68490a15.050a0220.1f3c2b.9e41.GMR@mx.example.org>",
        sender="mailer-daemon@mail.example.org",
        recipient="quotes@mg.example.com",
        text=dict(pairs)["stripped-text"].replace("\r\n", "\n"),
        received_at=utc(2025, 6, 11, 4, 55, 1),
        kind=InboundKind.AUTO_REPLY,
        sender_name="Mail Delivery Subsystem",
        subject="Delivery Status Notification (Failure)",
        thread_ref=("<20250611045430.1.C41E8A2F7B9D3065@mg.example.com>",),
        raw={
            "full_text": dict(pairs)["body-plain"],
            "from": "Mail Delivery Subsystem <MAILER-DAEMON@mail.example.org>",
            "to": "quotes@mg.example.com",
            "envelope_from": "",
            "headers": {"Date": "Tue, 10 Jun 2025 21:55:01 -0700"},
            "provider": "mailgun",
            "message_url": None,
            "attachment_names": ["details.txt"],
            "auto_reply_reason": "mailer-daemon",
        },
    )


def replace_header(pairs: list[tuple[str, str]], name: str, value: str) -> list[tuple[str, str]]:
    """Set one header in both places Mailgun carries it: message-headers and the top level."""
    out = []
    for key, old in pairs:
        if key == "message-headers":
            headers = [h for h in json.loads(old) if h[0] != name] + [[name, value]]
            old = json.dumps(headers)
        elif key == name:
            continue
        out.append((key, old))
    return out


@pytest.mark.parametrize(
    ("name", "value", "reason"),
    [
        ("Auto-Submitted", "auto-generated", "auto-submitted:auto-generated"),
        ("Precedence", "bulk", "precedence:bulk"),
        ("Precedence", "auto_reply", "precedence:auto_reply"),
        ("X-Autorespond", "vacation", "x-autorespond"),
        ("Return-Path", "<>", "null-envelope-sender"),
        ("From", "Sac Valley Hibachi <QUOTES@mg.example.com>", "own-address"),
    ],
)
def test_mailgun_auto_reply_signals(name: str, value: str, reason: str) -> None:
    pairs = replace_header(mailgun_pairs("mailgun.form"), name, value)
    if name == "From":
        pairs = [(k, value if k == "from" else v) for k, v in pairs]
    message = only_message(mailgun().parse(signed(pairs)))
    assert message.kind is InboundKind.AUTO_REPLY
    assert message.raw["auto_reply_reason"] == reason


def test_auto_submitted_no_is_a_normal_message() -> None:
    pairs = replace_header(mailgun_pairs("mailgun.form"), "Auto-Submitted", "no")
    message = only_message(mailgun().parse(signed(pairs)))
    assert message.kind is InboundKind.MESSAGE
    assert "auto_reply_reason" not in message.raw


def test_mailgun_without_message_headers_reads_top_level_header_fields() -> None:
    pairs = [(k, v) for k, v in mailgun_pairs("mailgun_reply.form") if k != "message-headers"]
    message = only_message(mailgun().parse(signed(pairs)))
    assert message.provider_message_id == (
        "<CAJ7nR4vY8pQ1mZs6tL0wB3kF9hE2cX5gN7uD4aI1oM8rT6yP_q@mail.example.org>"
    )
    assert message.received_at == utc(2025, 6, 11, 4, 4, 39)
    assert len(message.thread_ref) == 2


def drop_headers(encoded: str, names: set[str]) -> str:
    return json.dumps([h for h in json.loads(encoded) if h[0] not in names])


def test_mailgun_without_a_sender_is_malformed() -> None:
    drop = {"from", "From", "sender"}
    pairs = [(k, v) for k, v in mailgun_pairs("mailgun.form") if k not in drop]
    pairs = [(k, drop_headers(v, drop) if k == "message-headers" else v) for k, v in pairs]
    with pytest.raises(MalformedPayload, match="mailgun post has no sender address"):
        mailgun().parse(signed(pairs))


def test_mailgun_without_a_message_id_gets_a_stable_derived_one() -> None:
    """Issue 14 item 2: stored under an id made of sender, Date, subject and body."""
    drop = {"Message-Id"}
    pairs = [(k, v) for k, v in mailgun_pairs("mailgun.form") if k not in drop]
    pairs = [(k, drop_headers(v, drop) if k == "message-headers" else v) for k, v in pairs]
    first, retry = mailgun().parse(signed(pairs)), mailgun().parse(signed(pairs, timestamp=NOW + 5))
    message = only_message(first)
    assert message.provider_message_id == retry.messages[0].provider_message_id
    assert message.provider_message_id.endswith("@derived.invalid>")
    assert message.raw["message_id_derived"] is True
    assert [(s.reason, s.stored) for s in first.skipped] == [("no_message_id", True)]
    other = [(k, v + " (updated)" if k == "body-plain" else v) for k, v in pairs]
    assert only_message(mailgun().parse(signed(other))).provider_message_id != (
        message.provider_message_id)


@pytest.mark.parametrize("value", ["not json", '{"From": "x"}', '[["From"]]'])
def test_mailgun_bad_message_headers_are_malformed(value: str) -> None:
    pairs = [(k, value if k == "message-headers" else v) for k, v in mailgun_pairs("mailgun.form")]
    with pytest.raises(MalformedPayload, match="message-headers"):
        mailgun().parse(signed(pairs))


def test_mailgun_store_notify_attachments_become_attachments() -> None:
    stored = [
        {
            "url": "https://se.api.mailgun.net/v3/domains/mg.example.com/messages/eyJwIjp/attachments/0",
            "content-type": "image/jpeg",
            "name": "patio.jpg",
            "size": 84117,
        }
    ]
    pairs = [*mailgun_pairs("mailgun_reply.form"), ("attachments", json.dumps(stored))]
    message = only_message(mailgun().parse(signed(pairs)))
    assert message.attachments == (
        Attachment(url=stored[0]["url"], content_type="image/jpeg", name="patio.jpg"),  # type: ignore[arg-type]
    )
    assert message.raw["attachment_names"] == ["patio.jpg"]


# -- SendGrid ----------------------------------------------------------------------------------

SG_USER, SG_PASSWORD = "parse-hook", "c0rrect h0rse:battery"
SG_BUSINESS = "quotes@parse.example.com"


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def sendgrid_request(
    name: str = "sendgrid_fields.json",
    *,
    authorization: str | None = None,
    changes: dict[str, str] | None = None,
) -> WebhookRequest:
    fields = json.loads((FIXTURES / name).read_text())
    fields.update(changes or {})
    headers = {"content-type": "multipart/form-data; boundary=xYzZY"}
    headers["authorization"] = authorization or basic(SG_USER, SG_PASSWORD)
    return WebhookRequest(
        url="https://gw.example.com/webhooks/email/sendgrid",
        body=b"",
        headers=headers,
        form=list(fields.items()),
    )


def sendgrid(user: str = SG_USER, password: str = SG_PASSWORD) -> SendGridInbound:
    return SendGridInbound(
        username=user, password=password, business_address=SG_BUSINESS, now=lambda: NOW
    )


def test_sendgrid_accepts_the_right_credentials() -> None:
    assert accepts(sendgrid().verify, sendgrid_request())


@pytest.mark.parametrize(
    "authorization",
    [
        "",
        basic(SG_USER, "wrong"),
        basic("someone", SG_PASSWORD),
        basic(SG_USER, SG_PASSWORD + "x"),
        "Basic " + base64.b64encode(SG_USER.encode()).decode(),
        "Basic not*base64",
        "Bearer " + base64.b64encode(f"{SG_USER}:{SG_PASSWORD}".encode()).decode(),
    ],
)
def test_sendgrid_refuses_bad_credentials(authorization: str) -> None:
    request = sendgrid_request()
    request = WebhookRequest(
        url=request.url,
        body=request.body,
        headers={**request.headers, "authorization": authorization},
        form=request.form,
    )
    with pytest.raises(SignatureError):
        sendgrid().verify(request)


@pytest.mark.parametrize(("user", "password"), [("", ""), (SG_USER, ""), ("", SG_PASSWORD)])
def test_sendgrid_refuses_everything_when_not_configured(user: str, password: str) -> None:
    with pytest.raises(SignatureError, match="not configured"):
        sendgrid(user, password).verify(sendgrid_request(authorization=basic(user, password)))


def test_sendgrid_first_inquiry() -> None:
    fields = json.loads((FIXTURES / "sendgrid_fields.json").read_text())
    message = only_message(sendgrid().parse(sendgrid_request()))
    assert message == InboundMessage(
        channel=Channel.EMAIL,
        provider_message_id="<CAK2mW7pF4hT0xR8vN3qL6zB1sJ9yD5cE2gU7aO4iK8nV1tX_e@mail.example.org>",
        sender="elena.park@example.org",
        recipient="quotes@parse.example.com",
        text=(
            "Hello!\n\nMy son is turning 10 and we'd like a hibachi dinner on Saturday, "
            "September 13 around 5pm at our house in Carmichael (95608). We'll have 6 adults and "
            "9 kids ages 8 to 11, plus my 4-year-old.\n\nThe kids want chicken and shrimp, and two "
            "of the adults would like filet. Do you have a kids' price? And is tofu an option for "
            "one vegetarian guest?"
        ),
        received_at=utc(2025, 6, 11, 5, 11, 57),
        kind=InboundKind.MESSAGE,
        sender_name="Elena Park",
        subject="Birthday hibachi - Carmichael 95608, Sept 13",
        thread_ref=(),
        raw={
            "full_text": fields["text"],
            "from": "Elena Park <elena.park@example.org>",
            "to": "quotes@parse.example.com",
            "envelope_from": "elena.park@example.org",
            "headers": {"Date": "Tue, 10 Jun 2025 22:11:57 -0700"},
            "provider": "sendgrid",
            "spam_score": "0.012",
            "spf": "pass",
            "dkim": "{@example.org : pass}",
            "attachment_count": 0,
            "attachment_names": [],
        },
    )


def test_sendgrid_reply_with_folded_references_encoded_name_and_attachment() -> None:
    fields = json.loads((FIXTURES / "sendgrid_reply_fields.json").read_text())
    message = only_message(sendgrid().parse(sendgrid_request("sendgrid_reply_fields.json")))
    assert message == InboundMessage(
        channel=Channel.EMAIL,
        provider_message_id="<CAK2mW7pG9sB4vL1xQ6tN8zR3kJ0yE7cF5hU2aP9iM4oW6rY_b@mail.example.org>",
        sender="elena.park@example.org",
        recipient="quotes@parse.example.com",
        text=(
            "Thank you! Two changes:\n- 7 adults now, not 6\n- the 4-year-old will share with me"
            "\n\nI attached a sketch of the backyard.\n\nElena"
        ),
        received_at=utc(2025, 6, 11, 15, 30, 31),
        kind=InboundKind.MESSAGE,
        sender_name="Elena Park (Carmichael)",
        subject="Re: Birthday hibachi - Carmichael 95608, Sept 13",
        thread_ref=(
            "<174961512.7d3e.quote-118@parse.example.com>",
            "<CAK2mW7pF4hT0xR8vN3qL6zB1sJ9yD5cE2gU7aO4iK8nV1tX_e@mail.example.org>",
        ),
        raw={
            "full_text": fields["text"],
            "from": "Elena Park (Carmichael) <Elena.Park@example.org>",
            "to": "Sac Valley Hibachi <quotes@parse.example.com>",
            "envelope_from": "elena.park@example.org",
            "headers": {"Date": "Wed, 11 Jun 2025 08:30:31 -0700"},
            "provider": "sendgrid",
            "spam_score": None,
            "spf": "pass",
            "dkim": "{@example.org : pass}",
            "attachment_count": 1,
            "attachment_names": ["backyard-sketch.jpg"],
        },
    )


def test_sendgrid_encoded_from_header_is_decoded_when_the_field_is_absent() -> None:
    request = sendgrid_request("sendgrid_reply_fields.json")
    form = [(k, v) for k, v in request.form or [] if k != "from"]
    message = only_message(sendgrid().parse(WebhookRequest(url=request.url, body=b"", form=form)))
    assert message.sender == "elena.park@example.org"
    assert message.sender_name == "Elena Park (Carmichael)"


def test_sendgrid_empty_envelope_sender_is_an_auto_reply() -> None:
    envelope = json.dumps({"to": ["quotes@parse.example.com"], "from": ""})
    message = only_message(sendgrid().parse(sendgrid_request(changes={"envelope": envelope})))
    assert message.kind is InboundKind.AUTO_REPLY
    assert message.raw["auto_reply_reason"] == "null-envelope-sender"


def test_sendgrid_mail_from_our_own_address_is_an_auto_reply() -> None:
    request = sendgrid_request(changes={"from": "Sac Valley Hibachi <quotes@parse.example.com>"})
    message = only_message(sendgrid().parse(request))
    assert message.kind is InboundKind.AUTO_REPLY
    assert message.raw["auto_reply_reason"] == "own-address"


def test_sendgrid_html_only_mail_still_has_text() -> None:
    request = sendgrid_request(changes={"text": ""})
    message = only_message(sendgrid().parse(request))
    assert message.text.startswith("Hello!\n\nMy son is turning 10")
    assert message.text.endswith("one vegetarian guest?")


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"envelope": "{not json"}, "envelope is not JSON"),
        ({"envelope": '["quotes@parse.example.com"]'}, "not an object"),
        ({"envelope": '{"to": "quotes@parse.example.com"}'}, "envelope.to"),
        ({"from": "", "headers": "Message-ID: <a@b.example>\n"}, "sendgrid post has no sender"),
    ],
)
def test_sendgrid_malformed_posts(changes: dict[str, str], reason: str) -> None:
    with pytest.raises(MalformedPayload, match=reason):
        sendgrid().parse(sendgrid_request(changes=changes))


def test_from_settings_build_the_inbound_adapters() -> None:
    settings = Settings(
        mailgun_signing_key=KEY,
        sendgrid_inbound_user=SG_USER,
        sendgrid_inbound_password=SG_PASSWORD,
        email_from=BUSINESS,
        _env_file=None,  # type: ignore[call-arg]
    )
    sendgrid_adapter = SendGridInbound.from_settings(settings)
    sendgrid_adapter.verify(sendgrid_request())
    mailgun_adapter = MailgunInbound.from_settings(settings)
    pairs = replace_header(mailgun_pairs("mailgun.form"), "From", "quotes@mg.example.com")
    pairs = [(k, "quotes@mg.example.com" if k == "from" else v) for k, v in pairs]
    assert only_message(mailgun_adapter.parse(signed(pairs))).kind is InboundKind.AUTO_REPLY


# -- Outbound over SMTP ------------------------------------------------------------------------


def sender(port: int) -> EmailSender:
    return EmailSender(
        host="127.0.0.1",
        port=port,
        username="",
        password="",
        starttls=False,
        from_address="quotes@mg.example.com",
        business_name="Sac Valley Hibachi",
    )


REPLY = (
    "Hi Jordan,\n\nGreat, Saturday June 28 is yours. The $100 deposit holds the date & comes off "
    "the final bill.\nA veggie plate for one kid is no problem (<no charge>)."
)


def reply_to_jordan(**overrides: object) -> OutboundMessage:
    values: dict[str, object] = {
        "channel": Channel.EMAIL,
        "recipient": "jordan.reyes@example.org",
        "text": REPLY,
        "idempotency_key": "draft:51",
        "subject": "Your hibachi quote for June 28 - Carmichael",
        "in_reply_to": "<CAJ7nR4vY8pQ1mZs6tL0wB3kF9hE2cX5gN7uD4aI1oM8rT6yP_q@mail.example.org>",
        "references": (
            "<CAJ7nR4vX2kT9pLm8qW3bZ5sH1yD6fG0cU4eA7iO2xN9tV5rK_w@mail.example.org>",
            "<20250611030512.1.8F3C2A1B9D7E6F50@mg.example.com>",
        ),
    }
    values.update(overrides)
    return OutboundMessage(**values)  # type: ignore[arg-type]


async def test_send_delivers_a_threaded_reply(smtp: tuple[RecordingHandler, int]) -> None:
    handler, port = smtp
    result = await sender(port).send(reply_to_jordan())

    ((mail_from, rcpt_tos, content),) = handler.messages
    assert mail_from == "quotes@mg.example.com"
    assert rcpt_tos == ["jordan.reyes@example.org"]
    received = message_from_bytes(content, policy=policy.default)
    assert isinstance(received, EmailMessage)
    assert received["From"] == "Sac Valley Hibachi <quotes@mg.example.com>"
    assert received["To"] == "jordan.reyes@example.org"
    assert received["Subject"] == "Re: Your hibachi quote for June 28 - Carmichael"
    # Long ids are folded onto a continuation line (valid RFC 5322), so compare without it.
    assert received["In-Reply-To"].strip() == (
        "<CAJ7nR4vY8pQ1mZs6tL0wB3kF9hE2cX5gN7uD4aI1oM8rT6yP_q@mail.example.org>"
    )
    assert received["References"].split() == [
        "<CAJ7nR4vX2kT9pLm8qW3bZ5sH1yD6fG0cU4eA7iO2xN9tV5rK_w@mail.example.org>",
        "<20250611030512.1.8F3C2A1B9D7E6F50@mg.example.com>",
        "<CAJ7nR4vY8pQ1mZs6tL0wB3kF9hE2cX5gN7uD4aI1oM8rT6yP_q@mail.example.org>",
    ]
    assert received["Message-ID"].strip() == result.provider_message_id
    assert result.provider_message_id.startswith("<")
    assert result.provider_message_id.endswith("@mg.example.com>")
    assert result.parts == 1
    assert received.get_content_type() == "multipart/alternative"
    text_part = received.get_body(preferencelist=("plain",))
    html_part = received.get_body(preferencelist=("html",))
    assert text_part is not None and html_part is not None
    assert text_part.get_content().replace("\r\n", "\n") == REPLY + "\n"
    html = html_part.get_content().replace("\r\n", "\n")
    assert "<p>Hi Jordan,</p>" in html
    assert (
        "<p>Great, Saturday June 28 is yours. The $100 deposit holds the date &amp; comes off "
        "the final bill.<br>\nA veggie plate for one kid is no problem (&lt;no charge&gt;).</p>"
    ) in html


async def test_message_id_is_stable_per_outbox_entry(smtp: tuple[RecordingHandler, int]) -> None:
    _handler, port = smtp
    first = await sender(port).send(reply_to_jordan())
    retried = await sender(port).send(reply_to_jordan())
    other = await sender(port).send(replace(reply_to_jordan(), idempotency_key="draft:52"))
    assert first.provider_message_id == retried.provider_message_id == "<reply-draft-51@mg.example.com>"
    assert other.provider_message_id != first.provider_message_id


async def test_send_never_doubles_the_re_prefix(smtp: tuple[RecordingHandler, int]) -> None:
    handler, port = smtp
    await sender(port).send(
        reply_to_jordan(subject="RE: Your hibachi quote", in_reply_to=None, references=())
    )
    received = message_from_bytes(handler.messages[0][2], policy=policy.default)
    assert received["Subject"] == "RE: Your hibachi quote"
    assert received["In-Reply-To"] is None
    assert received["References"] is None


async def test_refused_recipient_is_permanent(smtp: tuple[RecordingHandler, int]) -> None:
    handler, port = smtp
    handler.refuse["jordan.reyes@example.org"] = "550 5.1.1 No such user here"
    with pytest.raises(PermanentSendError) as info:
        await sender(port).send(reply_to_jordan())
    assert info.value.code == "550"
    assert handler.messages == []


async def test_temporarily_refused_recipient_is_transient(
    smtp: tuple[RecordingHandler, int],
) -> None:
    handler, port = smtp
    handler.refuse["jordan.reyes@example.org"] = "451 4.7.1 Greylisted, try again later"
    with pytest.raises(TransientSendError) as info:
        await sender(port).send(reply_to_jordan())
    assert info.value.code == "451"


async def test_no_server_listening_is_transient() -> None:
    with pytest.raises(TransientSendError):
        await sender(free_port()).send(reply_to_jordan())


@pytest.mark.parametrize(
    "recipient", ["", "jordan", "a@b.example, c@d.example", "x@y.example\r\nBcc: z@w.example"]
)
async def test_bad_recipient_is_permanent_before_any_connection(recipient: str) -> None:
    with pytest.raises(PermanentSendError, match="not an email address"):
        await sender(free_port()).send(reply_to_jordan(recipient=recipient))


def test_reply_subject_rules() -> None:
    assert reply_subject("Quote", "Sac Valley Hibachi") == "Re: Quote"
    assert reply_subject("Re: Quote", "Sac Valley Hibachi") == "Re: Quote"
    assert reply_subject("re:Quote", "Sac Valley Hibachi") == "re:Quote"
    assert reply_subject("Re[2]: Quote", "Sac Valley Hibachi") == "Re[2]: Quote"
    assert reply_subject("Regarding the quote", "X") == "Re: Regarding the quote"
    assert reply_subject(None, "Sac Valley Hibachi") == "Your message to Sac Valley Hibachi"


def test_email_sender_from_settings() -> None:
    settings = Settings(
        smtp_host="smtp.example.com",
        smtp_port=465,
        smtp_username="postmaster@mg.example.com",
        smtp_password="pw",
        email_from="Sac Valley Hibachi <quotes@mg.example.com>",
        _env_file=None,  # type: ignore[call-arg]
    )
    built = EmailSender.from_settings(settings).build(reply_to_jordan())
    assert built["From"] == "Sac Valley Hibachi <quotes@mg.example.com>"
    assert EmailSender.from_settings(settings).limits(Channel.EMAIL).max_chars == 20000


def test_email_sender_is_a_sender_without_a_webhook() -> None:
    """Email arrives through the Mailgun or SendGrid webhook; SMTP alone opens none."""
    import httpx

    from app.channels import build_channels

    adapter: Sender = sender(25)
    assert adapter.channels == (Channel.EMAIL,)
    assert not hasattr(adapter, "verify") and not hasattr(adapter, "parse")
    settings = Settings(smtp_host="127.0.0.1", email_from="quotes@mg.example.com",
                        _env_file=None)  # type: ignore[call-arg]
    channels = build_channels(settings, http=httpx.AsyncClient())
    assert channels.inbound == {}
    assert isinstance(channels.senders[Channel.EMAIL], EmailSender)
