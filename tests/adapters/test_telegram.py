"""TelegramAdapter: secret header, update parsing from fixtures, sending against a fake Bot API."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from adapters.base import InboundAdapter, Sender
from adapters.telegram import TelegramAdapter
from tests.fakes.server import FakeServer, Handler, Recorded, Reply
from tests.helpers import accepts
from vocabulary.errors import (
    MalformedPayload,
    PermanentSendError,
    SignatureError,
    TransientSendError,
)
from vocabulary.messages import (
    Attachment,
    Channel,
    InboundKind,
    InboundMessage,
    OutboundMessage,
    ParsedWebhook,
)
from vocabulary.settings import Settings
from vocabulary.webhook import WebhookRequest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "telegram"
TOKEN = "7345120099:AAHk3v_FAKE-token-for-tests_x9Q"
SECRET = "s3cr3t-webhook-token_42"
SEND_PATH = f"/bot{re.escape(TOKEN)}/sendMessage"

DANA_RAW = {
    "chat_id": 6384019275,
    "chat_type": "private",
    "user_id": 6384019275,
    "username": "danaw_916",
    "language_code": "en",
}


def request(body: bytes, secret: str | None = SECRET) -> WebhookRequest:
    headers = {"content-type": "application/json"}
    if secret is not None:
        headers["x-telegram-bot-api-secret-token"] = secret
    return WebhookRequest(
        url="https://gw.example.com/webhooks/telegram", body=body, headers=headers
    )


def fixture_request(name: str) -> WebhookRequest:
    return request((FIXTURES / name).read_bytes())


def adapter(api_base_url: str = "https://api.telegram.org") -> TelegramAdapter:
    return TelegramAdapter(bot_token=TOKEN, webhook_secret=SECRET, api_base_url=api_base_url)


def at(ts: int) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


# -- verify ------------------------------------------------------------------------------------


def test_verify_accepts_the_configured_secret() -> None:
    assert accepts(adapter().verify, fixture_request("text.json"))


@pytest.mark.parametrize("given", [None, "", "wrong-secret", SECRET + "x", "s\u00e9cret"])
def test_verify_refuses_missing_or_wrong_secret(given: str | None) -> None:
    with pytest.raises(SignatureError):
        adapter().verify(request(b"{}", secret=given))


def test_verify_refuses_everything_when_no_secret_is_configured() -> None:
    unconfigured = TelegramAdapter(bot_token=TOKEN, webhook_secret="", api_base_url="http://x")
    with pytest.raises(SignatureError):
        unconfigured.verify(request(b"{}", secret=""))


# -- parse -------------------------------------------------------------------------------------


def test_parse_text_message() -> None:
    parsed = adapter().parse(fixture_request("text.json"))
    assert parsed == ParsedWebhook(
        messages=(
            InboundMessage(
                channel=Channel.TELEGRAM,
                provider_message_id="6384019275:1187",
                sender="6384019275",
                recipient="7345120099",
                text=(
                    "Hi there! Planning a graduation party in Davis 95616 on Sunday June 15. "
                    "12 adults + 4 kids (ages 6 to 12) + 2 toddlers, and we'd love lobster tails "
                    "for the 16 who eat. Can you give me a total?"
                ),
                received_at=at(1749618164),
                kind=InboundKind.MESSAGE,
                sender_name="Dana Whitfield",
                raw={"update_id": 734512907, "message_id": 1187, **DANA_RAW},
            ),
        )
    )
    assert parsed.messages[0].received_at.tzinfo is not None


def test_parse_start_command() -> None:
    parsed = adapter().parse(fixture_request("start_command.json"))
    assert parsed == ParsedWebhook(
        messages=(
            InboundMessage(
                channel=Channel.TELEGRAM,
                provider_message_id="6384019275:1185",
                sender="6384019275",
                recipient="7345120099",
                text="/start",
                received_at=at(1749618069),
                kind=InboundKind.START,
                sender_name="Dana Whitfield",
                raw={"update_id": 734512906, "message_id": 1185, **DANA_RAW},
            ),
        )
    )


def test_parse_start_command_with_deep_link_payload() -> None:
    data = json.loads((FIXTURES / "start_command.json").read_text())
    data["message"]["text"] = "/start quote-fb-ad"
    message = adapter().parse(request(json.dumps(data).encode())).messages[0]
    assert message.kind is InboundKind.START
    assert message.text == "/start quote-fb-ad"
    assert message.raw["start_payload"] == "quote-fb-ad"


def test_other_commands_are_plain_messages() -> None:
    data = json.loads((FIXTURES / "start_command.json").read_text())
    data["message"]["text"] = "/help"
    data["message"]["entities"][0]["length"] = 5
    message = adapter().parse(request(json.dumps(data).encode())).messages[0]
    assert message.kind is InboundKind.MESSAGE


def test_parse_photo_takes_the_largest_size_and_the_caption() -> None:
    parsed = adapter().parse(fixture_request("photo.json"))
    assert parsed == ParsedWebhook(
        messages=(
            InboundMessage(
                channel=Channel.TELEGRAM,
                provider_message_id="7012846359:402",
                sender="7012846359",
                recipient="7345120099",
                text=(
                    "This is our back patio in Granite Bay 95746. Big enough for the grill? "
                    "Party of 10 adults on Saturday Sept 6."
                ),
                received_at=at(1749619858),
                kind=InboundKind.MESSAGE,
                attachments=(
                    Attachment(
                        url="tg-file:AgACAgEAAxkBAAIEaMAmEhJft64NjP00E2xXLaAAJ3dRHlM8XwDPfAQADAgADyAAM2BA",
                        content_type="image/jpeg",
                    ),
                ),
                sender_name="Raj Malhotra",
                raw={
                    "update_id": 734512912,
                    "message_id": 402,
                    "chat_id": 7012846359,
                    "chat_type": "private",
                    "user_id": 7012846359,
                    "username": None,
                    "language_code": "en",
                },
            ),
        )
    )


def test_parse_document() -> None:
    parsed = adapter().parse(fixture_request("document.json"))
    assert parsed == ParsedWebhook(
        messages=(
            InboundMessage(
                channel=Channel.TELEGRAM,
                provider_message_id="6384019275:1191",
                sender="6384019275",
                recipient="7345120099",
                text="Here is the final guest list for the Davis party, 14 adults in the end.",
                received_at=at(1749618512),
                kind=InboundKind.MESSAGE,
                attachments=(
                    Attachment(
                        url="tg-file:BQACAgEAAxkBAAIEb2hJ3kQpW1vS8xT0aMnC4uFzRk7yAAK9BgACr2VRRtqJ9m4cXy5BNgQ",
                        content_type="application/pdf",
                        name="graduation-party-guest-list.pdf",
                    ),
                ),
                sender_name="Dana Whitfield",
                raw={"update_id": 734512915, "message_id": 1191, **DANA_RAW},
            ),
        )
    )


def test_edited_message_is_ignored_not_an_error() -> None:
    parsed = adapter().parse(fixture_request("edited_message.json"))
    assert parsed == ParsedWebhook(ignored=("telegram:edited_message",))


def test_callback_query_is_ignored() -> None:
    parsed = adapter().parse(fixture_request("callback_query.json"))
    assert parsed == ParsedWebhook(ignored=("telegram:callback_query",))


def test_message_from_a_bot_is_ignored() -> None:
    data = json.loads((FIXTURES / "text.json").read_text())
    data["message"]["from"]["is_bot"] = True
    parsed = adapter().parse(request(json.dumps(data).encode()))
    assert parsed == ParsedWebhook(ignored=("telegram:message_from_bot",))


def test_sticker_without_text_is_ignored() -> None:
    data = json.loads((FIXTURES / "text.json").read_text())
    del data["message"]["text"]
    data["message"]["sticker"] = {
        "file_id": "CAACAgIAAxkBAAIEcWhJ",
        "file_unique_id": "AgADcWhJ",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
    }
    parsed = adapter().parse(request(json.dumps(data).encode()))
    assert parsed == ParsedWebhook(ignored=("telegram:message_without_text",))


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"not json", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"message": {"text": "hi"}}', "no update_id"),
        (b'{"update_id": "12"}', "no update_id"),
        (b'{"update_id": 5, "message": {"message_id": 1}}', "not readable"),
    ],
)
def test_malformed_bodies(body: bytes, reason: str) -> None:
    with pytest.raises(MalformedPayload, match=reason):
        adapter().parse(request(body))


# -- send --------------------------------------------------------------------------------------


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    with FakeServer() as server:
        yield server


@pytest.fixture
async def live(fake: FakeServer) -> AsyncIterator[TelegramAdapter]:
    tg = adapter(api_base_url=fake.url)
    yield tg
    await tg.close()


def echo_message(counter: list[int]) -> Handler:
    def handler(rec: Recorded, _match: re.Match[str]) -> Reply:
        counter[0] += 1
        form = rec.form()
        return Reply(
            200,
            {
                "ok": True,
                "result": {
                    "message_id": 2000 + counter[0],
                    "date": 1749618300,
                    "chat": {"id": int(form["chat_id"]), "type": "private"},
                    "from": {"id": 7345120099, "is_bot": True, "first_name": "Hibachi"},
                    "text": form["text"],
                },
            },
        )

    return handler


def outbound(text: str) -> OutboundMessage:
    return OutboundMessage(
        channel=Channel.TELEGRAM, recipient="6384019275", text=text, idempotency_key="draft:7"
    )


async def test_send_posts_one_message(fake: FakeServer, live: TelegramAdapter) -> None:
    fake.route("POST", SEND_PATH, echo_message([0]))
    result = await live.send(outbound("For 12 adults and 4 kids the total is $1,047.20."))
    assert result.provider_message_id == "6384019275:2001"
    assert result.parts == 1
    calls = fake.calls("POST")
    assert [c.path for c in calls] == [f"/bot{TOKEN}/sendMessage"]  # no getMe
    assert calls[0].form() == {
        "chat_id": "6384019275",
        "text": "For 12 adults and 4 kids the total is $1,047.20.",
    }


async def test_send_splits_long_text_into_parts(fake: FakeServer, live: TelegramAdapter) -> None:
    fake.route("POST", SEND_PATH, echo_message([0]))
    first, second = "A" * 3000 + ".", "B" * 3000 + "."
    result = await live.send(outbound(f"{first} {second}"))
    assert result.provider_message_id == "6384019275:2001"
    assert result.parts == 2
    assert result.raw == {"message_ids": ["6384019275:2001", "6384019275:2002"]}
    assert [c.form()["text"] for c in fake.calls("POST")] == [first, second]


async def test_send_refuses_text_beyond_three_parts(
    fake: FakeServer, live: TelegramAdapter
) -> None:
    with pytest.raises(PermanentSendError):
        await live.send(outbound(" ".join(["x" * 4000 + "."] * 4)))
    assert fake.calls() == []


async def test_blocked_by_user_is_permanent(fake: FakeServer, live: TelegramAdapter) -> None:
    fake.route(
        "POST",
        SEND_PATH,
        Reply(
            403,
            {
                "ok": False,
                "error_code": 403,
                "description": "Forbidden: bot was blocked by the user",
            },
        ),
    )
    with pytest.raises(PermanentSendError, match="blocked by the user") as info:
        await live.send(outbound("Hello"))
    assert info.value.code == "403"


async def test_bad_request_is_permanent(fake: FakeServer, live: TelegramAdapter) -> None:
    fake.route(
        "POST",
        SEND_PATH,
        Reply(400, {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"}),
    )
    with pytest.raises(PermanentSendError, match="Chat not found"):
        await live.send(outbound("Hello"))


# PTB's own RetryAfter constructor warns about its int-to-timedelta change; not ours to fix.
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_rate_limit_is_transient_with_retry_after(
    fake: FakeServer, live: TelegramAdapter
) -> None:
    fake.route(
        "POST",
        SEND_PATH,
        Reply(
            429,
            {
                "ok": False,
                "error_code": 429,
                "description": "Too Many Requests: retry after 17",
                "parameters": {"retry_after": 17},
            },
        ),
    )
    with pytest.raises(TransientSendError) as info:
        await live.send(outbound("Hello"))
    assert info.value.retry_after == 17.0


async def test_server_error_is_transient(fake: FakeServer, live: TelegramAdapter) -> None:
    fake.route("POST", SEND_PATH, Reply(502, {"ok": False, "description": "Bad Gateway"}))
    with pytest.raises(TransientSendError) as info:
        await live.send(outbound("Hello"))
    assert info.value.retry_after is None


async def test_set_webhook_sends_url_secret_and_update_types(
    fake: FakeServer, live: TelegramAdapter
) -> None:
    fake.route(
        "POST", f"/bot{re.escape(TOKEN)}/setWebhook", Reply(200, {"ok": True, "result": True})
    )
    await live.set_webhook(url="https://gw.example.com/webhooks/telegram")
    (call,) = fake.calls("POST")
    assert call.path == f"/bot{TOKEN}/setWebhook"
    form = call.form()
    assert form == {
        "url": "https://gw.example.com/webhooks/telegram",
        "secret_token": SECRET,
        "allowed_updates": form["allowed_updates"],
    }
    assert json.loads(form["allowed_updates"]) == ["message", "edited_message"]


async def test_set_webhook_refuses_without_a_secret() -> None:
    tg = TelegramAdapter(bot_token=TOKEN, webhook_secret="", api_base_url="http://127.0.0.1:9")
    with pytest.raises(ValueError):
        await tg.set_webhook(url="https://gw.example.com/webhooks/telegram")


def test_from_settings_reads_telegram_variables() -> None:
    settings = Settings(
        telegram_bot_token=TOKEN,
        telegram_webhook_secret=SECRET,
        telegram_api_base_url="http://127.0.0.1:8081",
        _env_file=None,  # type: ignore[call-arg]
    )
    tg = TelegramAdapter.from_settings(settings)
    inbound: InboundAdapter = tg
    sender: Sender = tg
    inbound.verify(fixture_request("text.json"))
    assert inbound.parse(fixture_request("text.json")).messages[0].recipient == "7345120099"
    assert sender.limits(Channel.TELEGRAM).max_chars == 4096
    assert sender.limits(Channel.TELEGRAM).max_parts == 3
