"""Hostile requests through the real HTTP app: oversized, mislabelled, badly encoded, deeply
nested, huge, replayed, tampered and forged. Every channel is configured with its secret, so each
request meets the real signature check; each test asserts the answer and that nothing was stored.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from app.models import Contact, Message
from tests.reliability.rows import stored_rows
from tests.reliability.signing import (
    PUBLIC_BASE,
    TG_SECRET,
    meta_body,
    meta_headers,
    sendgrid_auth,
    slack_action,
    slack_headers,
    telegram_body,
    telegram_headers,
    twilio_request,
    twilio_sms,
)

MB = 1_000_000
CHUNK = 64 * 1024
EMPTY = {"messages": 0, "contacts": 0, "conversations": 0, "jobs": 0, "webhook_nonces": 0,
         "drafts": 0, "outbox": 0, "audit_events": 0}


def _signed_big(path: str) -> tuple[bytes, dict[str, str]]:
    """A 2 MB request for `path`, correctly signed: only the size limit can refuse it."""
    big = "a" * (2 * MB)
    if path.startswith("/webhooks/twilio"):
        return twilio_request(path, twilio_sms(1, text=big))
    if path == "/webhooks/meta":
        body = meta_body(1, text=big)
        return body, meta_headers(body)
    if path == "/webhooks/telegram":
        return telegram_body(1, text=big), telegram_headers()
    if path == "/webhooks/email/sendgrid":
        body = (f'--b\r\nContent-Disposition: form-data; name="text"\r\n\r\n{big}\r\n--b--\r\n'
                ).encode()
        return body, {**sendgrid_auth(), "Content-Type": "multipart/form-data; boundary=b"}
    body = json.dumps({"type": "block_actions", "pad": big}).encode()
    if path == "/slack/events":
        return body, slack_headers(body)
    return body, {"Content-Type": "application/x-www-form-urlencoded"}


POST_PATHS = ["/webhooks/twilio", "/webhooks/twilio/status", "/webhooks/meta", "/webhooks/telegram",
              "/webhooks/email/mailgun", "/webhooks/email/sendgrid", "/slack/events"]


@pytest.mark.parametrize("path", POST_PATHS)
@pytest.mark.parametrize("length", ["declared", "understated", "missing"])
async def test_bodies_over_1_mb_are_413_without_reading_them(
    path: str, length: str, client: httpx.AsyncClient, runtime: Any
) -> None:
    body, headers = _signed_big(path)
    pulled = [0]

    async def stream() -> AsyncIterator[bytes]:
        for start in range(0, len(body), CHUNK):
            pulled[0] += 1
            yield body[start:start + CHUNK]

    headers = {k: v for k, v in headers.items() if k.lower() != "content-length"}
    if length == "declared":
        headers["Content-Length"] = str(len(body))
    elif length == "understated":
        headers["Content-Length"] = "512"
    # "missing": httpx sends the generator with Transfer-Encoding: chunked.
    response = await client.post(PUBLIC_BASE + path, content=stream(), headers=headers)
    assert (response.status_code, response.text) == (413, "body too large")
    # Declared too large: refused on the header. Otherwise: reading stops just past 1 MB.
    assert pulled[0] == (0 if length == "declared" else MB // CHUNK + 1)
    assert await stored_rows(runtime) == EMPTY


TWILIO_FORM = twilio_request("/webhooks/twilio", twilio_sms(7))


@pytest.mark.parametrize(("path", "body", "headers", "content_type", "status"), [
    # The signature covers the form fields, not the label: a mislabelled form is still the form.
    ("/webhooks/twilio", *TWILIO_FORM, "application/json", 200),
    ("/webhooks/twilio", *TWILIO_FORM, "text/plain; charset=latin-1", 200),
    ("/webhooks/twilio", *TWILIO_FORM, "multipart/form-data; boundary=zz", 400),
    ("/webhooks/twilio", *TWILIO_FORM, "multipart/form-data", 400),
    ("/webhooks/meta", meta_body(7), meta_headers(meta_body(7)), "text/xml", 200),
    ("/webhooks/meta", meta_body(7), meta_headers(meta_body(7)), "multipart/form-data; boundary=x",
     400),
    ("/webhooks/telegram", telegram_body(7), telegram_headers(),
     "application/x-www-form-urlencoded", 200),
    ("/webhooks/email/sendgrid", b"text=hello", sendgrid_auth(), "multipart/form-data; boundary=q",
     400),
])
async def test_wrong_content_types(path: str, body: bytes, headers: dict[str, str],
                                   content_type: str, status: int, client: httpx.AsyncClient,
                                   runtime: Any) -> None:
    headers = {**headers, "Content-Type": content_type}
    response = await client.post(PUBLIC_BASE + path, content=body, headers=headers)
    assert response.status_code == status
    rows = await stored_rows(runtime)
    if status == 200:
        assert (rows["messages"], rows["jobs"]) == (1, 1)
    else:
        assert rows == EMPTY


async def test_invalid_utf8_in_a_twilio_form(client: httpx.AsyncClient, runtime: Any) -> None:
    body, headers = twilio_request("/webhooks/twilio", twilio_sms(8, text="caf\u00e9"))
    raw = body.replace(b"caf%C3%A9", b"caf\xe9")  # a raw Latin-1 byte: not UTF-8
    assert (await client.post(PUBLIC_BASE + "/webhooks/twilio", content=raw,
                              headers=headers)).status_code == 403
    # A percent-escaped invalid byte decodes to U+FFFD on both sides of the signature.
    escaped, escaped_headers = twilio_request("/webhooks/twilio", twilio_sms(9, text="x"))
    escaped = escaped.replace(b"Body=x", b"Body=caf%E9")
    from tests.helpers import twilio_signed

    escaped_headers = twilio_signed(PUBLIC_BASE + "/webhooks/twilio", escaped)
    response = await client.post(PUBLIC_BASE + "/webhooks/twilio", content=escaped,
                                 headers=escaped_headers)
    assert response.status_code == 200
    async with runtime.sessions() as session:
        message = (await session.execute(select(Message))).scalar_one()
        assert (message.provider_message_id, message.text) == (f"SM{9:032x}", "caf\ufffd")


@pytest.mark.parametrize("route", ["meta", "telegram"])
async def test_invalid_utf8_in_json(route: str, client: httpx.AsyncClient, runtime: Any) -> None:
    good = meta_body(10) if route == "meta" else telegram_body(10)
    body = good.replace(b"Folsom", b"F\xf6lsom\xff")
    headers = meta_headers(body) if route == "meta" else telegram_headers()
    response = await client.post(f"{PUBLIC_BASE}/webhooks/{route}", content=body, headers=headers)
    assert response.status_code == 400
    assert await stored_rows(runtime) == EMPTY


@pytest.mark.parametrize("route", ["meta", "telegram"])
@pytest.mark.parametrize("escape", ["\\ud800", "\\u0000"])
async def test_lone_surrogate_and_nul_in_json_text(route: str, escape: str,
                                                   client: httpx.AsyncClient, runtime: Any) -> None:
    """Valid JSON that no database can store as text: refused with 400 or stored cleaned."""
    good = meta_body(11) if route == "meta" else telegram_body(11)
    body = good.replace(b"Folsom", f"Fol{escape}som".encode())
    headers = meta_headers(body) if route == "meta" else telegram_headers()
    response = await client.post(f"{PUBLIC_BASE}/webhooks/{route}", content=body, headers=headers)
    assert response.status_code in (200, 400)
    rows = await stored_rows(runtime)
    if response.status_code == 400:
        assert rows == EMPTY
    else:
        async with runtime.sessions() as session:
            message = (await session.execute(select(Message))).scalar_one()
            assert "Folsom" in message.text and "\x00" not in message.text


async def test_nul_in_a_twilio_form(client: httpx.AsyncClient, runtime: Any) -> None:
    body, headers = twilio_request("/webhooks/twilio", twilio_sms(12, text="10 adults\x00please"))
    response = await client.post(PUBLIC_BASE + "/webhooks/twilio", content=body, headers=headers)
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert await stored_rows(runtime) == EMPTY
    else:
        async with runtime.sessions() as session:
            message = (await session.execute(select(Message))).scalar_one()
            assert message.text in ("10 adultsplease", "10 adults please")


@pytest.mark.parametrize("field", ["MessageSid", "From", "ProfileName", "Body"])
async def test_huge_twilio_fields(field: str, client: httpx.AsyncClient, runtime: Any) -> None:
    """A signed form with one field of 900 kB: stored whole, or refused with 400; never a 500."""
    fields = twilio_sms(13)
    huge = ("+1" + "9" * 899_000) if field == "From" else "Z" * 900_000
    fields[field] = huge
    body, headers = twilio_request("/webhooks/twilio", fields)
    response = await client.post(PUBLIC_BASE + "/webhooks/twilio", content=body, headers=headers)
    assert response.status_code in (200, 400)
    rows = await stored_rows(runtime)
    if response.status_code == 400:
        assert rows == EMPTY
        return
    async with runtime.sessions() as session:
        message = (await session.execute(select(Message))).scalar_one()
        contact = (await session.execute(select(Contact))).scalar_one()
    stored = {"MessageSid": message.provider_message_id, "From": message.sender,
              "ProfileName": contact.display_name, "Body": message.text}[field]
    assert stored == huge


@pytest.mark.parametrize("route", ["meta", "telegram"])
async def test_deeply_nested_json_is_400(route: str, client: httpx.AsyncClient,
                                         runtime: Any) -> None:
    """100,000 nested arrays (200 kB, under the size limit), correctly signed."""
    nested = "[" * 100_000 + "]" * 100_000
    if route == "meta":
        body = ('{"object": "page", "entry": ' + nested + "}").encode()
        headers = meta_headers(body)
    else:
        body = ('{"update_id": 1, "message": ' + nested + "}").encode()
        headers = telegram_headers()
    response = await client.post(f"{PUBLIC_BASE}/webhooks/{route}", content=body, headers=headers)
    assert response.status_code == 400
    assert await stored_rows(runtime) == EMPTY


async def _post_slack(client: httpx.AsyncClient, body: bytes, headers: dict[str, str]
                      ) -> httpx.Response:
    return await client.post(PUBLIC_BASE + "/slack/events", content=body, headers=headers)


@pytest.mark.parametrize(("age", "status"), [(0, 200), (290, 200), (301, 401), (3600, 401),
                                             (-301, 401)])
async def test_slack_requests_older_than_5_minutes_are_refused(
    age: int, status: int, client: httpx.AsyncClient, runtime: Any, fake_slack: Any
) -> None:
    """A click on a draft that does not exist: a fresh one is acknowledged (200) and looked up,
    a replay older (or further in the future) than 5 minutes is 401 and changes nothing."""
    body = slack_action(424242)
    response = await _post_slack(client, body, slack_headers(body, timestamp=int(time.time()) - age))
    assert response.status_code == status
    assert await stored_rows(runtime) == EMPTY


@pytest.mark.parametrize("timestamp", ["", "abc", "1e9", "-1", "99999999999999999999999", " 1 "])
async def test_slack_garbage_timestamps_are_401(timestamp: str, client: httpx.AsyncClient) -> None:
    body = slack_action(1)
    headers = slack_headers(body)
    headers["X-Slack-Request-Timestamp"] = timestamp
    response = await _post_slack(client, body, headers)
    assert response.status_code == 401


async def test_slack_signature_bound_to_body_and_timestamp(client: httpx.AsyncClient) -> None:
    body = slack_action(1)
    headers = slack_headers(body)
    other = slack_action(2)
    assert (await _post_slack(client, other, headers)).status_code == 401
    moved = {**headers, "X-Slack-Request-Timestamp": str(int(time.time()) - 1)}
    assert (await _post_slack(client, body, moved)).status_code == 401
    wrong = slack_headers(body, secret="not-the-secret")
    assert (await _post_slack(client, body, wrong)).status_code == 401


def _tampered_twilio() -> list[tuple[str, bytes]]:
    """(label, body) pairs that differ from the signed form by one parameter."""
    body, _ = twilio_request("/webhooks/twilio", twilio_sms(20))
    cases = [(f"changed {k}", body.replace(f"{k}=".encode(), f"{k}=1".encode(), 1))
             for k in ("MessageSid", "From", "To", "Body", "NumMedia", "AccountSid")]
    cases.append(("added a parameter", body + b"&OptOutType=STOP"))
    cases.append(("removed a parameter", body.replace(b"&NumMedia=0", b"")))
    cases.append(("duplicated Body", body + b"&Body=STOP"))
    return cases


@pytest.mark.parametrize(("label", "tampered"), _tampered_twilio())
async def test_twilio_signature_reused_with_one_changed_parameter(
    label: str, tampered: bytes, client: httpx.AsyncClient, runtime: Any
) -> None:
    _, headers = twilio_request("/webhooks/twilio", twilio_sms(20))
    response = await client.post(PUBLIC_BASE + "/webhooks/twilio", content=tampered,
                                 headers=headers)
    assert (response.status_code, response.text) == (403, "bad signature"), label
    assert await stored_rows(runtime) == EMPTY


async def test_twilio_signature_is_bound_to_the_url(client: httpx.AsyncClient,
                                                    runtime: Any) -> None:
    body, headers = twilio_request("/webhooks/twilio", twilio_sms(21))
    for url in ("/webhooks/twilio/status", "/webhooks/twilio?x=1"):
        response = await client.post(PUBLIC_BASE + url, content=body, headers=headers)
        assert response.status_code == 403, url
    assert await stored_rows(runtime) == EMPTY
    ok = await client.post(PUBLIC_BASE + "/webhooks/twilio", content=body, headers=headers)
    assert ok.status_code == 200


def _forged_meta() -> list[tuple[str, dict[str, str]]]:
    body = meta_body(30)
    good = meta_headers(body)["X-Hub-Signature-256"]
    digest = good.removeprefix("sha256=")
    return [
        ("no header", {}),
        ("empty", {"X-Hub-Signature-256": ""}),
        ("wrong secret", meta_headers(body, secret="guess")),
        ("other body", meta_headers(meta_body(31))),
        ("sha1 scheme", {"X-Hub-Signature": "sha1=" + digest[:40]}),
        ("no scheme", {"X-Hub-Signature-256": digest}),
        ("truncated", {"X-Hub-Signature-256": good[:-2]}),
        ("non-ascii", {"X-Hub-Signature-256": "sha256=" + "\u00e9" * 64}),
    ]


@pytest.mark.parametrize(("label", "headers"), _forged_meta())
async def test_forged_meta_requests(label: str, headers: dict[str, str], client: httpx.AsyncClient,
                                    runtime: Any) -> None:
    body = meta_body(30)
    encoded = {k: v.encode("latin-1", "replace") for k, v in headers.items()}
    response = await client.post(PUBLIC_BASE + "/webhooks/meta", content=body,
                                 headers={"Content-Type": "application/json", **encoded})
    assert (response.status_code, response.text) == (403, "bad signature"), label
    assert await stored_rows(runtime) == EMPTY


@pytest.mark.parametrize("secret", [None, "", "wrong", TG_SECRET[:-1], TG_SECRET + "x",
                                    TG_SECRET.upper(), " " + TG_SECRET])
async def test_forged_telegram_requests(secret: str | None, client: httpx.AsyncClient,
                                        runtime: Any) -> None:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    response = await client.post(PUBLIC_BASE + "/webhooks/telegram", content=telegram_body(40),
                                 headers=headers)
    assert (response.status_code, response.text) == (403, "bad signature")
    assert await stored_rows(runtime) == EMPTY
