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
from tests.helpers import accepts
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
    assert accepts(adapter.verify, _signed((FIXTURES / "messenger_text.json").read_bytes()))


async def test_verify_finds_the_header_whatever_its_case(adapter: MetaAdapter) -> None:
    body = b'{"object":"page","entry":[]}'
    good = _signed(body)
    request = WebhookRequest(
        url=good.url,
        body=body,
        headers={"X-Hub-Signature-256": good.headers["x-hub-signature-256"]},
    )
    assert accepts(adapter.verify, request)


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
    ],
)
async def test_a_body_that_is_not_a_meta_webhook_is_refused_with_its_cause(
    adapter: MetaAdapter, body: bytes, reason: str
) -> None:
    with pytest.raises(MalformedPayload, match=reason):
        adapter.parse(_signed(body))


GOOD = _event(sender={"id": "42"}, message={"mid": "m_good", "text": "10 adults in 95630"})
NOW = datetime(2025, 6, 11, 12, 0, tzinfo=UTC)


def _one_good_one_bad(bad: Any) -> bytes:
    """A delivery of two entries: a readable message, then the odd one."""
    entries = [{"id": PAGE, "messaging": [GOOD]}, bad]
    return json.dumps({"object": "page", "entry": entries}).encode()


@pytest.mark.parametrize(
    ("bad_entry", "reason", "detail"),
    [
        ("x", "entry_not_object", "entry[1] is not an object"),
        ({"messaging": {}}, "messaging_not_list", "entry[1].messaging is not a list"),
        ({"messaging": [7]}, "event_not_object", "entry[1].messaging[0] is not an object"),
        ({"messaging": [_event(message={"text": "hi"})]}, "no_mid", "message has no mid"),
        ({"messaging": [_event(message="hi")]}, "message_not_object", "message is not an object"),
        ({"messaging": [_event(postback=["GET_QUOTE"])]}, "postback_not_object",
         "postback is not an object"),
        ({"messaging": [_event(sender=None, message={"mid": "m_1", "text": "hi"})]},
         "no_sender_id", "sender has no id"),
        ({"messaging": [_event(sender={"user_ref": "9f3c"}, postback={"title": "Hi"})]},
         "no_sender_id", "sender has a user_ref and no id"),
        ({"messaging": [_event(recipient={}, message={"mid": "m_1", "text": "hi"})]},
         "no_recipient_id", "recipient has no id"),
        ({"messaging": [_event(pass_thread_control={"new_owner_app_id": "1"})]},
         "unhandled_event", "unhandled event pass_thread_control"),
    ],
)
async def test_an_unreadable_event_is_skipped_and_the_rest_of_the_delivery_kept(
    bad_entry: Any, reason: str, detail: str
) -> None:
    async with httpx.AsyncClient() as http:
        meta = MetaAdapter(app_secret=SECRET, verify_token="v", page_access_token="t",
                           graph_base_url="http://127.0.0.1:9", graph_version="v21.0", http=http,
                           now=lambda: NOW)
        parsed = meta.parse(_signed(_one_good_one_bad(bad_entry)))
    assert [m.provider_message_id for m in parsed.messages] == ["m_good"]
    assert [(s.reason, s.stored) for s in parsed.skipped] == [(reason, False)]
    assert detail in parsed.skipped[0].detail


@pytest.mark.parametrize(
    ("timestamp", "expected", "corrected"),
    [
        # Meta's dashboard "Test" sample: seconds, as a string.
        ("1527459824", datetime(2018, 5, 27, 22, 23, 44, tzinfo=UTC), False),
        (1527459824, datetime(2018, 5, 27, 22, 23, 44, tzinfo=UTC), False),
        ("1749608851318", datetime(2025, 6, 11, 2, 27, 31, 318000, tzinfo=UTC), False),
        (1749608851318, datetime(2025, 6, 11, 2, 27, 31, 318000, tzinfo=UTC), False),
        # Before Messenger existed, days ahead, missing, unreadable: the receive time, noted.
        (1300000000, NOW, True),
        (1107000000000, NOW, True),
        (1781000000000, NOW, True),
        (None, NOW, True),
        ("soon", NOW, True),
        (-5, NOW, True),
    ],
)
async def test_timestamps_are_read_by_magnitude_and_kept_in_a_plausible_range(
    timestamp: Any, expected: datetime, corrected: bool
) -> None:
    async with httpx.AsyncClient() as http:
        meta = MetaAdapter(app_secret=SECRET, verify_token="v", page_access_token="t",
                           graph_base_url="http://127.0.0.1:9", graph_version="v21.0", http=http,
                           now=lambda: NOW)
        parsed = meta.parse(_signed(_page(_event(timestamp=timestamp,
                                                 message={"mid": "m_1", "text": "hi"}))))
    assert parsed.messages[0].received_at == expected
    reasons = [(s.reason, s.stored) for s in parsed.skipped]
    assert reasons == ([("timestamp_out_of_range", True)] if corrected else [])


async def test_broken_attachments_keep_the_message_text(adapter: MetaAdapter) -> None:
    parsed = adapter.parse(_signed(_page(
        _event(message={"mid": "m_1", "text": "see pic", "attachments": {}}),
        _event(message={"mid": "m_2", "text": "and this", "attachments": ["x"]}),
    )))
    assert [(m.provider_message_id, m.text, m.attachments) for m in parsed.messages] == [
        ("m_1", "see pic", ()), ("m_2", "and this", ())]
    assert [(s.reason, s.stored) for s in parsed.skipped] == [
        ("attachment_unreadable", True), ("attachment_unreadable", True)]


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
