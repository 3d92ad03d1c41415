"""Property: whatever arrives at a webhook (random bytes, mutated provider payloads, random
headers, with or without a valid signature), the gateway never answers 500, and a refused request
(4xx) leaves no row behind. Every channel is configured with its secret, and about half the
examples carry a correct signature so the parsers and the database see the hostile content."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from tests.helpers import fixture_bytes, twilio_signed
from tests.reliability.rows import stored_rows
from tests.reliability.signing import (
    PUBLIC_BASE,
    mailgun_form,
    meta_headers,
    sendgrid_auth,
    slack_headers,
    telegram_headers,
)

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                max_size=4),
    max_leaves=12,
)
CONTENT_TYPES = st.sampled_from([
    "application/json", "application/x-www-form-urlencoded", "multipart/form-data",
    "multipart/form-data; boundary=b", "text/plain", "", "application/json; charset=utf-16",
]) | st.text(max_size=30)
HEADER_NAMES = st.sampled_from([
    "X-Twilio-Signature", "X-Hub-Signature-256", "X-Telegram-Bot-Api-Secret-Token",
    "Authorization", "X-Slack-Request-Timestamp", "X-Slack-Signature", "Content-Encoding",
    "X-Forwarded-Proto", "Host-Ish",
])
# Header values travel as latin-1 bytes on the wire; any of them may arrive.
HEADER_VALUES = st.binary(max_size=80).map(lambda b: b.decode("latin-1"))


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _mutate(draw: Any, document: Any) -> Any:
    """The document with one subtree replaced by random JSON (or the whole of it)."""
    path = draw(st.sampled_from(_paths(document)))
    value = draw(JSON)
    if not path:
        return value
    target = document
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return document


def _mutated_form(draw: Any, form: dict[str, str]) -> dict[str, str]:
    for key in draw(st.lists(st.sampled_from(sorted(form)), max_size=3, unique=True)):
        if draw(st.booleans()):
            del form[key]
        else:
            form[key] = draw(st.text(max_size=60))
    form.update(draw(st.dictionaries(st.text(min_size=1, max_size=10), st.text(max_size=30),
                                     max_size=3)))
    return form


def _fixture_json(name: str) -> Any:
    return json.loads(fixture_bytes(name))


@st.composite
def hostile_request(draw: Any, path: str) -> tuple[bytes, dict[str, str], str]:
    """(body, headers, method) for `path`; `sign` decides whether the signature is right."""
    sign = draw(st.booleans())
    headers: dict[str, str] = {}
    if path.startswith("/webhooks/twilio"):
        name = "twilio/sms.form" if path == "/webhooks/twilio" else "twilio/status_failed.form"
        form = dict(parse_qsl(fixture_bytes(name).decode(), keep_blank_values=True))
        body = urlencode(_mutated_form(draw, form)).encode()
        body = draw(st.just(body) | st.binary(max_size=300))
        if sign and _utf8(body):
            headers = twilio_signed(PUBLIC_BASE + path, body)
    elif path in ("/webhooks/meta", "/webhooks/telegram"):
        fixture = draw(st.sampled_from(
            ["meta/messenger_text.json", "meta/instagram_text.json", "meta/messenger_batched.json",
             "meta/messenger_image.json", "meta/messenger_postback.json"]
            if path == "/webhooks/meta" else
            ["telegram/text.json", "telegram/photo.json", "telegram/callback_query.json",
             "telegram/start_command.json", "telegram/document.json"]))
        body = json.dumps(_mutate(draw, _fixture_json(fixture))).encode()
        body = draw(st.just(body) | st.binary(max_size=300))
        if sign:
            headers = meta_headers(body) if path == "/webhooks/meta" else telegram_headers()
    elif path == "/webhooks/email/mailgun":
        token = draw(st.text(min_size=1, max_size=60))
        form = mailgun_form(token=token, timestamp=int(time.time()) - draw(st.integers(-10, 10)))
        fields = _mutated_form(draw, form)
        if sign and "token" in fields:
            fields.update({k: v for k, v in mailgun_form(token=fields["token"]).items()
                           if k in ("timestamp", "signature")})
        body = urlencode(fields).encode()
    elif path == "/webhooks/email/sendgrid":
        fields = {k: str(v) for k, v in _fixture_json("email/sendgrid_fields.json").items()}
        fields = _mutated_form(draw, fields)
        body = _multipart(fields)
        headers = {"Content-Type": "multipart/form-data; boundary=xYzZY"}
        if sign:
            headers.update(sendgrid_auth())
    else:  # /slack/events
        payload = _mutate(draw, _fixture_json(draw(st.sampled_from(
            ["slack/block_actions_approve.json", "slack/view_submission_edit.json"]))))
        body = urlencode({"payload": json.dumps(payload)}).encode()
        body = draw(st.just(body) | st.binary(max_size=300))
        if sign:
            headers = slack_headers(body)
    if draw(st.booleans()):
        headers["Content-Type"] = draw(CONTENT_TYPES)
    for name, value in draw(st.dictionaries(HEADER_NAMES, HEADER_VALUES, max_size=2)).items():
        if not sign or draw(st.booleans()):
            headers[name] = value
    return body, headers, "POST"


def _utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _multipart(fields: dict[str, str]) -> bytes:
    parts = [f'--xYzZY\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
             for k, v in fields.items() if '"' not in k and "\r" not in k and "\n" not in k]
    return ("".join(parts) + "--xYzZY--\r\n").encode("utf-8", "surrogatepass")


@pytest.fixture
def app_loop(settings: Any) -> Iterator[tuple[asyncio.AbstractEventLoop, Any, Any]]:
    """The app on a private event loop: hypothesis drives a synchronous test function."""
    from app.main import create_app
    from app.runtime import build_runtime

    loop = asyncio.new_event_loop()
    runtime = build_runtime(settings)
    transport = httpx.ASGITransport(app=create_app(runtime=runtime, run_worker=False))
    client = httpx.AsyncClient(transport=transport, base_url=PUBLIC_BASE)
    try:
        yield loop, client, runtime
    finally:
        loop.run_until_complete(client.aclose())
        loop.run_until_complete(runtime.close())
        loop.close()


ROUTES = ["/webhooks/twilio", "/webhooks/twilio/status", "/webhooks/meta", "/webhooks/telegram",
          "/webhooks/email/mailgun", "/webhooks/email/sendgrid", "/slack/events"]


@pytest.mark.parametrize("path", ROUTES)
@hsettings(max_examples=200, deadline=None, derandomize=True,
           suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                  HealthCheck.data_too_large])
@given(data=st.data())
def test_never_a_500_and_refusals_store_nothing(path: str, app_loop: Any, data: Any,
                                                request: pytest.FixtureRequest) -> None:
    loop, client, runtime = app_loop
    body, headers, _method = data.draw(hostile_request(path), label="request")

    async def exchange() -> tuple[int, dict[str, int], dict[str, int]]:
        before = await stored_rows(runtime)
        wire = {k: v.encode("utf-8", "surrogatepass") for k, v in headers.items()}
        response = await client.post(PUBLIC_BASE + path, content=body, headers=wire)
        return response.status_code, before, await stored_rows(runtime)

    status, before, after = loop.run_until_complete(exchange())
    assert status < 500
    if 400 <= status < 500:
        assert after == before, f"refused with {status} but stored {after} (was {before})"


@hsettings(max_examples=200, deadline=None, derandomize=True,
           suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.dictionaries(st.sampled_from(["hub.mode", "hub.verify_token", "hub.challenge",
                                              "x"]), st.text(max_size=50), max_size=4))
def test_meta_subscription_check_with_any_query(app_loop: Any, query: dict[str, str]) -> None:
    loop, client, _runtime = app_loop
    response = loop.run_until_complete(client.get(PUBLIC_BASE + "/webhooks/meta", params=query))
    genuine = (query.get("hub.mode") == "subscribe" and query.get("hub.verify_token") == "verify-me"
               and bool(query.get("hub.challenge")))
    if genuine:
        assert (response.status_code, response.text) == (200, query["hub.challenge"])
        # Echoed as plain text, never as HTML: a crafted challenge cannot become a page.
        assert response.headers["content-type"].startswith("text/plain")
    else:
        assert response.status_code == 403
