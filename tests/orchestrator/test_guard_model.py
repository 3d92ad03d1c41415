"""The guard on the model path, against the scripted fake OpenAI-compatible server: bare amounts,
amounts presented in a role (total, deposit, travel fee) and counts read back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from openai import AsyncOpenAI

from orchestrator.catalog import Catalog
from orchestrator.service import Orchestrator
from tests.fakes.server import FakeServer
from tests.orchestrator.fake_openai import completion, script, tool_call
from vocabulary.messages import Channel

PARTY = {"adults": 20, "proteins": [{"protein": "chicken", "portions": 20}], "zip_code": None}
ASK = "how much for 20 adults, chicken?"


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    with FakeServer() as server:
        yield server


async def _draft(fake: FakeServer, catalog: Catalog, final: str) -> tuple[tuple[str, ...], bool]:
    script(fake, completion(calls=[tool_call("c1", "calculate_party_quote", PARTY)]), completion(final))
    client = AsyncOpenAI(api_key="sk-test", base_url=fake.url + "/v1", max_retries=0, timeout=10)
    orch = Orchestrator(catalog=catalog, client=client, model="gpt-test", timeout=10)
    draft = await orch.draft(channel=Channel.WEB_CHAT, text=ASK)
    assert draft.responder == "model" and draft.quote is not None
    assert draft.quote["total"] == "1100.00"
    return draft.flags, draft.needs_human


async def test_the_tool_total_passes(fake: FakeServer, catalog: Catalog) -> None:
    flags, needs_human = await _draft(
        fake, catalog, "20 adults, 20 chicken: your total is $1,100.00 before travel; deposit $100."
    )
    assert flags == () and needs_human is False


async def test_an_amount_without_a_currency_sign_is_money(fake: FakeServer, catalog: Catalog) -> None:
    flags, needs_human = await _draft(fake, catalog, "For 20 adults it comes to 999.00 all in.")
    assert flags == ("unverified_amounts: $999.00",) and needs_human


async def test_a_published_price_in_the_total_role_is_flagged(fake: FakeServer, catalog: Catalog) -> None:
    flags, needs_human = await _draft(fake, catalog, "Good news, your total is $550 for 20 adults.")
    assert flags == ("wrong_role_amount: total $550.00 (tool: $1,100.00)",) and needs_human


async def test_a_wrong_deposit_is_flagged(fake: FakeServer, catalog: Catalog) -> None:
    flags, _ = await _draft(fake, catalog, "Total $1,100.00; the deposit is $55.")
    assert flags == ("wrong_role_amount: deposit $55.00 (tool: $100.00)",)


async def test_counts_read_back_must_match_the_tool_arguments(fake: FakeServer, catalog: Catalog) -> None:
    flags, needs_human = await _draft(fake, catalog, "For 22 adults with 22 chicken: $1,100.00 total.")
    assert flags == (
        "readback_mismatch: 22 adults (tool: 20); 22 chicken (tool: 20)",
    ) and needs_human
