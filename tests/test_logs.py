"""Logs are JSON lines with a request id, and never show a whole phone number or email."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest

from app.logs import JsonFormatter, _cheap_mask, info_line, mask, request_id
from tests.helpers import fixture_bytes, twilio_signed


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("from +19165550123 to +19165550100", "from +1916***0123 to +1916***0100"),
        ("whatsapp:+19165550168", "whatsapp:+1916***0168"),
        ("mail from priya.natarajan@example.com", "mail from p***@example.com"),
        ("draft 42 for 10 adults, total 600.00", "draft 42 for 10 adults, total 600.00"),
    ],
)
def test_mask(text: str, masked: str) -> None:
    assert mask(text) == masked


def test_json_line_carries_request_id() -> None:
    token = request_id.set("abc123")
    try:
        record = logging.LogRecord("app.x", logging.INFO, __file__, 1,
                                   "stored message from %s", ("+19165550123",), None)
        line = json.loads(JsonFormatter().format(record))
    finally:
        request_id.reset(token)
    assert line["request_id"] == "abc123" and line["level"] == "INFO"
    assert line["message"] == "stored message from +1916***0123"


@pytest.mark.parametrize("text", [
    "twilio webhook: 1 stored, 0 duplicate, 0 status (POST /webhooks/twilio 200 1.2ms)",
    "from +19165550123", "9 digits 1 2 3 4 5 6 7 8", "ten digits 1 2 3 4 5 6 7 8 9 0",
    "call 916 555 0123 now", "+١٩١٦٥٥٥٠١٢٣ wrote", "caf\u00e9 +19165550123 \u00e9",
    "a@b.co", "", "\u0663\u0664 and 12345678",
])
def test_the_cheap_mask_masks_what_mask_masks(text: str) -> None:
    assert _cheap_mask(text) == mask(text)


@pytest.mark.parametrize("message", [
    'plain', 'quote " and backslash \\ and a tab\t', "new\nline \x00 \x1f \x7f",
    "caf\u00e9 \u2028 \ud83c\udf71", "from +19165550123", "",
])
def test_json_line_is_what_json_dumps_writes(message: str) -> None:
    """The hand-built line is byte for byte the line json.dumps wrote before."""
    token = request_id.set('id "7"')
    try:
        record = logging.LogRecord("gateway.\u00e9", logging.WARNING, __file__, 1, "%s",
                                   (message,), None)
        record.created = 1764583200.25
        try:
            raise ValueError(message)
        except ValueError:
            import sys

            record.exc_info = sys.exc_info()
        formatter = JsonFormatter()
        line = formatter.format(record)
        error = mask(formatter.formatException(record.exc_info))
    finally:
        request_id.reset(token)
    assert line == json.dumps({
        "time": "2025-12-01T10:00:00.250+00:00", "level": "WARNING", "logger": "gateway.\u00e9",
        "request_id": 'id "7"', "message": mask(message), "error": error,
    }, ensure_ascii=False)


async def test_webhook_answers_with_a_request_id(client: httpx.AsyncClient, runtime: Any,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    url = "https://gateway.example.com/webhooks/twilio"
    body = fixture_bytes("twilio/sms.form")
    headers = {**twilio_signed(url, body), "X-Request-ID": "req-7"}
    with caplog.at_level(logging.INFO):
        response = await client.post(url, content=body, headers=headers)
    assert response.headers["x-request-id"] == "req-7"
    assert "twilio webhook: 1 stored" in caplog.text
    assert "test-twilio-auth-token" not in caplog.text
    access = [r for r in caplog.records if r.name == "gateway.access"]
    assert len(access) == 1
    token = request_id.set("req-7")  # as it was while the request was served
    try:
        line = json.loads(JsonFormatter().format(access[0]))
    finally:
        request_id.reset(token)
    assert line["request_id"] == "req-7" and line["level"] == "INFO"
    assert line["message"].startswith("twilio webhook: 1 stored, 0 duplicate, 0 status (POST "
                                      "/webhooks/twilio 200 ")


def test_info_line_masks_unless_the_caller_vouches(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("gateway.test")
    with caplog.at_level(logging.INFO, logger="gateway.test"):
        info_line(logger, "refused: %s", "from +19165550123")
        info_line(logger, "%d stored (%.1fms)", 1, 12345678901.5, safe=True)
    lines = [json.loads(JsonFormatter().format(r)) for r in caplog.records]
    assert [line["message"] for line in lines] == [
        "refused: from +1916***0123", "1 stored (12345678901.5ms)"]


async def test_metrics_count_webhooks_drafts_and_waiting_jobs(client: httpx.AsyncClient,
                                                              runtime: Any) -> None:
    from app.tasks import make_worker

    url = "https://gateway.example.com/webhooks/twilio"
    body = fixture_bytes("twilio/whatsapp.form")
    await client.post(url, content=body, headers=twilio_signed(url, body))
    before = (await client.get("/metrics")).text
    assert 'gateway_jobs_waiting{kind="draft",state="queued"} 1.0' in before
    await make_worker(runtime).drain()
    after = (await client.get("/metrics")).text
    assert 'gateway_jobs_waiting{kind="draft"' not in after
    assert 'gateway_webhooks_total{provider="twilio",result="accepted"}' in after
    assert 'gateway_drafts_total{responder="offline"}' in after
