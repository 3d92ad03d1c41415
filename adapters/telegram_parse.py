"""Pure parsing helpers for Telegram updates: shape checks python-telegram-bot does not make,
and the fields the gateway keeps from a message."""

from __future__ import annotations

import json
from typing import Any

import telegram

from vocabulary.errors import MalformedPayload
from vocabulary.messages import Attachment

MEDIA_FIELDS = ("document", "video", "audio", "voice")


def load_update(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise MalformedPayload("telegram body is not JSON") from exc
    if not isinstance(data, dict):
        raise MalformedPayload("telegram body is not a JSON object")
    if not isinstance(data.get("update_id"), int):
        raise MalformedPayload("telegram update has no update_id")
    _check_message_shape(data.get("message"))
    return data


# python-telegram-bot copies fields as they come: check the ones the gateway stores.
_MESSAGE_TYPES: dict[str, type | tuple[type, ...]] = {
    "message_id": int, "date": int, "text": str, "caption": str, "chat": dict,
}


def _check_message_shape(message: Any) -> None:
    if message is None:
        return
    if not isinstance(message, dict):
        raise MalformedPayload("telegram update not readable: message is not an object")
    for key, kind in _MESSAGE_TYPES.items():
        if key in message and not isinstance(message[key], kind):
            raise MalformedPayload(f"telegram update not readable: {key} has the wrong type")
    chat_id = message.get("chat", {}).get("id")
    if not isinstance(chat_id, int) or isinstance(chat_id, bool):
        raise MalformedPayload("telegram update not readable: message has no chat id")


def update_type(data: dict[str, Any]) -> str:
    kinds = [key for key in data if key != "update_id"]
    return kinds[0] if kinds else "empty"


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
    return tuple(found)


def start_payload(message: telegram.Message) -> str | None:
    """The deep-link payload of a leading /start command ("" without one), else None."""
    text = message.text or ""
    for entity in message.entities:
        if entity.type == telegram.MessageEntity.BOT_COMMAND and entity.offset == 0:
            command = text[: entity.length].split("@", 1)[0]
            if command == "/start":
                return text[entity.length :].strip()
    return None


def display_name(message: telegram.Message) -> str | None:
    user = message.from_user
    if user is None:
        return None
    full = " ".join(part for part in (user.first_name, user.last_name) if part)
    return full or user.username or None


def raw_fields(
    update: telegram.Update, message: telegram.Message, start_payload: str | None
) -> dict[str, Any]:
    user = message.from_user
    raw: dict[str, Any] = {
        "update_id": update.update_id,
        "chat_id": message.chat.id,
        "message_id": message.message_id,
        "chat_type": message.chat.type,
        "user_id": user.id if user else None,
        "username": user.username if user else None,
        "language_code": user.language_code if user else None,
    }
    if start_payload:
        raw["start_payload"] = start_payload
    return raw
