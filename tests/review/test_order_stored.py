"""The order a quote draft priced is stored with the draft (in its quote JSON) and Slack shows it
from there: the offline reading, or the model's quote-call arguments with the cross-check flag."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from openai import AsyncOpenAI
from sqlalchemy import select

from app.models import Draft
from app.tasks import make_worker
from orchestrator.catalog import BUNDLED_CATALOG, load_catalog
from orchestrator.service import Orchestrator
from tests.fakes.server import FakeServer
from tests.helpers import fixture_bytes, slack_call, twilio_signed
from tests.orchestrator.fake_openai import completion, script, tool_call

BASE = "https://gateway.example.com"
# The customer (tests/fixtures/twilio/sms.form) asks for 10 adults, filet mignon, Folsom 95630.
READ = {"adults": 10, "children": 0, "toddlers": 0,
        "proteins": [{"protein": "filet mignon", "portions": 10}], "add_ons": [],
        "zip_code": "95630", "source": "reading", "checks": []}  # fmt: skip


@pytest.fixture
def fake_openai() -> Iterator[FakeServer]:
    with FakeServer() as fake:
        yield fake


@pytest.fixture
def settings(make_settings: Any, fake_slack: FakeServer) -> Any:
    return make_settings(
        slack_bot_token="xoxb-test",
        slack_signing_secret="test-slack-signing-secret",
        slack_review_channel="C06A1HBCH9Q",
        slack_approver_ids="U05R2M8KQ3A",
        slack_api_base_url=fake_slack.url + "/api/",
    )


async def _inquiry_reviewed(client: httpx.AsyncClient, runtime: Any,
                            fake_slack: FakeServer) -> tuple[Draft, str]:
    body = fixture_bytes("twilio/sms.form")
    url = BASE + "/webhooks/twilio"
    assert (await client.post(url, content=body, headers=twilio_signed(url, body))).status_code == 200
    await make_worker(runtime).drain()
    async with runtime.sessions() as session:
        draft = (await session.execute(select(Draft))).scalar_one()
    (post,) = fake_slack.calls("POST", "chat.postMessage")
    order_blocks = [b["text"]["text"] for b in slack_call(post)["blocks"]
                    if b["type"] == "section" and "Order as understood" in b["text"]["text"]]  # fmt: skip
    assert len(order_blocks) == 1
    return draft, order_blocks[0]


async def test_offline_order_is_stored_and_shown(client: httpx.AsyncClient, runtime: Any,
                                                 fake_slack: FakeServer) -> None:
    draft, shown = await _inquiry_reviewed(client, runtime, fake_slack)
    assert draft.quote is not None and draft.quote["order"] == READ
    assert draft.quote["total"] == "600.00"  # the tool's quote is kept whole beside the order
    assert shown == ("*Order as understood:*\nGuests: 10 adults 13+\nProteins: 10 filet mignon\n"
                     "Add-ons: none\nZIP: 95630\nRead by: the offline reading")  # fmt: skip


class TestModelPath:
    @pytest.fixture
    def orchestrator(self, fake_openai: FakeServer) -> Orchestrator:
        args = {"adults": 12, "proteins": [{"protein": "filet", "portions": 12}], "zip_code": "95630"}
        script(fake_openai, completion(calls=[tool_call("c1", "calculate_party_quote", args)]),
               completion("12 adults with filet mignon in Folsom: $720.00 total."))  # fmt: skip
        client = AsyncOpenAI(api_key="sk-test", base_url=fake_openai.url + "/v1", max_retries=0)
        return Orchestrator(catalog=load_catalog(BUNDLED_CATALOG), client=client, model="gpt-test")

    async def test_model_order_is_stored_shown_and_flagged(
        self, client: httpx.AsyncClient, runtime: Any, fake_slack: FakeServer
    ) -> None:
        draft, shown = await _inquiry_reviewed(client, runtime, fake_slack)
        assert draft.responder == "model"
        assert draft.quote is not None and draft.quote["order"] == {
            **READ, "adults": 12, "proteins": [{"protein": "filet mignon", "portions": 12}],
            "source": "model",
        }
        reason = ("check_order: the model's order differs from the reading: adults 12 (model) vs 10 "
                  "(reading); filet mignon 12 (model) vs 10 (reading)")  # fmt: skip
        assert draft.flags == [reason]
        assert shown.startswith("*Order as understood:*\nGuests: 12 adults 13+\nProteins: 12 filet")
        assert shown.endswith("Read by: the model's quote call")
        (post,) = fake_slack.calls("POST", "chat.postMessage")
        assert "adults 12 (model) vs 10 (reading)" in json.dumps(slack_call(post)["blocks"])
