"""Hostile requests through the real HTTP app: oversized, mislabelled, badly encoded, deeply
nested, huge, replayed, tampered and forged. Every channel is configured with its secret, so each
request meets the real signature check; each test asserts the answer and that nothing was stored.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from app.models import Contact, Message
from tests.reliability.rows import EMPTY, stored_rows
from tests.reliability.signing import (
    PUBLIC_BASE,
    QUESTION,
    meta_body,
    meta_headers,
    sendgrid_auth,
    slack_headers,
    telegram_body,
    telegram_headers,
    twilio_request,
    twilio_sms,
)

MB = 1_000_000
CHUNK = 64 * 1024

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
META_BODY = meta_body(7)  # built once: it carries the current time, and its signature must match
META_REQUEST = (META_BODY, meta_headers(META_BODY))


@pytest.mark.parametrize(("path", "body", "headers", "content_type", "status"), [
    # The signature covers the form fields, not the label: a mislabelled form is still the form.
    ("/webhooks/twilio", *TWILIO_FORM, "application/json", 200),
    ("/webhooks/twilio", *TWILIO_FORM, "text/plain; charset=latin-1", 200),
    ("/webhooks/twilio", *TWILIO_FORM, "multipart/form-data; boundary=zz", 400),
    ("/webhooks/twilio", *TWILIO_FORM, "multipart/form-data", 400),
    ("/webhooks/meta", *META_REQUEST, "text/xml", 200),
    ("/webhooks/meta", *META_REQUEST, "multipart/form-data; boundary=x", 400),
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
        # The delivery's inbound job (done) and the draft job it queued.
        assert (rows["messages"], rows["jobs"]) == (1, 2)
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
        assert (message.provider_message_id, message.text) == (twilio_sms(9)["MessageSid"], "caf\ufffd")


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
            # NUL removed; a lone surrogate replaced (it cannot be encoded as UTF-8).
            cleaned = "Fol?som" if escape == "\\ud800" else "Folsom"
            assert message.text == QUESTION.replace("Folsom", cleaned)


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
    # A display name is cosmetic: cut to its column (200) rather than refuse the message.
    assert stored == (huge[:200] if field == "ProfileName" else huge)


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


async def test_telegram_photo_without_dimensions_is_400(client: httpx.AsyncClient, runtime: Any) -> None:
    """Found by the property test: a signed photo update whose sizes lack width and height."""
    update = json.loads(telegram_body(50))
    update["message"]["photo"] = [
        {"file_id": "AgAC-1", "file_unique_id": "u1", "width": None, "height": None},
        {"file_id": "AgAC-2", "file_unique_id": "u2", "width": 90, "height": None}]
    response = await client.post(PUBLIC_BASE + "/webhooks/telegram",
                                 content=json.dumps(update).encode(), headers=telegram_headers())
    assert response.status_code in (200, 400)
    rows = await stored_rows(runtime)
    assert rows == EMPTY if response.status_code == 400 else rows["messages"] == 1


async def test_nul_in_a_mailgun_token(client: httpx.AsyncClient, runtime: Any) -> None:
    """Found by the property test on PostgreSQL: the signed token is stored as the replay nonce."""
    from urllib.parse import urlencode

    from tests.reliability.signing import mailgun_form

    body = urlencode(mailgun_form(token="tok\x00en")).encode()
    response = await client.post(PUBLIC_BASE + "/webhooks/email/mailgun", content=body,
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code in (200, 400)
    rows = await stored_rows(runtime)
    assert rows == EMPTY if response.status_code == 400 else rows["messages"] == 1


async def test_telegram_text_that_is_not_a_string_is_400(
    client: httpx.AsyncClient, runtime: Any, request: pytest.FixtureRequest
) -> None:
    """Found by the property test: de_json keeps whatever type the JSON had."""
    update = json.loads(telegram_body(51))
    update["message"]["text"] = {"": None}
    response = await client.post(PUBLIC_BASE + "/webhooks/telegram",
                                 content=json.dumps(update).encode(), headers=telegram_headers())
    assert response.status_code == 400
    assert await stored_rows(runtime) == EMPTY
