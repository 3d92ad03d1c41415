"""The Twilio adapter alone: signatures and parsing of every fixture, field by field."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qsl

import pytest
from twilio.request_validator import RequestValidator

from adapters.twilio import TwilioAdapter
from adapters.twilio_parse import classify_keyword
from tests.fakes.server import FakeServer
from tests.helpers import fixture_bytes, form_body, twilio_signed
from vocabulary.errors import MalformedPayload, SignatureError
from vocabulary.messages import (
    Attachment,
    Channel,
    DeliveryStatus,
    InboundKind,
    InboundMessage,
    OutboundMessage,
)
from vocabulary.webhook import WebhookRequest

URL = "https://gateway.example.com/webhooks/twilio"
NOW = datetime(2025, 6, 14, 17, 5, tzinfo=UTC)
ACCOUNT = "AC9af211329b2fc82e5efe906062c73008"
SERVICE = "MGc8bffbe4a6f4d7eec602a85352babca6"


def adapter() -> TwilioAdapter:
    return TwilioAdapter(
        account_sid=ACCOUNT,
        auth_token="test-twilio-auth-token",
        from_number="+19165550100",
        now=lambda: NOW,
    )


def signed(name: str, url: str = URL) -> WebhookRequest:
    body = fixture_bytes(f"twilio/{name}")
    headers = {k.lower(): v for k, v in twilio_signed(url, body).items()}
    return WebhookRequest(url=url, body=body, headers=headers)


def only_message(name: str) -> InboundMessage:
    request = signed(name)
    adapter().verify(request)
    parsed = adapter().parse(request)
    assert parsed.statuses == () and parsed.ignored == ()
    (message,) = parsed.messages
    return message


def test_sms_fixture() -> None:
    message = only_message("sms.form")
    assert message == InboundMessage(
        channel=Channel.SMS,
        provider_message_id="SM01e42d54d4626cf254066f573b9bd392",
        sender="+19165550123",
        recipient="+19165550100",
        text="Hi! How much for hibachi for 10 adults with filet mignon? We're in Folsom 95630",
        received_at=NOW,
        kind=InboundKind.MESSAGE,
        attachments=(),
        sender_name=None,
        raw=message.raw,
    )
    assert message.raw["FromZip"] == "95630"
    assert message.raw["MessagingServiceSid"] == SERVICE
    assert message.raw["AccountSid"] == ACCOUNT


def test_mms_with_two_images() -> None:
    message = only_message("mms_two_images.form")
    assert message.channel == Channel.SMS
    assert message.provider_message_id.startswith("MM")
    assert message.sender == "+19165550147"
    assert message.kind == InboundKind.MESSAGE
    assert len(message.attachments) == 2
    assert all(
        isinstance(a, Attachment) and a.content_type == "image/jpeg" for a in message.attachments
    )
    assert [a.url for a in message.attachments] == [
        message.raw["MediaUrl0"],
        message.raw["MediaUrl1"],
    ]
    assert message.attachments[0].url.startswith("https://api.twilio.com/2010-04-01/Accounts/")
    assert "8 adults" in message.text


def test_whatsapp_fixture() -> None:
    message = only_message("whatsapp.form")
    assert message.channel == Channel.WHATSAPP
    assert message.sender == "+19165550168"
    assert message.recipient == "+19165550100"
    assert message.sender_name == "Lupe Ortega"
    assert message.provider_message_id == "SMf331f905dfa87cfed4876c8eff68acbf"
    assert message.text.startswith("Hola! Do you cater in Elk Grove 95757?")
    assert message.kind == InboundKind.MESSAGE
    assert message.raw["WaId"] == "19165550168"


def test_stop_fixture_is_an_opt_out() -> None:
    message = only_message("stop.form")
    assert message.kind == InboundKind.OPT_OUT
    assert message.text == "STOP"
    assert message.raw["OptOutType"] == "STOP"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("stop", InboundKind.OPT_OUT),
        (" Unsubscribe ", InboundKind.OPT_OUT),
        ("STOPALL", InboundKind.OPT_OUT),
        ("quit", InboundKind.OPT_OUT),
        ("cancel", InboundKind.OPT_OUT),
        ("END", InboundKind.OPT_OUT),
        ("start", InboundKind.OPT_IN),
        ("UNSTOP", InboundKind.OPT_IN),
        ("help", InboundKind.HELP),
        ("please stop by at 5", InboundKind.MESSAGE),
        ("Can I cancel my booking?", InboundKind.MESSAGE),
    ],
)
def test_keywords(body: str, kind: InboundKind) -> None:
    assert classify_keyword(body) == kind


@pytest.mark.parametrize(
    ("name", "status", "error"),
    [("status_delivered.form", "delivered", None), ("status_failed.form", "failed", "30006")],
)
def test_status_callbacks(name: str, status: str, error: str | None) -> None:
    request = signed(name, URL + "/status")
    adapter().verify(request)
    parsed = adapter().parse(request)
    assert parsed.messages == ()
    (report,) = parsed.statuses
    assert isinstance(report, DeliveryStatus)
    assert (report.channel, report.status, report.error_code) == (Channel.SMS, status, error)
    assert report.provider_message_id == report.raw["MessageSid"]


def test_bad_signature_is_refused() -> None:
    request = signed("sms.form")
    forged = WebhookRequest(
        url=URL, body=request.body.replace(b"10+adults", b"99+adults"), headers=request.headers
    )
    with pytest.raises(SignatureError):
        adapter().verify(forged)


def test_signature_for_another_url_is_refused() -> None:
    request = signed("sms.form", url="https://elsewhere.example.com/webhooks/twilio")
    with pytest.raises(SignatureError):
        adapter().verify(WebhookRequest(url=URL, body=request.body, headers=request.headers))


def test_missing_signature_or_token_is_refused() -> None:
    body = fixture_bytes("twilio/sms.form")
    with pytest.raises(SignatureError):
        adapter().verify(WebhookRequest(url=URL, body=body, headers={}))
    no_token = TwilioAdapter(account_sid=ACCOUNT, auth_token="", from_number="+19165550100")
    with pytest.raises(SignatureError):
        no_token.verify(signed("sms.form"))


@pytest.mark.parametrize(("url", "params"), [
    (URL, {}),
    (URL, {"Body": "caf\u00e9 \U0001f371 & = + %", "From": "+19165550123", "A": "", "b": "x"}),
    ("https://gateway.example.com:8443/webhooks/twilio?x=1&y=%20", {"To": "+1", "Z": "z"}),
    (URL, dict(parse_qsl(fixture_bytes("twilio/whatsapp_location.form").decode()))),
])
def test_the_first_check_computes_the_sdks_signature(url: str, params: dict[str, str]) -> None:
    """The adapter's own first check computes what the SDK's compute_signature computes."""
    from adapters.twilio import _signature

    expected = RequestValidator("test-token").compute_signature(url, params)
    assert _signature("test-token", url, params) == expected


@pytest.mark.parametrize(
    "body",
    [
        form_body({"Body": "hi", "From": "+19165550123"}),  # no MessageSid, no To
        form_body({"MessageSid": "SM1", "From": "+1", "To": "+2", "NumMedia": "two"}),
    ],
)
def test_malformed_forms(body: bytes) -> None:
    with pytest.raises(MalformedPayload):
        adapter().parse(WebhookRequest(url=URL, body=body))


async def test_warming_loads_the_client_without_calling_twilio(fake_twilio: FakeServer) -> None:
    sender = TwilioAdapter(account_sid=ACCOUNT, auth_token="test-twilio-auth-token",
                           from_number="+19165550100", api_base_url=fake_twilio.url,
                           now=lambda: NOW)
    try:
        await sender.warm()
        assert fake_twilio.calls() == []
        result = await sender.send(OutboundMessage(
            channel=Channel.SMS, recipient="+19165550123", text="See you Saturday!",
            idempotency_key="7"))
    finally:
        await sender.close()
    (call,) = fake_twilio.calls()
    assert (call.form()["To"], call.form()["Body"]) == ("+19165550123", "See you Saturday!")
    assert result.provider_message_id.startswith("SM")
