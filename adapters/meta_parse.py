"""Parse Meta webhook bodies (Messenger and Instagram messaging) into normalized messages.

Pure functions, no I/O. Meta batches events across `entry` items and, rarely, inside one
`messaging` array, so both levels are looped. Each event is read on its own: one the gateway
cannot use (a chat-plugin guest without a page-scoped id, a message without a mid) is recorded
in `skipped` with a reason, and the rest of the delivery is still stored, so Meta is answered 200
and does not retry a batch that can never be read. Events the gateway deliberately does not act
on (deliveries, reads, reactions, edits, referrals, handover standby...) are named in `ignored`.
Only a body that is not a Meta webhook at all is refused.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from adapters.meta_events import DRAFT_METADATA_PREFIX, EventError, parse_message, parse_postback
from vocabulary.errors import MalformedPayload
from vocabulary.messages import Channel, InboundMessage, ParsedWebhook, SkippedEvent

OBJECT_CHANNELS = {"page": Channel.MESSENGER, "instagram": Channel.INSTAGRAM}

__all__ = ["DRAFT_METADATA_PREFIX", "OBJECT_CHANNELS", "parse_body"]

# Events that are understood but deliberately not stored.
_NOTED_EVENTS = ("delivery", "read", "reaction", "message_edit", "referral", "optin")
# `changes` fields that carry a messaging event in `value`: the shape of the app dashboard's
# "Test" button samples (and of some newer subscriptions), not of ordinary deliveries.
_MESSAGING_FIELDS = frozenset({
    "messages", "messaging_postbacks", "message_echoes", "message_reactions", "message_reads",
    "message_deliveries", "messaging_referrals", "messaging_optins", "message_edits",
})


class _Collector:
    """What one delivery yields, event by event."""

    def __init__(self, channel: Channel, now: datetime) -> None:
        self.channel, self.now = channel, now
        self.messages: list[InboundMessage] = []
        self.ignored: list[str] = []
        self.skipped: list[SkippedEvent] = []

    def skip(self, reason: str, detail: str) -> None:
        self.skipped.append(SkippedEvent(reason=reason, detail=f"{self.channel.value} {detail}"))

    def result(self) -> ParsedWebhook:
        return ParsedWebhook(
            messages=tuple(self.messages), ignored=tuple(self.ignored), skipped=tuple(self.skipped)
        )


def parse_body(body: bytes, *, now: datetime) -> ParsedWebhook:
    """Parse one webhook body; raise `MalformedPayload` only when it is not a Meta webhook.

    `now` is the receive time, used for events whose own time is missing or impossible.
    """
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise MalformedPayload("body is not JSON", reason="not_json") from exc
    if not isinstance(data, dict):
        raise MalformedPayload("body is not a JSON object", reason="not_object")
    kind = data.get("object")
    channel = OBJECT_CHANNELS.get(kind) if isinstance(kind, str) else None
    if channel is None:
        raise MalformedPayload("object is not 'page' or 'instagram'", reason="unknown_object")
    entries = data.get("entry")
    if not isinstance(entries, list):
        raise MalformedPayload("entry is not a list", reason="entry_not_list")
    out = _Collector(channel, now)
    for index, entry in enumerate(entries):
        _parse_entry(out, index, entry)
    return out.result()


def _parse_entry(out: _Collector, index: int, entry: Any) -> None:
    if not isinstance(entry, dict):
        out.skip("entry_not_object", f"entry[{index}] is not an object")
        return
    entry_id = str(entry.get("id", ""))
    events = entry.get("messaging")
    if events is None and isinstance(entry.get("changes"), list):
        _parse_changes(out, index, entry_id, entry["changes"])
        return
    if events is None:
        # Handover-protocol standby events go to other apps' concerns; noted, not errors.
        other = sorted(key for key in entry if key in ("standby", "changes"))
        out.ignored.append(f"{out.channel.value} entry {entry.get('id')}: {', '.join(other) or 'empty'}")
        return
    if not isinstance(events, list):
        out.skip("messaging_not_list", f"entry[{index}].messaging is not a list")
        return
    for position, event in enumerate(events):
        _parse_event(out, f"entry[{index}].messaging[{position}]", entry_id, event)


def _parse_changes(out: _Collector, index: int, entry_id: str, changes: list[Any]) -> None:
    for position, change in enumerate(changes):
        where = f"entry[{index}].changes[{position}]"
        field = change.get("field") if isinstance(change, dict) else None
        if field in _MESSAGING_FIELDS and isinstance(change.get("value"), dict):
            _parse_event(out, where, entry_id, change["value"])
        else:
            # Page feed, comments, mentions: another product's events.
            out.ignored.append(f"{out.channel.value} entry {entry_id}: changes {field or '?'}")


def _parse_event(out: _Collector, where: str, entry_id: str, event: Any) -> None:
    """One messaging event: stored, ignored, or skipped with the reason."""
    if not isinstance(event, dict):
        out.skip("event_not_object", f"{where} is not an object")
        return
    try:
        if "message" in event:
            message, notes = parse_message(out.channel, where, entry_id, event, out.now)
        elif "postback" in event:
            message, notes = parse_postback(out.channel, where, entry_id, event, out.now)
        else:
            _note_other(out, where, event)
            return
    except EventError as exc:
        out.skip(exc.reason, str(exc))
        return
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A shape no rule above foresaw: this event is lost, not the rest of the delivery.
        out.skip("event_unreadable", f"{where}: {type(exc).__name__}")
        return
    out.skipped.extend(notes)
    if isinstance(message, InboundMessage):
        out.messages.append(message)
    else:
        out.ignored.append(message)


def _note_other(out: _Collector, where: str, event: dict[str, Any]) -> None:
    for name in _NOTED_EVENTS:
        if name in event:
            out.ignored.append(_describe_noted(out.channel, name, event))
            return
    known = sorted(key for key in event if key not in ("sender", "recipient", "timestamp"))
    # A kind of event the gateway has never seen: counted, so a payload change shows up.
    out.skip("unhandled_event", f"{where}: unhandled event {', '.join(known) or 'empty'}")


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
