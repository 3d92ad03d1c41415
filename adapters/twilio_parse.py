"""Twilio's webhook form, read: inbound messages (opt-out keywords, media, shared locations)
and status callbacks. Pure functions of the form's fields."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime

from vocabulary.errors import MalformedPayload
from vocabulary.messages import (
    Attachment,
    Channel,
    DeliveryStatus,
    InboundKind,
    InboundMessage,
    Location,
    SkippedEvent,
)

WHATSAPP_PREFIX = "whatsapp:"
# Twilio's default opt-out handling matches the whole trimmed body, case-insensitively.
OPT_OUT_WORDS = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"})
OPT_IN_WORDS = frozenset({"START", "UNSTOP"})
HELP_WORDS = frozenset({"HELP", "INFO"})
_OPT_OUT_TYPES = {"STOP": InboundKind.OPT_OUT, "START": InboundKind.OPT_IN, "HELP": InboundKind.HELP}


def classify_keyword(body: str, opt_out_type: str | None = None) -> InboundKind:
    """The kind of an inbound SMS: carrier keywords are not customer questions."""
    if opt_out_type and opt_out_type.upper() in _OPT_OUT_TYPES:
        return _OPT_OUT_TYPES[opt_out_type.upper()]
    word = body.strip().upper()
    if word in OPT_OUT_WORDS:
        return InboundKind.OPT_OUT
    if word in OPT_IN_WORDS:
        return InboundKind.OPT_IN
    if word in HELP_WORDS:
        return InboundKind.HELP
    return InboundKind.MESSAGE


def _coordinate(value: str | None, limit: float) -> float | None:
    try:
        number = float(value) if value else None
    except ValueError:
        return None
    return number if number is not None and math.isfinite(number) and abs(number) <= limit else None


def _location(fields: Mapping[str, str], notes: list[SkippedEvent]) -> tuple[Attachment, ...]:
    """A WhatsApp location share: `Latitude`/`Longitude`, with `Address` and `Label` when the
    customer picked a named place rather than dropping a pin."""
    if "Latitude" not in fields and "Longitude" not in fields:
        return ()
    lat, lon = _coordinate(fields.get("Latitude"), 90), _coordinate(fields.get("Longitude"), 180)
    if lat is None or lon is None:
        notes.append(SkippedEvent("location_unreadable",
                                  f"twilio {fields.get('MessageSid')}: Latitude/Longitude unreadable",
                                  stored=True))
        return ()
    location = Location(latitude=lat, longitude=lon, name=fields.get("Label") or None,
                        address=fields.get("Address") or None)
    return (Attachment.of_location(location),)


def _strip_whatsapp(address: str) -> tuple[Channel, str]:
    if address.startswith(WHATSAPP_PREFIX):
        return Channel.WHATSAPP, address[len(WHATSAPP_PREFIX) :]
    return Channel.SMS, address


def parse_status(fields: Mapping[str, str]) -> DeliveryStatus:
    """A status callback for an outbound message (the gateway's, or one staff sent from
    Twilio's own tools)."""
    sid = fields.get("MessageSid") or fields.get("SmsSid")
    if not sid:
        raise MalformedPayload("status callback without MessageSid", reason="no_message_sid")
    channel, recipient = _strip_whatsapp(fields.get("To", ""))
    _, sender = _strip_whatsapp(fields.get("From", ""))
    return DeliveryStatus(
        channel=channel,
        provider_message_id=sid,
        status=fields["MessageStatus"].lower(),
        error_code=fields.get("ErrorCode") or None,
        raw=dict(fields),
        recipient=recipient or None,
        sender=sender or None,
    )

def parse_message(fields: Mapping[str, str], notes: list[SkippedEvent], *, received_at: datetime
                  ) -> InboundMessage:
    """An inbound SMS, MMS or WhatsApp message; a shared location becomes an attachment and a
    coordinate out of range a note in `notes`."""
    missing = [k for k in ("MessageSid", "From", "To") if not fields.get(k)]
    if missing:
        raise MalformedPayload(f"missing {', '.join(missing)}", reason="missing_fields")
    channel, sender = _strip_whatsapp(fields["From"])
    _, recipient = _strip_whatsapp(fields["To"])
    body = fields.get("Body", "")
    try:
        media_count = int(fields.get("NumMedia", "0") or 0)
    except ValueError as exc:
        raise MalformedPayload("NumMedia is not a number", reason="bad_num_media") from exc
    attachments = tuple(
        Attachment(url=fields[f"MediaUrl{i}"], content_type=fields.get(f"MediaContentType{i}"))
        for i in range(min(media_count, 10))
        if fields.get(f"MediaUrl{i}")
    ) + _location(fields, notes)
    kind = InboundKind.MESSAGE
    if channel == Channel.SMS:
        kind = classify_keyword(body, fields.get("OptOutType"))
    return InboundMessage(
        channel=channel,
        provider_message_id=fields["MessageSid"],
        sender=sender,
        recipient=recipient,
        text=body,
        received_at=received_at,
        kind=kind,
        attachments=attachments,
        sender_name=fields.get("ProfileName") or None,
        raw=dict(fields),
    )
