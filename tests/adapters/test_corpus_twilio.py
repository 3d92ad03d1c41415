"""Issue 14 corpus, Twilio: WhatsApp location shares (a named place and a bare pin), an MMS of a
contact card and a voice memo without text, an SMS with none of the optional fields, and a status
callback for a message staff sent from Twilio's own tools. Each is signed with X-Twilio-Signature
(HMAC-SHA1 over the URL and the sorted parameters) and compared with the whole parse.
Sources: tests/fixtures/PROVIDERS.md, "Non-happy-path corpus"."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode

import pytest

from adapters.twilio import TwilioAdapter
from tests.helpers import fixture_bytes, twilio_signed
from vocabulary.messages import (
    Attachment,
    Channel,
    DeliveryStatus,
    InboundMessage,
    Location,
    ParsedWebhook,
    SkippedEvent,
)
from vocabulary.webhook import WebhookRequest

URL = "https://gateway.example.com/webhooks/twilio"
NOW = datetime(2025, 6, 14, 17, 5, tzinfo=UTC)
ACCOUNT = "AC9af211329b2fc82e5efe906062c73008"
MEDIA = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT}/Messages/" \
    "MM2f9c4e1a7b3d4c8e9a06b5d1e2f3c4a7/Media/"


def adapter() -> TwilioAdapter:
    return TwilioAdapter(account_sid=ACCOUNT, auth_token="test-twilio-auth-token",
                         from_number="+19165550100", now=lambda: NOW)


def signed(name: str, url: str = URL) -> WebhookRequest:
    body = fixture_bytes(f"twilio/{name}")
    headers = {k.lower(): v for k, v in twilio_signed(url, body).items()}
    return WebhookRequest(url=url, body=body, headers=headers)


def fields(name: str) -> dict[str, str]:
    return dict(parse_qsl(fixture_bytes(f"twilio/{name}").decode(), keep_blank_values=True))


def inbound(name: str, channel: Channel, sender: str, text: str,
            attachments: tuple[Attachment, ...], sender_name: str | None = None
            ) -> InboundMessage:
    raw = fields(name)
    return InboundMessage(channel=channel, provider_message_id=raw["MessageSid"], sender=sender,
                          recipient="+19165550100", text=text, received_at=NOW,
                          attachments=attachments, sender_name=sender_name, raw=raw)


def pin(lat: float, lon: float, name: str | None = None, address: str | None = None
        ) -> Attachment:
    return Attachment.of_location(Location(lat, lon, name=name, address=address))


CORPUS: dict[str, ParsedWebhook] = {
    "whatsapp_location.form": ParsedWebhook(messages=(inbound(
        "whatsapp_location.form", Channel.WHATSAPP, "+19165550168", "",
        (pin(38.7521235, -121.2880059, "Blue Oaks Town Center",
             "1501 Blue Oaks Blvd, Roseville, CA 95747"),), "Lupe Ortega"),)),
    "whatsapp_location_pin.form": ParsedWebhook(messages=(inbound(
        "whatsapp_location_pin.form", Channel.WHATSAPP, "+19165550184", "",
        (pin(38.4088411, -121.3716178),), "Tran Nguyen"),)),
    "mms_vcard_audio.form": ParsedWebhook(messages=(inbound(
        "mms_vcard_audio.form", Channel.SMS, "+19165550139", "",
        (Attachment(MEDIA + "ME0b7d3a91c5e24f6a8b1c9d2e4f6a8b0c", "text/vcard"),
         Attachment(MEDIA + "ME9e1f3a5c7b9d4e6f8a0b2c4d6e8f0a1b", "audio/amr"))),)),
    "sms_minimal.form": ParsedWebhook(messages=(inbound(
        "sms_minimal.form", Channel.SMS, "+19165550172",
        "Hola, cuánto cuesta para 15 personas en Woodland 95695? Gracias \U0001f64f", ()),)),
    "status_sent_outside.form": ParsedWebhook(statuses=(DeliveryStatus(
        channel=Channel.SMS, provider_message_id="SMd41b8e9f27c34a1e8f5b60a2c9e7d318",
        status="sent", raw=fields("status_sent_outside.form"), recipient="+19165550123",
        sender="+19165550100"),)),
}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_corpus_fixture_parses_to_the_expected_result(name: str) -> None:
    url = URL + "/status" if name.startswith("status") else URL
    request = signed(name, url)
    adapter().verify(request)
    assert adapter().parse(request) == CORPUS[name]


@pytest.mark.parametrize(("latitude", "longitude"), [("", "-121.29"), ("north", "-121.29"),
                                                     ("91.5", "-121.29"), ("38.75", "nan")])
def test_an_unreadable_location_keeps_the_message_and_is_noted(latitude: str,
                                                               longitude: str) -> None:
    form = {**fields("whatsapp_location.form"), "Latitude": latitude, "Longitude": longitude,
            "Body": "here"}
    body = urlencode(form).encode()
    request = WebhookRequest(url=URL, body=body,
                             headers={k.lower(): v for k, v in twilio_signed(URL, body).items()})
    parsed = adapter().parse(request)
    assert [(m.text, m.attachments) for m in parsed.messages] == [("here", ())]
    assert parsed.skipped == (SkippedEvent(
        "location_unreadable", "twilio SM5a0e6f1c2b7d48e39a41f0c2d8b6e713: Latitude/Longitude "
        "unreadable", stored=True),)
