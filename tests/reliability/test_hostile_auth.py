"""Authentication under attack, through the real HTTP app: Slack requests replayed after 5
minutes or with garbage timestamps, a Twilio signature reused with one changed parameter or on
another URL, forged Meta signatures and Telegram secret tokens. Each refusal stores nothing."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from tests.reliability.rows import EMPTY, stored_rows
from tests.reliability.signing import (
    PUBLIC_BASE,
    TG_SECRET,
    meta_body,
    meta_headers,
    slack_action,
    slack_headers,
    telegram_body,
    twilio_request,
    twilio_sms,
)


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
async def test_slack_garbage_timestamps_are_401(timestamp: str, client: httpx.AsyncClient,
                                                request: pytest.FixtureRequest) -> None:
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
    # One second off the signed timestamp itself (the wall clock may have ticked meanwhile).
    moved = {**headers,
             "X-Slack-Request-Timestamp": str(int(headers["X-Slack-Request-Timestamp"]) - 1)}
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
    encoded = {k.encode(): v.encode("latin-1", "replace") for k, v in headers.items()}
    response = await client.post(PUBLIC_BASE + "/webhooks/meta", content=body,
                                 headers={b"Content-Type": b"application/json", **encoded})
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


@pytest.mark.parametrize("case", ["signed non-UTF-8 body", "signed edit without state"])
async def test_signed_but_unreadable_slack_requests_are_4xx(
    case: str, client: httpx.AsyncClient, runtime: Any, request: pytest.FixtureRequest
) -> None:
    """Found by the property test. Only Slack can sign these, but the answer must not be 500."""
    import json
    from urllib.parse import urlencode

    from tests.helpers import fixture_bytes

    if case == "signed non-UTF-8 body":
        body = b"\x80"
    else:
        payload = json.loads(fixture_bytes("slack/view_submission_edit.json"))
        payload["view"]["state"] = {"values": {}}
        body = urlencode({"payload": json.dumps(payload)}).encode()
    response = await _post_slack(client, body, slack_headers(body))
    assert response.status_code < 500
    assert response.status_code >= 400 or response.json().get("response_action") == "errors"
    assert await stored_rows(runtime) == EMPTY
