"""Parse Meta webhook bodies (Messenger and Instagram messaging) into normalized messages.

Pure functions, no I/O. Meta batches events across `entry` items and, rarely, inside one
`messaging` array, so both levels are looped. Events the gateway does not act on (deliveries,
reads, reactions, edits, referrals, handover standby...) are named in `ignored` so the webhook
still answers 200 and Meta does not retry them.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote, urlsplit

from vocabulary.errors import MalformedPayload
from vocabulary.messages import Attachment, Channel, InboundKind, InboundMessage, ParsedWebhook

OBJECT_CHANNELS = {"page": Channel.MESSENGER, "instagram": Channel.INSTAGRAM}

# The metadata prefix `send` puts on every outbound message; its echo carries it back.
DRAFT_METADATA_PREFIX = "draft:"

# Events that are understood but deliberately not stored.
_NOTED_EVENTS = ("delivery", "read", "reaction", "message_edit", "referral", "optin")


def parse_body(body: bytes) -> ParsedWebhook:
    """Parse one webhook body; raise `MalformedPayload` when its shape is not Meta's."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise MalformedPayload("body is not JSON") from exc
    if not isinstance(data, dict):
        raise MalformedPayload("body is not a JSON object")
    kind = data.get("object")
    channel = OBJECT_CHANNELS.get(kind) if isinstance(kind, str) else None
    if channel is None:
        raise MalformedPayload("object is not 'page' or 'instagram'")
    entries = data.get("entry")
    if not isinstance(entries, list):
        raise MalformedPayload("entry is not a list")
    messages: list[InboundMessage] = []
    ignored: list[str] = []
    for index, entry in enumerate(entries):
        _parse_entry(channel, index, entry, messages, ignored)
    return ParsedWebhook(messages=tuple(messages), ignored=tuple(ignored))


def _parse_entry(
    channel: Channel,
    index: int,
    entry: Any,
    messages: list[InboundMessage],
    ignored: list[str],
) -> None:
    if not isinstance(entry, dict):
        raise MalformedPayload(f"entry[{index}] is not an object")
    events = entry.get("messaging")
    if events is None:
        # Handover-protocol standby events or `changes` (comments, mentions) go to other
        # apps' concerns; they are noted, not errors.
        other = sorted(key for key in entry if key in ("standby", "changes"))
        ignored.append(f"{channel.value} entry {entry.get('id')}: {', '.join(other) or 'empty'}")
        return
    if not isinstance(events, list):
        raise MalformedPayload(f"entry[{index}].messaging is not a list")
    for position, event in enumerate(events):
        where = f"entry[{index}].messaging[{position}]"
        if not isinstance(event, dict):
            raise MalformedPayload(f"{where} is not an object")
        result = _parse_event(channel, where, str(entry.get("id", "")), event)
        if isinstance(result, InboundMessage):
            messages.append(result)
        else:
            ignored.append(result)


def _parse_event(
    channel: Channel, where: str, entry_id: str, event: dict[str, Any]
) -> InboundMessage | str:
    """One messaging event: a message, or a description of why it was skipped."""
    for name in ("message", "postback"):
        if name in event and not isinstance(event[name], dict):
            raise MalformedPayload(f"{where}.{name} is not an object")
    if "message" in event:
        return _parse_message(channel, where, entry_id, event)
    if "postback" in event:
        return _parse_postback(channel, where, entry_id, event)
    for name in _NOTED_EVENTS:
        if name in event:
            return _describe_noted(channel, name, event)
    known = sorted(key for key in event if key not in ("sender", "recipient", "timestamp"))
    return f"{channel.value} unhandled event: {', '.join(known) or 'empty'}"


def _describe_noted(channel: Channel, name: str, event: dict[str, Any]) -> str:
    body = event.get(name)
    sender = _party(event, "sender")
    if name == "reaction" and isinstance(body, dict):
        return (
            f"{channel.value} reaction {body.get('action', 'react')} "
            f"{body.get('reaction', '')} on {body.get('mid', '?')} from {sender}"
        )
    if name == "delivery" and isinstance(body, dict):
        mids = body.get("mids") or []
        count = len(mids) if isinstance(mids, list) else 0
        return f"{channel.value} delivery of {count} message(s) to {sender}"
    if name == "message_edit" and isinstance(body, dict):
        return f"{channel.value} message_edit of {body.get('mid', '?')} from {sender}"
    return f"{channel.value} {name} from {sender}"


