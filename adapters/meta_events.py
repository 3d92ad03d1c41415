"""One Meta messaging event (a message or a postback) into a normalized message.

Each function answers the message (or a description of why it is deliberately not stored) and
the notes about fields that had to be corrected; `EventError` says why the event cannot be
stored at all. Nothing here refuses a whole delivery.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote, urlsplit

from vocabulary.messages import (
    Attachment,
    Channel,
    InboundKind,
    InboundMessage,
    Location,
    SkippedEvent,
)
from vocabulary.timestamps import checked_time, from_epoch

# The metadata prefix `send` puts on every outbound message; its echo carries it back.
DRAFT_METADATA_PREFIX = "draft:"
# Nothing Messenger (launched August 2011) or Instagram Direct (December 2013) sends is older.
SINCE = {
    Channel.MESSENGER: datetime(2011, 8, 9, tzinfo=UTC),
    Channel.INSTAGRAM: datetime(2013, 12, 12, tzinfo=UTC),
}

Parsed = tuple[InboundMessage | str, list[SkippedEvent]]


class EventError(Exception):
    """The event cannot be stored; `reason` is the metric label."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


def _party(event: dict[str, Any], role: str) -> str | None:
    value = event.get(role)
    ident = value.get("id") if isinstance(value, dict) else None
    if isinstance(ident, str | int) and not isinstance(ident, bool) and str(ident):
        return str(ident)
    return None


def _parties(where: str, event: dict[str, Any]) -> tuple[str, str]:
    sender, recipient = _party(event, "sender"), _party(event, "recipient")
    if sender is None:
        value = event.get("sender")
        # Chat-plugin guests and checkbox-plugin users carry a `user_ref`, not a page-scoped id:
        # no reply can be addressed to them through the Send API by id.
        has_ref = isinstance(value, dict) and "user_ref" in value
        raise EventError(
            "no_sender_id",
            f"{where}: sender has {'a user_ref and ' if has_ref else ''}no id",
        )
    if recipient is None:
        raise EventError("no_recipient_id", f"{where}: recipient has no id")
    return sender, recipient


def _time(
    channel: Channel, where: str, event: dict[str, Any], now: datetime, notes: list[SkippedEvent]
) -> datetime:
    when, note = checked_time(
        from_epoch(event.get("timestamp")), since=SINCE[channel], now=now,
        what=f"{channel.value} {where}",
    )
    if note is not None:
        notes.append(note)
    return when


def parse_message(
    channel: Channel, where: str, entry_id: str, event: dict[str, Any], now: datetime
) -> Parsed:
    """A customer's message, an echo of the business's own, or why it is not stored."""
    message = event["message"]
    if not isinstance(message, dict):
        raise EventError("message_not_object", f"{where}.message is not an object")
    mid = message.get("mid")
    if message.get("is_deleted"):
        return f"{channel.value} deleted message {mid or '?'}", []
    if message.get("is_unsupported"):
        return f"{channel.value} unsupported message {mid or '?'}", []
    sender, recipient = _parties(where, event)
    if not isinstance(mid, str) or not mid:
        raise EventError("no_mid", f"{where}: message has no mid")
    notes: list[SkippedEvent] = []
    received_at = _time(channel, where, event, now, notes)
    text_value = message.get("text")
    text = text_value if isinstance(text_value, str) else ""
    attachments = _attachments(where, message.get("attachments"), notes)
    raw: dict[str, Any] = {"object_id": entry_id}
    quick_reply = message.get("quick_reply")
    if isinstance(quick_reply, dict) and isinstance(quick_reply.get("payload"), str):
        raw["quick_reply_payload"] = quick_reply["payload"]
    _reply_to(message.get("reply_to"), raw)
    if not text and not attachments and "quick_reply_payload" not in raw:
        return f"{channel.value} message {mid} without text or attachments", notes
    kind = InboundKind.MESSAGE
    if message.get("is_echo"):
        kind = InboundKind.ECHO
        _echo_fields(message, raw)
    inbound = InboundMessage(
        channel=channel,
        provider_message_id=mid,
        sender=sender,
        recipient=recipient,
        text=text,
        received_at=received_at,
        kind=kind,
        attachments=attachments,
        raw=raw,
    )
    return inbound, notes


