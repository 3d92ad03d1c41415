"""Signed requests as the providers send them: Twilio SMS webhooks and Slack button clicks.

`twilio_signed` and `slack_signed` are the providers' signing algorithms, shared with the tests.
The bench builds its requests as raw HTTP/1.1 bytes ahead of a timed run, so signing costs the
load generator nothing while it measures.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
from typing import Any
from urllib.parse import parse_qsl, urlencode

from twilio.request_validator import RequestValidator

ACCOUNT_SID = "AC9af211329b2fc82e5efe906062c73008"
TWILIO_TOKEN = "bench-twilio-auth-token"
BUSINESS_NUMBER = "+19165550100"
SLACK_SECRET = "bench-slack-signing-secret"
APPROVER = "U05R2M8KQ3A"
REVIEW_CHANNEL = "C06A1HBCH9Q"
PUBLIC_BASE = "https://gateway.bench.example"
INQUIRY = "Hi! How much for hibachi for 10 adults with filet mignon? We're in Folsom 95630"


def twilio_signed(url: str, body: bytes, token: str) -> dict[str, str]:
    """Headers for a form body signed with Twilio's algorithm over `url` and the form."""
    params = dict(parse_qsl(body.decode(), keep_blank_values=True))
    return {
        "X-Twilio-Signature": RequestValidator(token).compute_signature(url, params),
        "Content-Type": "application/x-www-form-urlencoded",
    }


def slack_signed(body: bytes, secret: str, timestamp: int | None = None) -> dict[str, str]:
    """Headers Slack sends: v0 HMAC-SHA256 of "v0:{ts}:{body}" with the signing secret."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
    return {
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": f"v0={digest}",
        "Content-Type": "application/x-www-form-urlencoded",
    }


def http_post(path: str, body: bytes, headers: dict[str, str]) -> bytes:
    """A keep-alive HTTP/1.1 POST as bytes."""
    lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", f"Content-Length: {len(body)}"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def http_get(path: str) -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()


class SmsFactory:
    """Signed Twilio SMS webhooks, each with a new MessageSid and a new customer number."""

    def __init__(self, *, first: int = 1, text: str = INQUIRY) -> None:
        self._numbers = itertools.count(first)
        self._text = text
        self.path = "/webhooks/twilio"

    def sender(self, n: int) -> str:
        return f"+1916{n:07d}"

    def next(self) -> bytes:
        n = next(self._numbers)
        sid = f"SM{n:032x}"
        fields = {
            "ToCountry": "US", "ToState": "CA", "SmsMessageSid": sid, "NumMedia": "0",
            "ToCity": "SACRAMENTO", "FromZip": "95630", "SmsSid": sid, "FromState": "CA",
            "SmsStatus": "received", "FromCity": "FOLSOM", "Body": self._text,
            "FromCountry": "US", "To": BUSINESS_NUMBER, "ToZip": "95814", "NumSegments": "1",
            "MessageSid": sid, "AccountSid": ACCOUNT_SID, "From": self.sender(n),
            "ApiVersion": "2010-04-01",
        }
        body = urlencode(fields).encode()
        return http_post(self.path, body, twilio_signed(PUBLIC_BASE + self.path, body, TWILIO_TOKEN))

    def batch(self, count: int) -> list[bytes]:
        return [self.next() for _ in range(count)]


def slack_approve(draft_id: int, *, user: str = APPROVER, timestamp: int | None = None) -> bytes:
    """A signed block_actions click on a review message's approve button."""
    value = f"draft:{draft_id}"
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": {"id": user, "username": "kenji", "name": "kenji", "team_id": "T05QX7HB2LK"},
        "api_app_id": "A06B4JDKS2P",
        "token": "bench-verification-token",
        "container": {"type": "message", "message_ts": "1749608152.512389",
                      "channel_id": REVIEW_CHANNEL, "is_ephemeral": False},
        "trigger_id": "7253001834561.5843217730469.5a0f3c9d8e7b6a5f4e3d2c1b0a998877",
        "team": {"id": "T05QX7HB2LK", "domain": "sacvalleyhibachi"},
        "enterprise": None,
        "is_enterprise_install": False,
        "channel": {"id": REVIEW_CHANNEL, "name": "hibachi-review"},
        "message": {"type": "message", "ts": "1749608152.512389", "text": "draft waiting"},
        "state": {"values": {}},
        "response_url": "https://hooks.slack.com/actions/T05QX7HB2LK/1/bench",
        "actions": [{"action_id": "approve", "block_id": "draft_actions", "value": value,
                     "type": "button", "action_ts": "1749608391.270614",
                     "text": {"type": "plain_text", "text": "Approve & send"}}],
    }
    body = urlencode({"payload": json.dumps(payload)}).encode()
    return http_post("/slack/events", body, slack_signed(body, SLACK_SECRET, timestamp))
