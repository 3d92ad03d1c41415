"""Shared helpers of the issue 14 end-to-end tests: settings for every channel, signed posts of
the corpus fixtures, metric deltas."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx
from prometheus_client import REGISTRY

from tests.helpers import fixture_bytes, twilio_signed

BASE = "https://gateway.example.com"
META_SECRET, TG_SECRET, MG_KEY = "meta-app-secret", "tg-secret-token", "mailgun-signing-key"
TG_TOKEN = "7345120099:AAHk3v_FAKE-token-for-tests_x9Q"
SG_USER, SG_PASSWORD = "parse", "parse-pass"

SETTINGS: dict[str, Any] = {
    "meta_app_secret": META_SECRET, "meta_verify_token": "verify-me",
    "meta_page_access_token": "EAAB", "meta_graph_base_url": "http://127.0.0.1:9",
    "telegram_bot_token": TG_TOKEN,
    "telegram_webhook_secret": TG_SECRET, "telegram_bot_username": "SacValleyHibachiBot",
    "smtp_host": "127.0.0.1", "email_from": "quotes@mg.example.com",
    "mailgun_signing_key": MG_KEY, "sendgrid_inbound_user": SG_USER,
    "sendgrid_inbound_password": SG_PASSWORD,
}


def sample(name: str, **labels: str) -> float:
    """A metric's current value (0 when the series does not exist yet)."""
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def post_meta(client: httpx.AsyncClient, body: bytes) -> httpx.Response:
    digest = hmac.new(META_SECRET.encode(), body, hashlib.sha256).hexdigest()
    return await client.post(BASE + "/webhooks/meta", content=body, headers={
        "X-Hub-Signature-256": f"sha256={digest}", "Content-Type": "application/json"})


async def post_meta_fixture(client: httpx.AsyncClient, name: str) -> httpx.Response:
    return await post_meta(client, fixture_bytes(f"meta/{name}"))


async def post_telegram(client: httpx.AsyncClient, body: bytes) -> httpx.Response:
    return await client.post(BASE + "/webhooks/telegram", content=body, headers={
        "X-Telegram-Bot-Api-Secret-Token": TG_SECRET, "Content-Type": "application/json"})


async def post_twilio(client: httpx.AsyncClient, path: str, body: bytes) -> httpx.Response:
    return await client.post(BASE + path, content=body, headers=twilio_signed(BASE + path, body))


async def post_mailgun(client: httpx.AsyncClient, path: str, name: str, token: str
                       ) -> httpx.Response:
    pairs = parse_qsl(fixture_bytes(f"email/{name}").decode(), keep_blank_values=True)
    ts = str(int(time.time()))
    signature = hmac.new(MG_KEY.encode(), (ts + token).encode(), hashlib.sha256).hexdigest()
    fresh = {"timestamp": ts, "token": token, "signature": signature}
    body = urlencode([(k, fresh.get(k, v)) for k, v in pairs]).encode()
    return await client.post(BASE + path, content=body,
                             headers={"Content-Type": "application/x-www-form-urlencoded"})


async def post_sendgrid(client: httpx.AsyncClient, name: str) -> httpx.Response:
    auth = base64.b64encode(f"{SG_USER}:{SG_PASSWORD}".encode()).decode()
    return await client.post(BASE + "/webhooks/email/sendgrid",
                             content=fixture_bytes(f"email/{name}"),
                             headers={"Authorization": f"Basic {auth}",
                                      "Content-Type": "multipart/form-data; boundary=xYzZY"})
