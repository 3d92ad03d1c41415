"""Meta adapter, outbound side: the Send API as a FakeServer plays it, the messaging window
checked at send time, Graph error mapping, long replies split into parts, profile lookup."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from adapters.meta import MetaAdapter, PartialSendError, ReauthRequired
from tests.fakes.server import FakeServer, Recorded, Reply
from vocabulary.errors import PermanentSendError, SendHeld, TransientSendError
from vocabulary.messages import Channel, OutboundMessage, SendResult
from vocabulary.settings import Settings

NOW = datetime(2025, 6, 14, 18, 0, tzinfo=UTC)
PAGE_TOKEN = "EAAGm0PX4ZCpsBAKZAtest"
MARISOL = "7083456129384756"
SEND_PATH = "/v21.0/me/messages"


@pytest.fixture(scope="module")
def _graph() -> Iterator[FakeServer]:
    # One server per module: stopping a FakeServer waits out its 0.5 s poll interval.
    with FakeServer() as server:
        yield server


@pytest.fixture
def fake(_graph: FakeServer) -> FakeServer:
    """The Graph API fake, with no routes and no recorded requests."""
    _graph.routes.clear()
    _graph.requests.clear()
    return _graph


@pytest.fixture
async def adapter(fake: FakeServer) -> AsyncIterator[MetaAdapter]:
    async with httpx.AsyncClient(timeout=2.0) as http:
        yield MetaAdapter(
            app_secret="s",
            verify_token="v",
            page_access_token=PAGE_TOKEN,
            graph_base_url=fake.url + "/",
            graph_version="v21.0",
            http=http,
            now=lambda: NOW,
        )


def _reply(
    text: str = "Filet it is: $1,020 for 12 adults and 4 kids.",
    *,
    ago: timedelta | None,
    human: bool = False,
    channel: Channel = Channel.MESSENGER,
) -> OutboundMessage:
    return OutboundMessage(
        channel=channel,
        recipient=MARISOL,
        text=text,
        idempotency_key="43",
        human_authored=human,
        last_inbound_at=None if ago is None else NOW - ago,
    )


def _accept(fake: FakeServer, *mids: str) -> None:
    """The Send API answering each call with the next mid."""
    queue = list(mids)

    def handler(request: Recorded, _match: re.Match[str]) -> Reply:
        return Reply(
            200, {"recipient_id": request.json()["recipient"]["id"], "message_id": queue.pop(0)}
        )

    fake.route("POST", SEND_PATH, handler)


def _graph_error(
    fake: FakeServer,
    status: int,
    code: int,
    message: str,
    *,
    subcode: int | None = None,
    headers: dict[str, str] | None = None,
) -> None:
    error = {
        "message": message,
        "type": "OAuthException",
        "code": code,
        "fbtrace_id": "AbCdEfGhIjK",
    }
    if subcode is not None:
        error["error_subcode"] = subcode
    fake.route("POST", SEND_PATH, Reply(status, {"error": error}, headers=headers or {}))


def _sent(fake: FakeServer) -> list[Recorded]:
    return fake.calls("POST", SEND_PATH)


async def test_within_24_hours_sends_a_response(adapter: MetaAdapter, fake: FakeServer) -> None:
    _accept(fake, "m_sent_1")
    result = await adapter.send(_reply(ago=timedelta(hours=23, minutes=59)))
    assert result == SendResult(
        provider_message_id="m_sent_1", parts=1, raw={"message_ids": ["m_sent_1"]}
    )
    [call] = fake.requests
    assert (call.method, call.path, call.query) == ("POST", SEND_PATH, {})
    assert call.headers["authorization"] == f"Bearer {PAGE_TOKEN}"
    assert call.headers["content-type"] == "application/json"
    assert call.json() == {
        "recipient": {"id": MARISOL},
        "messaging_type": "RESPONSE",
        "message": {
            "text": "Filet it is: $1,020 for 12 adults and 4 kids.",
            "metadata": "draft:43",
        },
    }


async def test_edited_reply_at_3_days_goes_as_human_agent(
    adapter: MetaAdapter, fake: FakeServer
) -> None:
    _accept(fake, "m_sent_2")
    result = await adapter.send(_reply(ago=timedelta(days=3), human=True))
    assert result.provider_message_id == "m_sent_2"
    [call] = _sent(fake)
    assert call.json() == {
        "recipient": {"id": MARISOL},
        "messaging_type": "MESSAGE_TAG",
        "tag": "HUMAN_AGENT",
        "message": {
            "text": "Filet it is: $1,020 for 12 adults and 4 kids.",
            "metadata": "draft:43",
        },
    }


@pytest.mark.parametrize("ago", [timedelta(hours=24), timedelta(days=3), None])
async def test_unedited_reply_outside_24_hours_is_held(
    adapter: MetaAdapter, fake: FakeServer, ago: timedelta | None
) -> None:
    _accept(fake, "m_never")
    with pytest.raises(SendHeld, match="outside Meta's") as caught:
        await adapter.send(_reply(ago=ago))
    if ago is not None:
        assert "edit the reply to send it as a human agent" in str(caught.value)
    assert fake.requests == []


async def test_unknown_last_inbound_is_held_even_when_edited(
    adapter: MetaAdapter, fake: FakeServer
) -> None:
    with pytest.raises(SendHeld, match="no customer message on record"):
        await adapter.send(_reply(ago=None, human=True))
    assert fake.requests == []


@pytest.mark.parametrize("human", [True, False])
async def test_after_7_days_nothing_can_be_sent(
    adapter: MetaAdapter, fake: FakeServer, human: bool
) -> None:
    _accept(fake, "m_never")
    with pytest.raises(PermanentSendError, match="7-day human agent window") as caught:
        await adapter.send(_reply(ago=timedelta(days=8), human=human))
    assert caught.value.code == "window_closed"
    assert fake.requests == []


async def test_naive_last_inbound_is_taken_as_utc(adapter: MetaAdapter, fake: FakeServer) -> None:
    _accept(fake, "m_sent_3")
    naive = OutboundMessage(
        channel=Channel.INSTAGRAM,
        recipient="1184762930517284",
        text="Hi!",
        idempotency_key="k9",
        last_inbound_at=datetime(2025, 6, 14, 9, 0),
    )
    await adapter.send(naive)
    assert _sent(fake)[0].json() == {
        "recipient": {"id": "1184762930517284"},
        "messaging_type": "RESPONSE",
        "message": {"text": "Hi!", "metadata": "draft:k9"},
    }


async def test_token_error_190_asks_for_reauthorization(adapter: MetaAdapter, fake: FakeServer) -> None:
    _graph_error(fake, 400, 190, "Error validating access token: Session has expired.", subcode=463)
    with pytest.raises(ReauthRequired) as caught:
        await adapter.send(_reply(ago=timedelta(hours=1)))
    error = caught.value
    assert isinstance(error, PermanentSendError)
    assert (error.code, error.reauth_required) == ("190", True)
    assert "page access token needs reauthorization" in str(error)
    assert PAGE_TOKEN not in str(error)


@pytest.mark.parametrize("code", [4, 17, 32, 613])
async def test_rate_limits_are_transient_with_retry_after(
    adapter: MetaAdapter, fake: FakeServer, code: int
) -> None:
    _graph_error(
        fake,
        400,
        code,
        "Calls to this api have exceeded the rate limit.",
        headers={"Retry-After": "30"},
    )
    with pytest.raises(TransientSendError) as caught:
        await adapter.send(_reply(ago=timedelta(hours=1)))
    assert (caught.value.code, caught.value.retry_after) == (str(code), 30.0)
    assert len(_sent(fake)) == 1


async def test_user_unavailable_551_is_permanent(adapter: MetaAdapter, fake: FakeServer) -> None:
    _graph_error(fake, 400, 551, "This person isn't available right now.", subcode=1545041)
    with pytest.raises(PermanentSendError, match="cannot deliver to this person") as caught:
        await adapter.send(_reply(ago=timedelta(hours=1)))
    assert not isinstance(caught.value, ReauthRequired)
    assert caught.value.code == "551"


async def test_permission_error_10_outside_window_is_permanent(
    adapter: MetaAdapter, fake: FakeServer
) -> None:
    _graph_error(fake, 400, 10, "This message is sent outside of allowed window.", subcode=2018278)
    with pytest.raises(PermanentSendError, match="outside the messaging window") as caught:
        await adapter.send(_reply(ago=timedelta(hours=1)))
    assert caught.value.code == "10"


async def test_other_4xx_is_permanent(adapter: MetaAdapter, fake: FakeServer) -> None:
    _graph_error(fake, 400, 100, "(#100) No matching user found", subcode=2018001)
    with pytest.raises(PermanentSendError, match="No matching user found") as caught:
        await adapter.send(_reply(ago=timedelta(hours=1)))
    assert caught.value.code == "100"


async def test_server_error_500_is_transient(adapter: MetaAdapter, fake: FakeServer) -> None:
    fake.route("POST", SEND_PATH, Reply(500, b"<html>Internal Server Error</html>"))
    with pytest.raises(TransientSendError) as caught:
        await adapter.send(_reply(ago=timedelta(hours=1)))
    assert (caught.value.code, caught.value.retry_after) == ("500", None)


async def test_temporary_send_failure_1200_is_transient(adapter: MetaAdapter, fake: FakeServer) -> None:
    _graph_error(fake, 400, 1200, "Temporary send message failure. Please try again later")
    with pytest.raises(TransientSendError):
        await adapter.send(_reply(ago=timedelta(hours=1)))


async def test_timeout_is_transient(fake: FakeServer) -> None:
    fake.route("POST", SEND_PATH, Reply(200, {"message_id": "m_late"}, delay=1.0))
    async with httpx.AsyncClient(timeout=0.2) as http:
        slow = MetaAdapter(
            app_secret="s",
            verify_token="v",
            page_access_token=PAGE_TOKEN,
            graph_base_url=fake.url,
            graph_version="v21.0",
            http=http,
            now=lambda: NOW,
        )
        with pytest.raises(TransientSendError, match="timed out"):
            await slow.send(_reply(ago=timedelta(hours=1)))


async def test_connection_refused_is_transient() -> None:
    with FakeServer() as closed:
        url = closed.url  # the port is free again once the server stops
    async with httpx.AsyncClient(timeout=2.0) as http:
        offline = MetaAdapter(
            app_secret="s",
            verify_token="v",
            page_access_token=PAGE_TOKEN,
            graph_base_url=url,
            graph_version="v21.0",
            http=http,
            now=lambda: NOW,
        )
        with pytest.raises(TransientSendError, match="unreachable"):
            await offline.send(_reply(ago=timedelta(hours=1)))


async def test_success_without_message_id_is_not_retried(adapter: MetaAdapter, fake: FakeServer) -> None:
    fake.route("POST", SEND_PATH, Reply(200, {"recipient_id": MARISOL}))
    with pytest.raises(PermanentSendError, match="without a message_id"):
        await adapter.send(_reply(ago=timedelta(hours=1)))


def _sentences(count: int, width: int) -> str:
    """`count` distinct sentences, each exactly `width` characters with its full stop."""
    return " ".join(f"Sentence {i:03d} " + "x" * (width - 14) + "." for i in range(count))


async def test_long_messenger_reply_is_split_and_sent_in_order(
    adapter: MetaAdapter, fake: FakeServer
) -> None:
    text = _sentences(5, 999)  # 5 x 999 + 4 spaces: 2 sentences fit in 2000 characters
    _accept(fake, "m_part_1", "m_part_2", "m_part_3")
    result = await adapter.send(_reply(text, ago=timedelta(hours=2)))
    sentences = text.split(" Sentence ")
    expected_parts = [
        sentences[0] + " Sentence " + sentences[1],
        "Sentence " + sentences[2] + " Sentence " + sentences[3],
        "Sentence " + sentences[4],
    ]
    assert [call.json()["message"]["text"] for call in _sent(fake)] == expected_parts
    assert all(len(part) <= 2000 for part in expected_parts)
    assert {call.json()["message"]["metadata"] for call in _sent(fake)} == {"draft:43"}
    assert result == SendResult(
        provider_message_id="m_part_1",
        parts=3,
        raw={"message_ids": ["m_part_1", "m_part_2", "m_part_3"]},
    )


async def test_instagram_limit_is_1000_characters(adapter: MetaAdapter, fake: FakeServer) -> None:
    text = _sentences(2, 700)
    _accept(fake, "ig_1", "ig_2")
    result = await adapter.send(_reply(text, ago=timedelta(hours=2), channel=Channel.INSTAGRAM))
    assert [len(call.json()["message"]["text"]) for call in _sent(fake)] == [700, 700]
    assert (result.provider_message_id, result.parts) == ("ig_1", 2)


async def test_reply_needing_more_than_3_parts_is_refused_before_sending(
    adapter: MetaAdapter, fake: FakeServer
) -> None:
    with pytest.raises(PermanentSendError, match="too long") as caught:
        await adapter.send(_reply(_sentences(4, 999), ago=timedelta(hours=2), channel=Channel.INSTAGRAM))
    assert caught.value.code == "too_long"
    assert fake.requests == []


async def test_failure_after_the_first_part_is_partial_and_not_transient(
    adapter: MetaAdapter, fake: FakeServer
) -> None:
    calls: list[int] = []

    def first_ok_then_rate_limited(request: Recorded, _match: re.Match[str]) -> Reply:
        calls.append(1)
        if len(calls) == 1:
            return Reply(200, {"recipient_id": MARISOL, "message_id": "m_part_1"})
        return Reply(400, {"error": {"message": "rate limit", "code": 613}})

    fake.route("POST", SEND_PATH, first_ok_then_rate_limited)
    with pytest.raises(PartialSendError, match="sent 1 of 3 parts") as caught:
        await adapter.send(_reply(_sentences(5, 999), ago=timedelta(hours=2)))
    assert (caught.value.sent_message_ids, caught.value.code) == (("m_part_1",), "613")
    assert len(_sent(fake)) == 2


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        (
            OutboundMessage(
                channel=Channel.SMS,
                recipient="+19165550123",
                text="hi",
                idempotency_key="1",
                last_inbound_at=NOW,
            ),
            "cannot send on sms",
        ),
        (
            OutboundMessage(
                channel=Channel.MESSENGER,
                recipient="",
                text="hi",
                idempotency_key="1",
                last_inbound_at=NOW,
            ),
            "no recipient",
        ),
        (
            OutboundMessage(
                channel=Channel.MESSENGER,
                recipient=MARISOL,
                text="  ",
                idempotency_key="1",
                last_inbound_at=NOW,
            ),
            "empty",
        ),
    ],
)
async def test_unsendable_replies_fail_without_a_request(
    adapter: MetaAdapter, fake: FakeServer, message: OutboundMessage, reason: str
) -> None:
    with pytest.raises(PermanentSendError, match=reason):
        await adapter.send(message)
    assert fake.requests == []


async def test_from_settings_uses_the_configured_graph(fake: FakeServer) -> None:
    settings = Settings(
        _env_file=None,
        meta_app_secret="s",
        meta_verify_token="v",  # type: ignore[call-arg]
        meta_page_access_token=PAGE_TOKEN,
        meta_graph_base_url=fake.url,
        meta_graph_version="v20.0",
    )
    fake.route("POST", "/v20.0/me/messages", Reply(200, {"message_id": "m_cfg"}))
    async with httpx.AsyncClient(timeout=2.0) as http:
        adapter = MetaAdapter.from_settings(settings, http=http)
        result = await adapter.send(
            OutboundMessage(
                channel=Channel.MESSENGER,
                recipient=MARISOL,
                text="Hi",
                idempotency_key="7",
                last_inbound_at=datetime.now(UTC),
            )
        )
    assert result.provider_message_id == "m_cfg"
    assert fake.requests[0].headers["authorization"] == f"Bearer {PAGE_TOKEN}"


async def test_missing_page_token_refuses_to_send(fake: FakeServer) -> None:
    async with httpx.AsyncClient() as http:
        adapter = MetaAdapter(
            app_secret="s",
            verify_token="v",
            page_access_token="",
            graph_base_url=fake.url,
            graph_version="v21.0",
            http=http,
            now=lambda: NOW,
        )
        with pytest.raises(PermanentSendError, match="not configured"):
            await adapter.send(_reply(ago=timedelta(hours=1)))
    assert fake.requests == []


async def test_fetch_profile_messenger_and_instagram(adapter: MetaAdapter, fake: FakeServer) -> None:
    fake.route(
        "GET",
        f"/v21.0/{MARISOL}",
        Reply(200, {"first_name": "Marisol", "last_name": "Vega", "id": MARISOL}),
    )
    fake.route(
        "GET",
        "/v21.0/1184762930517284",
        Reply(200, {"name": "Dana Pham", "username": "danap.eats"}),
    )
    fake.route("GET", "/v21.0/1039275146820537", Reply(400, {"error": {"code": 100}}))
    assert await adapter.fetch_profile(MARISOL, channel=Channel.MESSENGER) == "Marisol Vega"
    assert await adapter.fetch_profile("1184762930517284", channel=Channel.INSTAGRAM) == "Dana Pham"
    assert await adapter.fetch_profile("1039275146820537", channel=Channel.INSTAGRAM) is None
    assert await adapter.fetch_profile("../me", channel=Channel.MESSENGER) is None
    assert await adapter.fetch_profile("\u0663\u0663", channel=Channel.MESSENGER) is None
    assert [(r.path, r.query) for r in fake.requests] == [
        (f"/v21.0/{MARISOL}", {"fields": "first_name,last_name"}),
        ("/v21.0/1184762930517284", {"fields": "name,username"}),
        ("/v21.0/1039275146820537", {"fields": "name,username"}),
    ]
    assert {r.headers["authorization"] for r in fake.requests} == {f"Bearer {PAGE_TOKEN}"}
