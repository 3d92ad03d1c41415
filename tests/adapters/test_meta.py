"""Meta adapter, inbound side: signatures, the subscription check and malformed bodies.

The fixtures are parsed field by field in test_meta_fixtures.py, sends in test_meta_send.py.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from adapters.meta import MetaAdapter
from vocabulary.errors import MalformedPayload, SignatureError
from vocabulary.messages import Channel, ParsedWebhook
from vocabulary.webhook import WebhookRequest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "meta"
SECRET = "test-app-secret"
PAGE = "104857392016482"


@pytest.fixture
async def adapter() -> AsyncIterator[MetaAdapter]:
    async with httpx.AsyncClient() as http:
        yield _adapter(http, app_secret=SECRET, verify_token="hibachi-verify")


def _adapter(http: httpx.AsyncClient, *, app_secret: str, verify_token: str) -> MetaAdapter:
    return MetaAdapter(
        app_secret=app_secret,
        verify_token=verify_token,
        page_access_token="PAGE-TOKEN",
        graph_base_url="http://127.0.0.1:9",
        graph_version="v21.0",
        http=http,
    )


def _signed(body: bytes, secret: str = SECRET) -> WebhookRequest:
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return WebhookRequest(
        url="https://gateway.example.com/webhooks/meta",
        body=body,
        headers={"x-hub-signature-256": f"sha256={digest}", "content-type": "application/json"},
    )


# --- signatures -------------------------------------------------------------------------


async def test_verify_accepts_a_good_signature(adapter: MetaAdapter) -> None:
    assert adapter.verify(_signed((FIXTURES / "messenger_text.json").read_bytes())) is None  # accepted: no SignatureError


async def test_verify_finds_the_header_whatever_its_case(adapter: MetaAdapter) -> None:
    body = b'{"object":"page","entry":[]}'
    good = _signed(body)
    request = WebhookRequest(
        url=good.url,
        body=body,
        headers={"X-Hub-Signature-256": good.headers["x-hub-signature-256"]},
    )
    assert adapter.verify(request) is None  # accepted: no SignatureError


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "sha256=",
        "sha1=0123456789abcdef0123456789abcdef01234567",
        "sha256=" + "0" * 64,
        "sha256=caf\u00e9",  # non-ASCII must fail cleanly, not with compare_digest's TypeError
    ],
)
async def test_verify_rejects_missing_or_bad_header(adapter: MetaAdapter, header: str | None) -> None:
    headers = {} if header is None else {"x-hub-signature-256": header}
    request = WebhookRequest(url="https://x/webhooks/meta", body=b"{}", headers=headers)
    with pytest.raises(SignatureError):
        adapter.verify(request)


async def test_verify_rejects_another_secret_and_a_changed_body(adapter: MetaAdapter) -> None:
    body = (FIXTURES / "messenger_text.json").read_bytes()
    with pytest.raises(SignatureError):
        adapter.verify(_signed(body, secret="someone-else"))
    tampered = _signed(body)
    with pytest.raises(SignatureError):
        adapter.verify(
            WebhookRequest(
                url=tampered.url,
                body=body.replace(b"12 adults", b"2 adults"),
                headers=tampered.headers,
            )
        )


async def test_verify_refuses_everything_without_an_app_secret() -> None:
    async with httpx.AsyncClient() as http:
        unconfigured = _adapter(http, app_secret="", verify_token="t")
        # Even a body "signed" with the empty key is refused: fail closed.
        with pytest.raises(SignatureError, match="not configured"):
            unconfigured.verify(_signed(b"{}", secret=""))


# --- subscription check -----------------------------------------------------------------


async def test_subscription_answers_the_challenge(adapter: MetaAdapter) -> None:
    query = {
        "hub.mode": "subscribe",
        "hub.verify_token": "hibachi-verify",
        "hub.challenge": "1158201444",
    }
    assert adapter.verify_subscription(query) == "1158201444"


@pytest.mark.parametrize(
    "query",
    [
        {"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "1"},
        {"hub.mode": "unsubscribe", "hub.verify_token": "hibachi-verify", "hub.challenge": "1"},
        {"hub.verify_token": "hibachi-verify", "hub.challenge": "1"},
        {"hub.mode": "subscribe", "hub.challenge": "1"},
        {"hub.mode": "subscribe", "hub.verify_token": "hibachi-verify"},
        {"hub.mode": "subscribe", "hub.verify_token": "h\u00efbachi", "hub.challenge": "1"},
    ],
)
async def test_subscription_refuses_bad_requests(adapter: MetaAdapter, query: dict[str, str]) -> None:
    with pytest.raises(SignatureError):
        adapter.verify_subscription(query)


async def test_subscription_refused_when_no_token_is_configured() -> None:
    async with httpx.AsyncClient() as http:
        unconfigured = _adapter(http, app_secret=SECRET, verify_token="")
        with pytest.raises(SignatureError):
            unconfigured.verify_subscription(
                {"hub.mode": "subscribe", "hub.verify_token": "", "hub.challenge": "1"}
            )


# --- malformed bodies -------------------------------------------------------------------


def _event(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "sender": {"id": "1"},
        "recipient": {"id": PAGE},
        "timestamp": 1749608851318,
    }
    base.update(fields)
    return {k: v for k, v in base.items() if v is not None}


def _page(*events: dict[str, Any]) -> bytes:
    return json.dumps({"object": "page", "entry": [{"id": PAGE, "messaging": list(events)}]}).encode()


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"not json", "not JSON"),
        (b"\xff\xfe{", "not JSON"),
        (b"", "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"object": "whatsapp_business_account", "entry": []}', "object"),
        (b'{"entry": []}', "object"),
        (b'{"object": ["page"], "entry": []}', "object"),
        (b'{"object": "page"}', "entry is not a list"),
        (b'{"object": "page", "entry": {"id": "1"}}', "entry is not a list"),
        (b'{"object": "page", "entry": ["x"]}', "entry[0] is not an object"),
        (b'{"object": "page", "entry": [{"messaging": {}}]}', "messaging is not a list"),
        (b'{"object": "page", "entry": [{"messaging": [7]}]}', "messaging[0] is not an object"),
        (_page(_event(message={"text": "hi"})), "lacks a mid"),
        (_page(_event(message="hi")), "message is not an object"),
        (_page(_event(postback=["GET_QUOTE"])), "postback is not an object"),
        (_page(_event(sender=None, message={"mid": "m_1", "text": "hi"})), "sender.id"),
        (_page(_event(timestamp=None, message={"mid": "m_1", "text": "hi"})), "timestamp"),
        (_page(_event(timestamp="soon", message={"mid": "m_1", "text": "hi"})), "timestamp"),
        (_page(_event(message={"mid": "m_1", "attachments": {}})), "attachments is not a list"),
        (_page(_event(message={"mid": "m_1", "attachments": ["x"]})), "non-object"),
    ],
)
async def test_malformed_bodies_raise_with_a_short_reason(
    adapter: MetaAdapter, body: bytes, reason: str
) -> None:
    with pytest.raises(MalformedPayload, match=reason.replace("[", r"\[").replace("]", r"\]")):
        adapter.parse(_signed(body))


async def test_string_millisecond_timestamps_from_the_test_tool_are_read(
    adapter: MetaAdapter,
) -> None:
    parsed = adapter.parse(
        _signed(_page(_event(timestamp="1749608851318", message={"mid": "m_1", "text": "hi"})))
    )
    assert parsed.messages[0].received_at == datetime(2025, 6, 11, 2, 27, 31, 318000, UTC)


async def test_an_empty_entry_list_is_nothing_to_do(adapter: MetaAdapter) -> None:
    assert adapter.parse(_signed(b'{"object": "instagram", "entry": []}')) == ParsedWebhook()


async def test_limits_per_channel(adapter: MetaAdapter) -> None:
    assert (
        adapter.limits(Channel.MESSENGER).max_chars,
        adapter.limits(Channel.MESSENGER).max_parts,
    ) == (2000, 3)
    assert (
        adapter.limits(Channel.INSTAGRAM).max_chars,
        adapter.limits(Channel.INSTAGRAM).max_parts,
    ) == (1000, 3)
    with pytest.raises(ValueError):
        adapter.limits(Channel.SMS)
    assert adapter.name == "meta"
    assert adapter.channels == (Channel.MESSENGER, Channel.INSTAGRAM)
