"""Issue 14 corpus, Telegram: update types the gateway does not handle (reactions, live-location
edits, membership changes), location and venue shares, and group chats where only messages
addressed to the bot are drafted. Each is sent with the webhook's secret-token header and
compared with the whole parse. Sources: tests/fixtures/PROVIDERS.md, "Non-happy-path corpus"."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from adapters.telegram import TelegramAdapter
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

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "telegram"
TOKEN = "7345120099:AAHk3v_FAKE-token-for-tests_x9Q"
SECRET = "s3cr3t-webhook-token_42"
BOT = "7345120099"
NOW = datetime(2025, 6, 11, 7, 0, tzinfo=UTC)
DANA = {"chat_id": 6384019275, "chat_type": "private", "user_id": 6384019275,
        "username": "danaw_916", "language_code": "en"}
GROUP = -1002218457631


def adapter(username: str = "SacValleyHibachiBot") -> TelegramAdapter:
    return TelegramAdapter(bot_token=TOKEN, webhook_secret=SECRET, bot_username=username,
                           now=lambda: NOW)


def signed(body: bytes) -> WebhookRequest:
    return WebhookRequest(url="https://gw.example.com/webhooks/telegram", body=body,
                          headers={"x-telegram-bot-api-secret-token": SECRET,
                                   "content-type": "application/json"})


def at(ts: int) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


def pin(lat: float, lon: float, name: str | None = None, address: str | None = None
        ) -> Attachment:
    return Attachment.of_location(Location(lat, lon, name=name, address=address))


def dana(message_id: int, update_id: int, when: int, **fields: Any) -> InboundMessage:
    return InboundMessage(
        channel=Channel.TELEGRAM, provider_message_id=f"6384019275:{message_id}",
        sender="6384019275", recipient=BOT, received_at=at(when), sender_name="Dana Whitfield",
        raw={"update_id": update_id, "message_id": message_id, **DANA}, **fields)


def ortega(message_id: int, update_id: int, when: int, text: str, kind: InboundKind,
           user: tuple[int, str | None, str]) -> InboundMessage:
    user_id, username, name = user
    return InboundMessage(
        channel=Channel.TELEGRAM, provider_message_id=f"{GROUP}:{message_id}", sender=str(GROUP),
        recipient=BOT, text=text, received_at=at(when), kind=kind,
        sender_name="Ortega family reunion",
        raw={"update_id": update_id, "chat_id": GROUP, "message_id": message_id,
             "chat_type": "supergroup", "user_id": user_id, "username": username,
             "language_code": "es" if user_id == 5920174836 else "en", "from_name": name})


ROSA = (5920174836, None, "Rosa Ortega")
CORPUS: dict[str, ParsedWebhook] = {
    "message_reaction.json": ParsedWebhook(ignored=("telegram:message_reaction",)),
    "edited_live_location.json": ParsedWebhook(ignored=("telegram:edited_message",)),
    "my_chat_member.json": ParsedWebhook(ignored=("telegram:my_chat_member",)),
    "location.json": ParsedWebhook(messages=(
        dana(1192, 734512933, 1749619112, text="", attachments=(pin(38.544861, -121.740517),)),
    )),
    "venue.json": ParsedWebhook(messages=(
        dana(1193, 734512934, 1749619170, text="", attachments=(
            pin(38.549312, -121.739877, "Central Park", "401 C St, Davis, CA 95616"),)),
    )),
    "group_mention.json": ParsedWebhook(messages=(
        ortega(87, 734512940, 1749622805, "@SacValleyHibachiBot how much for 20 adults and 6 "
               "kids on Aug 9 in Roseville 95661?", InboundKind.MESSAGE, ROSA),
    )),
    "group_chatter.json": ParsedWebhook(messages=(
        ortega(88, 734512941, 1749622861, "lol I'll bring the tables. @rosa_ortega do we need "
               "chairs too?", InboundKind.NOT_ADDRESSED, (6071538294, None, "Miguel")),
    )),
    "group_reply_to_bot.json": ParsedWebhook(messages=(
        ortega(91, 734512943, 1749623190, "Half chicken half steak please, and can 3 of the kids "
               "get just rice?", InboundKind.MESSAGE, ROSA),
    )),
}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_corpus_fixture_parses_to_the_expected_result(name: str) -> None:
    request = signed((FIXTURES / name).read_bytes())
    adapter().verify(request)
    assert adapter().parse(request) == CORPUS[name]


def test_an_edited_message_missing_fields_is_still_ignored() -> None:
    """Issue 14 item 5: python-telegram-bot cannot build this edit; it is never asked to."""
    data = json.loads((FIXTURES / "edited_live_location.json").read_text())
    for field in ("date", "from", "chat"):
        del data["edited_message"][field]
    assert adapter().parse(signed(json.dumps(data).encode())) == ParsedWebhook(
        ignored=("telegram:edited_message",))


def test_a_reaction_the_library_cannot_build_is_ignored() -> None:
    data = json.loads((FIXTURES / "message_reaction.json").read_text())
    data["message_reaction"]["new_reaction"] = [{"type": "paid"}, {"kind": "unknown"}]
    del data["message_reaction"]["chat"]
    assert adapter().parse(signed(json.dumps(data).encode())) == ParsedWebhook(
        ignored=("telegram:message_reaction",))


def test_a_message_with_an_odd_field_the_gateway_does_not_read_is_kept() -> None:
    data = json.loads((FIXTURES / "location.json").read_text())
    data["message"]["forward_origin"] = {"type": "user"}  # the library needs date and sender_user
    parsed = adapter().parse(signed(json.dumps(data).encode()))
    assert parsed.messages == CORPUS["location.json"].messages
    assert parsed.skipped == (SkippedEvent("fields_not_built", "telegram update 734512933: built "
                                           "from the fields the gateway reads", stored=True),)


@pytest.mark.parametrize(
    ("name", "username", "kind"),
    [
        ("group_mention.json", "", InboundKind.NOT_ADDRESSED),
        ("group_mention.json", "@sacvalleyhibachibot", InboundKind.MESSAGE),
        ("group_reply_to_bot.json", "", InboundKind.MESSAGE),
        ("group_chatter.json", "rosa_ortega", InboundKind.MESSAGE),
    ],
)
def test_group_addressing_follows_the_configured_username(name: str, username: str,
                                                          kind: InboundKind) -> None:
    parsed = adapter(username.removeprefix("@")).parse(signed((FIXTURES / name).read_bytes()))
    assert parsed.messages[0].kind == kind
    unset = [s.reason for s in parsed.skipped] == ["bot_username_unset"]
    assert unset == (not username and kind == InboundKind.NOT_ADDRESSED)


@pytest.mark.parametrize(("command", "kind"), [
    ("/quote", InboundKind.MESSAGE), ("/quote@SacValleyHibachiBot", InboundKind.MESSAGE),
    ("/quote@OtherBot", InboundKind.NOT_ADDRESSED)])
def test_group_commands_are_for_the_bot_unless_meant_for_another(command: str,
                                                                 kind: InboundKind) -> None:
    data = json.loads((FIXTURES / "group_chatter.json").read_text())
    data["message"]["text"] = f"{command} 20 adults"
    data["message"]["entities"] = [{"offset": 0, "length": len(command), "type": "bot_command"}]
    assert adapter().parse(signed(json.dumps(data).encode())).messages[0].kind == kind


@pytest.mark.parametrize(("date", "expected", "noted"), [
    (1749618164, at(1749618164), False),
    (1749618164000, at(1749618164), False),  # milliseconds, read by magnitude
    (4102444800, NOW, True),  # 2100: a broken clock
    (10**30, NOW, True),  # beyond any calendar
    (1262304000, NOW, True),  # 2010: before Telegram existed
])
def test_message_dates_are_kept_in_a_plausible_range(date: int, expected: datetime,
                                                     noted: bool) -> None:
    data = json.loads((FIXTURES / "text.json").read_text())
    data["message"]["date"] = date
    parsed = adapter().parse(signed(json.dumps(data).encode()))
    assert parsed.messages[0].received_at == expected
    assert [s.reason for s in parsed.skipped] == (["timestamp_out_of_range"] if noted else [])
