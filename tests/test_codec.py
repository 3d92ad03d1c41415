"""The JSON a webhook appends for its message (app.codec), field by field, and back."""

from __future__ import annotations

import enum
import json
from datetime import UTC, datetime
from typing import Any

from app.codec import decode, encode
from vocabulary.messages import (
    Attachment,
    Channel,
    DeliveryStatus,
    InboundKind,
    InboundMessage,
    Location,
)


class Level(enum.IntEnum):
    LOW = 1


class Label(str):
    """A str subclass that is not an enum: written as it is."""


# keys of every kind a provider's decoded payload may hold, an int among them
RAW: dict[Any, Any] = {"Body": "hi", "NumMedia": "1", 7: True, Channel.SMS: [1, 2.5, None],
                       "nested": {"level": Level.LOW, "when": datetime(2025, 1, 2, tzinfo=UTC)},
                       "label": Label("kept")}

MESSAGE = InboundMessage(
    channel=Channel.WHATSAPP, provider_message_id="SM1", sender="+19165550123",
    recipient="+19165550100", text="caf\u00e9 \U0001f371", received_at=datetime(
        2025, 6, 14, 17, 5, 30, 250000, tzinfo=UTC), kind=InboundKind.OPT_OUT,
    attachments=(Attachment(url="https://m/1", content_type="image/jpeg"),
                 Attachment.of_location(Location(latitude=38.5, longitude=-121.25,
                                                 name="Park"))),
    sender_name=None, thread_ref=("<a@x>", "<b@x>"),
    raw=RAW,
)


def test_a_message_is_written_field_by_field() -> None:
    assert encode(MESSAGE) == {
        "channel": "whatsapp", "provider_message_id": "SM1", "sender": "+19165550123",
        "recipient": "+19165550100", "text": "caf\u00e9 \U0001f371",
        "received_at": "2025-06-14T17:05:30.250000+00:00", "kind": "opt_out",
        "attachments": [
            {"url": "https://m/1", "content_type": "image/jpeg", "name": None, "location": None},
            {"url": Location(latitude=38.5, longitude=-121.25).map_url,
             "content_type": "location", "name": "Park",
             "location": {"latitude": 38.5, "longitude": -121.25, "name": "Park",
                          "address": None}},
        ],
        "sender_name": None, "subject": None, "thread_ref": ["<a@x>", "<b@x>"],
        "raw": {"Body": "hi", "NumMedia": "1", "7": True, "sms": [1, 2.5, None],
                "nested": {"level": 1, "when": "2025-01-02T00:00:00+00:00"}, "label": "kept"},
    }
    encoded = encode(MESSAGE)
    assert type(encoded["channel"]) is str and type(encoded["raw"]["nested"]["level"]) is int
    json.dumps(encoded)  # every value is JSON's own


def test_a_message_and_a_status_come_back_as_they_were() -> None:
    plain = InboundMessage(channel=Channel.SMS, provider_message_id="SM2", sender="+1",
                           recipient="+2", text="hi", received_at=MESSAGE.received_at,
                           attachments=MESSAGE.attachments, thread_ref=("<a@x>",),
                           raw={"Body": "hi"})
    assert decode(InboundMessage, json.loads(json.dumps(encode(plain)))) == plain
    status = DeliveryStatus(channel=Channel.SMS, provider_message_id="SM3", status="delivered",
                            raw={"MessageStatus": "delivered"}, recipient="+1")
    assert decode(DeliveryStatus, json.loads(json.dumps(encode(status)))) == status
