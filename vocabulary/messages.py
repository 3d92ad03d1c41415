"""The gateway's shared vocabulary: normalized messages that cross every layer.

Adapters produce `InboundMessage` and `DeliveryStatus` values from provider webhooks and
consume `OutboundMessage` values when sending. Nothing here does I/O.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class Channel(enum.StrEnum):
    """A customer-facing channel. `web_chat` and `phone` only come through the /v1 API."""

    SMS = "sms"
    WHATSAPP = "whatsapp"
    MESSENGER = "messenger"
    INSTAGRAM = "instagram"
    EMAIL = "email"
    TELEGRAM = "telegram"
    WEB_CHAT = "web_chat"
    PHONE = "phone"


class InboundKind(enum.StrEnum):
    """What the gateway should do with an inbound message once it is stored."""

    MESSAGE = "message"  # a customer message: draft a reply
    OPT_OUT = "opt_out"  # STOP and friends: mark the contact, never draft or send
    OPT_IN = "opt_in"  # START / UNSTOP
    HELP = "help"  # carrier keyword: the provider answers it, no draft
    START = "start"  # a bot's first contact (/start): draft a greeting
    AUTO_REPLY = "auto_reply"  # out-of-office, bounces: store, never answer
    ECHO = "echo"  # the business's own outbound message seen on the webhook: store only
    NOT_ADDRESSED = "not_addressed"  # group chatter not meant for the bot: store, never draft


@dataclass(frozen=True, slots=True)
class Location:
    """A point the customer shared (a pin, a venue). `name` and `address` are the provider's
    label for it when it gave one; coordinates are WGS84 degrees."""

    latitude: float
    longitude: float
    name: str | None = None
    address: str | None = None

    @property
    def map_url(self) -> str:
        """A link staff can open; it carries only the coordinates."""
        return (
            "https://www.openstreetmap.org/"
            f"?mlat={self.latitude:.6f}&mlon={self.longitude:.6f}#map=17/"
            f"{self.latitude:.6f}/{self.longitude:.6f}"
        )


LOCATION_CONTENT_TYPE = "location"


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file the customer sent: a URL (or provider file id) and its content type.

    A shared location is an attachment too: `location` holds the point, `content_type` is
    "location" and `url` a map link built from the coordinates (see `Attachment.of_location`).
    """

    url: str
    content_type: str | None = None
    name: str | None = None
    location: Location | None = None

    @classmethod
    def of_location(cls, location: Location) -> Attachment:
        """The attachment for a shared point."""
        return cls(
            url=location.map_url,
            content_type=LOCATION_CONTENT_TYPE,
            name=location.name or location.address,
            location=location,
        )


@dataclass(frozen=True, slots=True)
class InboundMessage:
    """One customer message, normalized from any provider.

    `sender` is the customer's address on the channel (phone number, PSID, chat id, email),
    `recipient` the business's. `thread_ref` carries the provider's threading hint (an email's
    In-Reply-To and References), `raw` the provider fields a later step may need.
    """

    channel: Channel
    provider_message_id: str
    sender: str
    recipient: str
    text: str
    received_at: datetime
    kind: InboundKind = InboundKind.MESSAGE
    attachments: tuple[Attachment, ...] = ()
    sender_name: str | None = None
    subject: str | None = None
    thread_ref: tuple[str, ...] = ()
    raw: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeliveryStatus:
    """A provider's report on an outbound message (delivered, failed, read...).

    Usually the gateway sent it; when its id is unknown, someone sent it from the provider's own
    tools. `recipient` (the customer) and `sender` (the business address) say who it went
    between, when the provider tells.
    """

    channel: Channel
    provider_message_id: str
    status: str
    error_code: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict)
    recipient: str | None = None
    sender: str | None = None


@dataclass(frozen=True, slots=True)
class SkippedEvent:
    """One event of a delivery the parser could not use as it came.

    `reason` is a short, stable code (a metric label: "no_sender_id", "unhandled_update"...);
    `detail` says which event and why, for the log. `stored` is True when the event was kept
    after a correction (a timestamp out of range replaced by the receive time), False when it
    was dropped while the rest of the delivery was kept.
    """

    reason: str
    detail: str = ""
    stored: bool = False


@dataclass(frozen=True, slots=True)
class ParsedWebhook:
    """Everything one webhook request carried. `ignored` names events deliberately not stored
    (receipts, reads, reactions); `skipped` records events that could not be read as they came."""

    messages: tuple[InboundMessage, ...] = ()
    statuses: tuple[DeliveryStatus, ...] = ()
    ignored: tuple[str, ...] = ()
    skipped: tuple[SkippedEvent, ...] = ()


@dataclass(frozen=True, slots=True)
class OutboundMessage:
    """An approved reply on its way to a customer.

    `human_authored` says staff wrote or edited the text (Meta's HUMAN_AGENT tag depends on it);
    `last_inbound_at` is the customer's last message time, for messaging-window rules;
    `idempotency_key` is stable across retries of the same outbox entry.
    """

    channel: Channel
    recipient: str
    text: str
    idempotency_key: str
    sender: str | None = None
    subject: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    human_authored: bool = False
    last_inbound_at: datetime | None = None
    raw: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SendResult:
    """What a provider answered to a send. `provider_message_id` is the first part's id."""

    provider_message_id: str
    status: str = "sent"
    parts: int = 1
    raw: Mapping[str, Any] = field(default_factory=dict)
