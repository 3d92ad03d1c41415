"""Provider requests for the reliability tests: signed the way each provider signs, with fresh
ids and senders so many can be sent at once. Also usable from scripts/soak.py (no pytest here)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any
from urllib.parse import urlencode

from tests.helpers import fixture_bytes, slack_signed, twilio_signed

PUBLIC_BASE = "https://gateway.example.com"
TWILIO_SID = "AC9af211329b2fc82e5efe906062c73008"
TWILIO_TOKEN = "test-twilio-auth-token"
BUSINESS_NUMBER = "+19165550100"
META_SECRET = "meta-app-secret"
META_PAGE = "104857392016482"
IG_ACCOUNT = "17841401234567890"
TG_TOKEN = "7000000001:AAtest-token"
TG_SECRET = "tg-secret-token"
MG_KEY = "mailgun-signing-key"
SG_USER, SG_PASSWORD = "parse", "parse-pass"
SLACK_SECRET = "test-slack-signing-secret"
SLACK_CHANNEL = "C06A1HBCH9Q"
APPROVER = "U05R2M8KQ3A"

CHANNEL_SETTINGS: dict[str, Any] = {
    "public_base_url": PUBLIC_BASE,
    "twilio_account_sid": TWILIO_SID,
    "twilio_auth_token": TWILIO_TOKEN,
    "twilio_from_number": BUSINESS_NUMBER,
    "meta_app_secret": META_SECRET,
    "meta_verify_token": "verify-me",
    "meta_page_access_token": "EAAB-test-page-token",
    "telegram_bot_token": TG_TOKEN,
    "telegram_webhook_secret": TG_SECRET,
    "smtp_host": "127.0.0.1",
    "email_from": "quotes@mg.example.com",
    "mailgun_signing_key": MG_KEY,
    "sendgrid_inbound_user": SG_USER,
    "sendgrid_inbound_password": SG_PASSWORD,
    "slack_bot_token": "xoxb-test",
    "slack_signing_secret": SLACK_SECRET,
    "slack_review_channel": SLACK_CHANNEL,
    "slack_approver_ids": APPROVER,
}

QUESTION = "Hi! How much for hibachi for 10 adults with filet mignon? We're in Folsom 95630"


def twilio_request(path: str, fields: dict[str, str]) -> tuple[bytes, dict[str, str]]:
    """A Twilio form for `path`, signed over PUBLIC_BASE + path."""
    body = urlencode(fields).encode()
    return body, twilio_signed(PUBLIC_BASE + path, body, TWILIO_TOKEN)


def twilio_sms(number: int, *, whatsapp: bool = False, text: str = QUESTION) -> dict[str, str]:
    """The form of one inbound SMS (or WhatsApp) from a sender derived from `number`."""
    prefix = "whatsapp:" if whatsapp else ""
    return {
        # Inbound SIDs in their own range: the fake Messages API numbers its replies from 1.
        "MessageSid": f"SMfeed{number:028x}",
        "AccountSid": TWILIO_SID,
        "From": f"{prefix}+1916{number:07d}",
        "To": f"{prefix}{BUSINESS_NUMBER}",
        "Body": text,
        "NumMedia": "0",
    }


def meta_headers(body: bytes, secret: str = META_SECRET) -> dict[str, str]:
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return {"X-Hub-Signature-256": f"sha256={digest}", "Content-Type": "application/json"}


def meta_body(number: int, *, instagram: bool = False, text: str = QUESTION) -> bytes:
    """One Messenger (or Instagram) text message from a sender derived from `number`."""
    now_ms = int(time.time() * 1000)
    page = IG_ACCOUNT if instagram else META_PAGE
    event = {
        "sender": {"id": str(7083456100000000 + number)},
        "recipient": {"id": page},
        "timestamp": now_ms,
        "message": {"mid": f"m_reliability_{'ig' if instagram else 'fb'}_{number}", "text": text},
    }
    payload = {"object": "instagram" if instagram else "page",
               "entry": [{"id": page, "time": now_ms, "messaging": [event]}]}
    return json.dumps(payload).encode()


def telegram_headers(secret: str = TG_SECRET) -> dict[str, str]:
    return {"X-Telegram-Bot-Api-Secret-Token": secret, "Content-Type": "application/json"}


def telegram_body(number: int, *, text: str = QUESTION) -> bytes:
    """One Telegram text Update from a chat derived from `number`."""
    chat = 6384000000 + number
    person = {"id": chat, "is_bot": False, "first_name": "Dana"}
    update = {"update_id": 734500000 + number, "message": {
        "message_id": 1000 + number, "from": person, "chat": {**person, "type": "private"},
        "date": int(time.time()), "text": text}}
    return json.dumps(update).encode()


def mailgun_form(*, token: str, timestamp: int | None = None,
                 fields: dict[str, str] | None = None) -> dict[str, str]:
    """A Mailgun inbound form (the fixture's fields) signed for `token`."""
    from urllib.parse import parse_qsl

    form = dict(parse_qsl(fixture_bytes("email/mailgun.form").decode(), keep_blank_values=True))
    form.update(fields or {})
    ts = str(int(time.time()) if timestamp is None else timestamp)
    signature = hmac.new(MG_KEY.encode(), (ts + token).encode(), hashlib.sha256).hexdigest()
    form.update(timestamp=ts, token=token, signature=signature)
    return form


def sendgrid_auth(user: str = SG_USER, password: str = SG_PASSWORD) -> dict[str, str]:
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


def slack_action(draft_id: int, *, action_id: str = "approve", user: str = APPROVER) -> bytes:
    """A block_actions click on a review message (the fixture with this draft's id)."""
    payload = json.loads(fixture_bytes("slack/block_actions_approve.json"))
    payload["actions"][0]["action_id"] = action_id
    payload["actions"][0]["value"] = f"draft:{draft_id}"
    payload["user"]["id"] = user
    return urlencode({"payload": json.dumps(payload)}).encode()


def slack_headers(body: bytes, *, timestamp: int | None = None,
                  secret: str = SLACK_SECRET) -> dict[str, str]:
    return slack_signed(body, secret=secret, timestamp=timestamp)