def _echo_fields(message: dict[str, Any], raw: dict[str, Any]) -> None:
    # An echo's sender is the Page / IG account and its recipient the customer, which is
    # exactly how the app stores an outbound message. `from_gateway` tells our own sends
    # (already stored by the outbox) apart from replies staff typed in Meta's own apps.
    metadata = message.get("metadata")
    if isinstance(metadata, str):
        raw["metadata"] = metadata
    if message.get("app_id") is not None:
        raw["app_id"] = str(message["app_id"])
    raw["from_gateway"] = isinstance(metadata, str) and metadata.startswith(DRAFT_METADATA_PREFIX)


def _reply_to(reply_to: Any, raw: dict[str, Any]) -> None:
    if not isinstance(reply_to, dict):
        return
    story = reply_to.get("story")
    if isinstance(story, dict):
        # An Instagram story reply: the story is the business's, so it is context, not an
        # attachment the customer sent.
        raw["reply_to_story"] = {"id": story.get("id"), "url": story.get("url")}
    if isinstance(reply_to.get("mid"), str):
        raw["reply_to_mid"] = reply_to["mid"]


def _attachments(where: str, value: Any, notes: list[SkippedEvent]) -> tuple[Attachment, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        notes.append(SkippedEvent("attachment_unreadable", f"{where}: attachments is not a list",
                                  stored=True))
        return ()
    found: list[Attachment] = []
    for position, item in enumerate(value):
        kind = item.get("type") if isinstance(item, dict) else None
        payload = item.get("payload") if isinstance(item, dict) else None
        if kind == "location":
            location = _location(item)
            if location is None:
                notes.append(SkippedEvent("location_unreadable",
                                          f"{where}: attachment {position} has no coordinates",
                                          stored=True))
            else:
                found.append(Attachment.of_location(location))
            continue
        url = payload.get("url") if isinstance(payload, dict) else None
        if not isinstance(url, str) or not url:
            # Templates and fallback shares carry no file; nothing to show staff.
            if not isinstance(item, dict):
                notes.append(SkippedEvent("attachment_unreadable",
                                          f"{where}: attachment {position} is not an object",
                                          stored=True))
            continue
        assert isinstance(payload, dict)
        name_kind = kind if isinstance(kind, str) else None
        found.append(Attachment(url=url, content_type=name_kind,
                                name=_attachment_name(name_kind, payload)))
    return tuple(found)


def _coordinate(value: Any, limit: float) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) and -limit <= number <= limit else None


def _location(item: dict[str, Any]) -> Location | None:
    """A shared pin: `payload.coordinates {lat, long}`; the attachment's `title` names it."""
    payload = item.get("payload")
    coordinates = payload.get("coordinates") if isinstance(payload, dict) else None
    if not isinstance(coordinates, dict):
        return None
    lat = _coordinate(coordinates.get("lat"), 90)
    lon = _coordinate(coordinates.get("long"), 180)
    if lat is None or lon is None:
        return None
    title = item.get("title")
    return Location(latitude=lat, longitude=lon,
                    name=title if isinstance(title, str) and title else None)


def _attachment_name(kind: str | None, payload: dict[str, Any]) -> str | None:
    title = payload.get("title")
    if isinstance(title, str) and title:
        return title
    if kind == "file":
        # Messenger gives a file's name only as the last segment of its CDN path.
        segment = unquote(urlsplit(payload["url"]).path.rsplit("/", 1)[-1])
        return segment or None
    return None


def parse_postback(
    channel: Channel, where: str, entry_id: str, event: dict[str, Any], now: datetime
) -> Parsed:
    """A button tap (Get Started, persistent menu, postback button) as a customer message."""
    postback = event["postback"]
    if not isinstance(postback, dict):
        raise EventError("postback_not_object", f"{where}.postback is not an object")
    sender, recipient = _parties(where, event)
    notes: list[SkippedEvent] = []
    received_at = _time(channel, where, event, now, notes)
    mid = postback.get("mid")
    if not isinstance(mid, str) or not mid:
        # Older postbacks carry no mid; sender and time identify a button tap well enough
        # for de-duplication of Meta's retries.
        mid = f"postback:{sender}:{event.get('timestamp')}"
    raw: dict[str, Any] = {"object_id": entry_id}
    if isinstance(postback.get("payload"), str):
        raw["postback_payload"] = postback["payload"]
    title = postback.get("title")
    inbound = InboundMessage(
        channel=channel,
        provider_message_id=mid,
        sender=sender,
        recipient=recipient,
        text=title if isinstance(title, str) else "",
        received_at=received_at,
        raw=raw,
    )
    return inbound, notes
