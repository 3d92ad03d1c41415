"""Slack fixtures for the review tests (test_slack.py keeps its own copies): a fake Slack Web
API, settings pointing at it (a module selects them with `settings = slack_settings`), and the
sms.form inquiry drafted and posted for review."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from app.models import Draft
from app.tasks import make_worker
from tests.fakes.server import FakeServer
from tests.helpers import fixture_bytes, twilio_signed

APPROVER = "U05R2M8KQ3A"
BASE = "https://gateway.example.com"
SLACK = {"slack_bot_token": "xoxb-test", "slack_signing_secret": "test-slack-signing-secret",
         "slack_review_channel": "C06A1HBCH9Q", "slack_approver_ids": f"{APPROVER},U0OTHER"}


@pytest.fixture
def slack_settings(make_settings: Any, fake_slack: FakeServer) -> Any:
    return make_settings(**SLACK, slack_api_base_url=fake_slack.url + "/api/",
                         review_reminder_minutes=15, slack_reminder_group="S0REVIEW")


@pytest.fixture
async def pending_draft(client: httpx.AsyncClient, runtime: Any) -> AsyncIterator[int]:
    body = fixture_bytes("twilio/sms.form")
    url = BASE + "/webhooks/twilio"
    assert (await client.post(url, content=body, headers=twilio_signed(url, body))).status_code == 200
    await make_worker(runtime).drain()
    async with runtime.sessions() as session:
        draft = (await session.execute(select(Draft))).scalar_one()
    yield draft.id