def _party(event: dict[str, Any], role: str) -> str:
    value = event.get(role)
    ident = value.get("id") if isinstance(value, dict) else None
    return str(ident) if isinstance(ident, str | int) and not isinstance(ident, bool) else "?"


def _common(where: str, event: dict[str, Any], mid: Any) -> tuple[str, str, str, datetime]:
    """The fields every stored message needs, or `MalformedPayload` naming the missing one."""
    sender = _party(event, "sender")
    recipient = _party(event, "recipient")
    if sender == "?" or recipient == "?":
        raise MalformedPayload(f"{where} lacks sender.id or recipient.id")
    if not isinstance(mid, str) or not mid:
        raise MalformedPayload(f"{where} lacks a mid")
    return mid, sender, recipient, _timestamp(where, event.get("timestamp"))


def _timestamp(where: str, value: Any) -> datetime:
    # Integer milliseconds; Meta's test tool sends them as strings.
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise MalformedPayload(f"{where} lacks a millisecond timestamp")
    # Whole seconds plus exact milliseconds: float division would round microseconds.
    return datetime.fromtimestamp(value // 1000, tz=UTC) + timedelta(milliseconds=value % 1000)


def _parse_message(
    channel: Channel, where: str, entry_id: str, event: dict[str, Any]
) -> InboundMessage | str:
    message: dict[str, Any] = event["message"]
    if message.get("is_deleted"):
        return f"{channel.value} deleted message {message.get('mid', '?')}"
    if message.get("is_unsupported"):
        return f"{channel.value} unsupported message {message.get('mid', '?')}"
    mid, sender, recipient, received_at = _common(where, event, message.get("mid"))
    text_value = message.get("text")
    text = text_value if isinstance(text_value, str) else ""
    attachments = _attachments(where, message.get("attachments"))
    raw: dict[str, Any] = {"object_id": entry_id}
    quick_reply = message.get("quick_reply")
    if isinstance(quick_reply, dict) and isinstance(quick_reply.get("payload"), str):
        raw["quick_reply_payload"] = quick_reply["payload"]
    _reply_to(message.get("reply_to"), raw)
    if not text and not attachments and "quick_reply_payload" not in raw:
        return f"{channel.value} message {mid} without text or attachments"
    kind = InboundKind.MESSAGE
    if message.get("is_echo"):
        kind = InboundKind.ECHO
        _echo_fields(message, raw)
    return InboundMessage(
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


def _attachments(where: str, value: Any) -> tuple[Attachment, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise MalformedPayload(f"{where}.message.attachments is not a list")
    found: list[Attachment] = []
    for item in value:
        if not isinstance(item, dict):
            raise MalformedPayload(f"{where}.message.attachments holds a non-object")
        payload = item.get("payload")
        url = payload.get("url") if isinstance(payload, dict) else None
        kind = item.get("type") if isinstance(item.get("type"), str) else None
        if not isinstance(payload, dict) or not isinstance(url, str) or not url:
            # Templates and legacy locations carry no file; nothing to show staff.
            continue
        found.append(Attachment(url=url, content_type=kind, name=_attachment_name(kind, payload)))
    return tuple(found)


def _attachment_name(kind: str | None, payload: dict[str, Any]) -> str | None:
    title = payload.get("title")
    if isinstance(title, str) and title:
        return title
    if kind == "file":
        # Messenger gives a file's name only as the last segment of its CDN path.
        segment = unquote(urlsplit(payload["url"]).path.rsplit("/", 1)[-1])
        return segment or None
    return None


def _parse_postback(
    channel: Channel, where: str, entry_id: str, event: dict[str, Any]
) -> InboundMessage:
    postback: dict[str, Any] = event["postback"]
    sender, recipient = _party(event, "sender"), _party(event, "recipient")
    mid = postback.get("mid")
    if mid is None:
        # Older postbacks carry no mid; sender and time identify a button tap well enough
        # for de-duplication of Meta's retries.
        mid = f"postback:{sender}:{event.get('timestamp')}"
    mid, sender, recipient, received_at = _common(where, event, mid)
    raw: dict[str, Any] = {"object_id": entry_id}
    if isinstance(postback.get("payload"), str):
        raw["postback_payload"] = postback["payload"]
    title = postback.get("title")
    return InboundMessage(
        channel=channel,
        provider_message_id=mid,
        sender=sender,
        recipient=recipient,
        text=title if isinstance(title, str) else "",
        received_at=received_at,
        raw=raw,
    )
