"""Issue 14 corpus, Meta: real-world shapes that are not the happy path (a chat-plugin guest in
a batch, the dashboard's test sample, a location share, staff answering from Meta's own tools,
odd and unknown events), each signed with X-Hub-Signature-256 and compared with the whole parse.
Where each shape comes from: tests/fixtures/PROVIDERS.md, "Non-happy-path corpus"."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from adapters.meta import MetaAdapter
from vocabulary.messages import (
    Attachment,
    Channel,
    InboundKind,
    InboundMessage,
    Location,
    ParsedWebhook,
    SkippedEvent,
)
from vocabulary.webhook import WebhookRequest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "meta"
SECRET = "corpus-app-secret"
PAGE, IG = "104857392016482", "17841401234567890"
MARISOL = "7083456129384756"
NOW = datetime(2025, 6, 11, 6, 30, tzinfo=UTC)
IG_MID = "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAxMjM0NTY3ODkwOj"


def _ms(value: int) -> datetime:
    return datetime.fromtimestamp(value // 1000, UTC).replace(microsecond=(value % 1000) * 1000)


def _customer(channel: Channel, mid: str, sender: str, text: str, at: datetime, **extra: object
              ) -> InboundMessage:
    recipient = PAGE if channel is Channel.MESSENGER else IG
    raw = {"object_id": recipient, **extra.pop("raw", {})}  # type: ignore[dict-item]
    return InboundMessage(channel=channel, provider_message_id=mid, sender=sender,
                          recipient=recipient, text=text, received_at=at, raw=raw,
                          **extra)  # type: ignore[arg-type]


CORPUS: dict[str, ParsedWebhook] = {
    # Item 1: one chat-plugin guest (user_ref, no id) no longer costs the other customers.
    "messenger_chat_plugin_batch.json": ParsedWebhook(
        messages=(
            _customer(Channel.MESSENGER,
                      "m_Q2i8uP0kdN3vJXbq7Lw1sYcE5oRzA9tGhF6mKjU4nVyT-xBeW2pDlS0aHcIrM8gZfOq1vNkJ"
                      "tY3uPsLwE5dRbX", "7391025846173920",
                      "Do you do weekday events? Thinking Thursday July 24, 8 adults in Folsom "
                      "95630.", _ms(1749620430915)),
            _customer(Channel.MESSENGER,
                      "m_Vn4bT8xR2cK6wP0yL3hJ9sF1dG5qZ7mA-uE2iO4tY8rW6eQ0pN3kB5vC9xM1zL7jH2gD4fS6"
                      "aT8yU0iR3oP5lK1n", "6957302184639271",
                      "Also, is the teriyaki sauce gluten free? My sister has celiac.",
                      _ms(1749620436201)),
        ),
        ignored=("messenger delivery of 1 message(s) to 7214689305718264",),
        skipped=(SkippedEvent("no_sender_id", "messenger entry[1].messaging[0]: sender has a "
                              "user_ref and no id"),),
    ),
    # Item 4: the dashboard's "Test" button: a `changes` wrapper and seconds as a string.
    "messenger_dashboard_sample.json": ParsedWebhook(
        messages=(
            InboundMessage(channel=Channel.MESSENGER, provider_message_id="test_message_id",
                           sender="12334", recipient="23245", text="test_message",
                           received_at=datetime(2018, 5, 27, 22, 23, 44, tzinfo=UTC),
                           raw={"object_id": "0"}),
        ),
    ),
    # Item 6: a shared location: coordinates in the payload, Facebook's title beside it.
    "messenger_location.json": ParsedWebhook(
        messages=(
            _customer(Channel.MESSENGER,
                      "m_Lq7wE3rT9yU1iO5pA2sD4fG6hJ8kZ0xC-vB3nM5qW7eR9tY1uI3oP5aS7dF9gH1jK3lZ5xC"
                      "7vB9nM1qW3eR5tY7u", "6629184730562918", "", _ms(1749621309288),
                      attachments=(Attachment(
                          url="https://www.openstreetmap.org/?mlat=38.677520&mlon=-121.176130"
                          "#map=17/38.677520/-121.176130", content_type="location",
                          name="Kathy's Location",
                          location=Location(38.67752, -121.17613, name="Kathy's Location")),)),
        ),
    ),
    # Item 8: staff answered from the Page inbox: an echo without the gateway's metadata.
    "messenger_staff_echo.json": ParsedWebhook(
        messages=(
            InboundMessage(
                channel=Channel.MESSENGER,
                provider_message_id="m_Zt5rE1wQ9yU3iO7pA0sD2fG4hJ6kL8zX-cV1bN3mQ5wE7rT9yU1iO3pA5s"
                "D7fG9hJ1kL3zX5cV7bN9mQ1wE3rT5y",
                sender=PAGE, recipient=MARISOL,
                text="Hi Marisol, this is Tomas from Sac Valley Hibachi. For 12 adults + 4 kids "
                "with filet it comes to about $1,090 before travel. I'll send the exact quote "
                "tonight!",
                received_at=_ms(1749609401876), kind=InboundKind.ECHO,
                raw={"object_id": PAGE, "app_id": "1217981644879628", "from_gateway": False}),
        ),
    ),
    # An unknown event kind is counted, a message without its time gets the receive time, and
    # the gateway's own echo is recognized by its metadata.
    "messenger_odd_events.json": ParsedWebhook(
        messages=(
            _customer(Channel.MESSENGER,
                      "m_Hc2vB6nM0qW4eR8tY2uI6oP0aS4dF8gH2jK6lZ0xC4vB8nM2qW6eR0tY4uI8oP2aS6dF0gH4"
                      "jK8lZ2xC6vB0nM4q", MARISOL,
                      "Great, thank you! We'll confirm the date with my mom tonight.", NOW),
            InboundMessage(
                channel=Channel.MESSENGER,
                provider_message_id="m_Wn7bN1mQ3wE5rT7yU9iO1pA3sD5fG7hJ9kL1zX3cV5bN7mQ9wE1rT3yU5i"
                "O7pA9sD1fG3hJ5kL7zX9cV1bN3mQ5w",
                sender=PAGE, recipient=MARISOL, text="Sounds good, talk soon!",
                received_at=_ms(1749622019961), kind=InboundKind.ECHO,
                raw={"object_id": PAGE, "metadata": "draft:57", "app_id": "1298765432109876",
                     "from_gateway": True}),
        ),
        skipped=(
            SkippedEvent("unhandled_event", "messenger entry[0].messaging[0]: unhandled event "
                         "response_feedback"),
            SkippedEvent("timestamp_out_of_range", "messenger entry[1].messaging[0]: time missing or "
                         "unreadable is not plausible; stored with the receive time", stored=True),
        ),
    ),
    # Instagram: an unsent message, a reply, a read, a shared post next to a template card.
    "instagram_mixed_batch.json": ParsedWebhook(
        messages=(
            _customer(Channel.INSTAGRAM,
                      IG_MID + "M0MDI4MjM2Njg0MTcxMDMwMTI0NDIwNzAwMTg5NDE1MzYwNDYxNTQ2MTIZD",
                      "1184762930517284",
                      "sorry wrong chat lol. ok real question: 22 adults aug 2, elk grove 95758, "
                      "still lobster for everyone", _ms(1749623150562),
                      raw={"reply_to_mid": IG_MID + "M0MDI4MjM2Njg0MTcxMDMwMTI0NDIwMzE3NjkxMzc2"
                           "NjI5Mzg1NjM4NDJZD"}),
            _customer(Channel.INSTAGRAM,
                      IG_MID + "M0MDI4MjM2Njg0MTcxMDMwMTI0NDIwNzAwMjE4NzY1NDMyMTA5ODc2NTQZD",
                      "1039275146820537", "", _ms(1749623170044),
                      attachments=(Attachment(
                          "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id="
                          "18063847561029384&signature=AbzX1", "share"),)),
        ),
        ignored=(
            f"instagram deleted message {IG_MID}M0MDI4MjM2Njg0MTcxMDMwMTI0NDIwNjk4MzE3NzA3MTQ1NTE"
            "wMDZDZD",
            "instagram read from 1184762930517284",
        ),
    ),
}


@pytest.fixture
async def adapter() -> AsyncIterator[MetaAdapter]:
    async with httpx.AsyncClient() as http:
        yield MetaAdapter(app_secret=SECRET, verify_token="v", page_access_token="t",
                           graph_base_url="http://127.0.0.1:9", graph_version="v21.0", http=http,
                           now=lambda: NOW)


@pytest.mark.parametrize("name", sorted(CORPUS))
async def test_corpus_fixture_parses_to_the_expected_result(adapter: MetaAdapter, name: str
                                                            ) -> None:
    body = (FIXTURES / name).read_bytes()
    digest = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    request = WebhookRequest(url="https://gateway.example.com/webhooks/meta", body=body,
                             headers={"x-hub-signature-256": f"sha256={digest}"})
    adapter.verify(request)
    assert adapter.parse(request) == CORPUS[name]
