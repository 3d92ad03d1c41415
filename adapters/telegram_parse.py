"""Pure parsing helpers for Telegram updates: the update's type read from its JSON keys before
any library object is built, shape checks python-telegram-bot does not make, group addressing,
and the fields the gateway keeps from a message."""

from __future__ import annotations

import json
import logging
from typing import Any

import telegram

from vocabulary.errors import MalformedPayload
from vocabulary.messages import Attachment, Location

MEDIA_FIELDS = ("document", "video", "audio", "voice")
GROUP_CHATS = frozenset({"group", "supergroup"})
# What the gateway reads from a message. When python-telegram-bot cannot build a message as
# it came (a field the gateway never reads has an odd shape), it is built again from these.
_NEEDED = (
    "message_id", "date", "chat", "from", "sender_chat", "text", "caption", "entities",
    "caption_entities", "photo", "location", "venue", "reply_to_message", *MEDIA_FIELDS,
)
_NEEDED_IN_REPLY = ("message_id", "date", "chat", "from")


def load_update(body: bytes) -> dict[str, Any]:
    """The update as JSON, with its update_id checked; nothing else is read yet."""
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise MalformedPayload("telegram body is not JSON", reason="not_json") from exc
    if not isinstance(data, dict):
        raise MalformedPayload("telegram body is not a JSON object", reason="not_object")
    if not isinstance(data.get("update_id"), int):
        raise MalformedPayload("telegram update has no update_id", reason="no_update_id")
    return data


def update_type(data: dict[str, Any]) -> str:
    """The update's kind: its one optional field (message, edited_message, message_reaction...)."""
    kinds = [key for key in data if key != "update_id"]
    return kinds[0] if kinds else "empty"


# python-telegram-bot copies fields as they come: check the ones the gateway stores.
_MESSAGE_TYPES: dict[str, type | tuple[type, ...]] = {
    "message_id": int, "date": int, "text": str, "caption": str, "chat": dict,
}


def check_message_shape(message: Any) -> None:
    """Refuse a message whose fields the gateway stores have the wrong type."""
    if not isinstance(message, dict):
        raise MalformedPayload("telegram update not readable: message is not an object",
                               reason="message_not_object")
    for key, kind in _MESSAGE_TYPES.items():
        if key in message and not isinstance(message[key], kind):
            raise MalformedPayload(f"telegram update not readable: {key} has the wrong type",
                                   reason="message_field_type")
    chat_id = message.get("chat", {}).get("id")
    if not isinstance(chat_id, int) or isinstance(chat_id, bool):
        raise MalformedPayload("telegram update not readable: message has no chat id",
                               reason="no_chat_id")
    if not isinstance(message.get("message_id"), int) or "date" not in message:
        raise MalformedPayload("telegram update not readable: message has no message_id or date",
                               reason="message_fields_missing")


log = logging.getLogger(__name__)

_LIBRARY_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


def build_message(data: dict[str, Any]) -> tuple[telegram.Message, bool]:
    """The library's Message; the flag says it had to be built from the needed fields only."""
    try:
        return telegram.Message.de_json(data, None), False
    except _LIBRARY_ERRORS as exc:
        # A field the gateway never reads did not fit the library: rebuild from the needed ones.
        log.info("telegram message rebuilt from its needed fields: %s", type(exc).__name__)
    pruned = {key: data[key] for key in _NEEDED if key in data}
    reply = pruned.get("reply_to_message")
    if isinstance(reply, dict):
        pruned["reply_to_message"] = {key: reply[key] for key in _NEEDED_IN_REPLY if key in reply}
    try:
        return telegram.Message.de_json(pruned, None), True
    except _LIBRARY_ERRORS as exc:
        # python-telegram-bot trusts the shape of what it reads; a signed but odd message
        # (a photo without sizes, a string where an object belongs) is a 400, not a 500.
        raise MalformedPayload(f"telegram update not readable: {exc}",
                               reason="message_unreadable") from exc


def attachments(message: telegram.Message) -> tuple[Attachment, ...]:
    found: list[Attachment] = []
    if message.photo:
        # Telegram lists every size; the last is the largest, but pick by area to be safe.
        largest = max(message.photo, key=lambda size: (size.width or 0) * (size.height or 0))
        found.append(Attachment(url=f"tg-file:{largest.file_id}", content_type="image/jpeg"))
    for field_name in MEDIA_FIELDS:
        media = getattr(message, field_name, None)
        if media is not None:
            found.append(
                Attachment(
                    url=f"tg-file:{media.file_id}",
                    content_type=getattr(media, "mime_type", None),
                    name=getattr(media, "file_name", None),
                )
            )
    point = location(message)
    if point is not None:
        found.append(Attachment.of_location(point))
    return tuple(found)


def location(message: telegram.Message) -> Location | None:
    """A shared point: a venue (a named place, which carries its own location) or a bare pin."""
    venue = message.venue
    if venue is not None and venue.location is not None:
        return Location(
            latitude=float(venue.location.latitude),
            longitude=float(venue.location.longitude),
            name=venue.title or None,
            address=venue.address or None,
        )
    pin = message.location
    if pin is None:
        return None
    return Location(latitude=float(pin.latitude), longitude=float(pin.longitude))


def start_payload(message: telegram.Message) -> str | None:
    """The deep-link payload of a leading /start command ("" without one), else None."""
    text = message.text or ""
    for entity in message.entities:
        if entity.type == telegram.MessageEntity.BOT_COMMAND and entity.offset == 0:
            command = text[: entity.length].split("@", 1)[0]
            if command == "/start":
                return text[entity.length :].strip()
    return None


def addressed_to_bot(message: telegram.Message, *, bot_id: str, username: str) -> bool:
    """In a group: does the message speak to the bot (a reply to one of its messages, an
    @mention of it, or a command that is not meant for another bot)?"""
    reply = message.reply_to_message
    if reply is not None and reply.from_user is not None and str(reply.from_user.id) == bot_id:
        return True
    wanted = username.lower()
    entities = {**message.parse_entities()} if message.text else {}
    if message.caption:
        entities.update(message.parse_caption_entities())
    for entity, value in entities.items():
        if entity.type == telegram.MessageEntity.TEXT_MENTION and entity.user is not None:
            if str(entity.user.id) == bot_id:
                return True
        elif entity.type == telegram.MessageEntity.MENTION:
            if wanted and value.removeprefix("@").lower() == wanted:
                return True
        elif entity.type == telegram.MessageEntity.BOT_COMMAND:
            _, _, target = value.partition("@")
            if not target or (wanted and target.lower() == wanted):
                return True
    return False


def display_name(message: telegram.Message) -> str | None:
    if message.chat.type in GROUP_CHATS and message.chat.title:
        return message.chat.title  # the contact is the group; who wrote is in `raw`
    user = message.from_user
    if user is None:
        return None
    full = " ".join(part for part in (user.first_name, user.last_name) if part)
    return full or user.username or None


def raw_fields(update_id: int, message: telegram.Message, start_payload: str | None) -> dict[str, Any]:
    user = message.from_user
    raw: dict[str, Any] = {
        "update_id": update_id,
        "chat_id": message.chat.id,
        "message_id": message.message_id,
        "chat_type": message.chat.type,
        "user_id": user.id if user else None,
        "username": user.username if user else None,
        "language_code": user.language_code if user else None,
    }
    if start_payload:
        raw["start_payload"] = start_payload
    if message.chat.type in GROUP_CHATS and user is not None:
        raw["from_name"] = " ".join(p for p in (user.first_name, user.last_name) if p) or None
    return raw
