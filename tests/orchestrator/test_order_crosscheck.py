"""The order on every quote draft, and the model path's cross-check against the offline reading of
the same conversation, with the scripted fake OpenAI-compatible server and the real SDK."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from openai import AsyncOpenAI

from orchestrator.catalog import Catalog
from orchestrator.quoted_order import ProteinCount, QuoteOrder
from orchestrator.service import Draft, Orchestrator, Turn
from tests.fakes.server import FakeServer, Reply
from tests.orchestrator.fake_openai import completion, requests, script, tool_call
from vocabulary.messages import Channel

FIRST = "Hi! hibachi for 20 adults, chicken and shrimp, we're in 95630"
HISTORY = (
    Turn(role="customer", text=FIRST),
    Turn(role="business", text="20 adults, chicken and shrimp in 95630: $1,100.00 total."),
)
CORRECTION = "actually 18 adults"
OLD = {"adults": 20, "proteins": [], "zip_code": "95630"}
NEW = {"adults": 18, "proteins": [{"protein": "chicken", "portions": 18},
                                  {"protein": "shrimp", "portions": 18}], "zip_code": "95630"}  # fmt: skip


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    with FakeServer() as server:
        yield server


async def _draft(
    fake: FakeServer,
    catalog: Catalog,
    replies: list[Reply],
    text: str,
    history: tuple[Turn, ...] = (),
) -> Draft:
    script(fake, *replies)
    client = AsyncOpenAI(api_key="sk-test", base_url=fake.url + "/v1", max_retries=0, timeout=10)
    orch = Orchestrator(catalog=catalog, client=client, model="gpt-test", timeout=10)
    return await orch.draft(channel=Channel.WEB_CHAT, text=text, history=history)


def _quote(args: dict[str, Any], call_id: str = "c1") -> Reply:
    return completion(calls=[tool_call(call_id, "calculate_party_quote", args)])


async def test_the_offline_draft_carries_the_reading(catalog: Catalog) -> None:
    orch = Orchestrator(catalog=catalog, client=None, model="unused")
    draft = await orch.draft(channel=Channel.SMS, text="12 adults + 3 kids (4, 8, 10), lobster for "
                             "everyone and sake please, 95630-1234")  # fmt: skip
    assert draft.order == QuoteOrder(
        adults=12, children=2, toddlers=1, proteins=(ProteinCount("lobster tail", 14, False),),
        add_ons=("premium sake service",), zip_code="95630", source="reading",
    )  # fmt: skip
    assert draft.to_json()["order"] == {
        "adults": 12, "children": 2, "toddlers": 1,
        "proteins": [{"protein": "lobster tail", "portions": 14}],
        "add_ons": ["premium sake service"], "zip_code": "95630", "source": "reading", "checks": [],
    }  # fmt: skip


async def test_no_order_without_a_quote(catalog: Catalog) -> None:
    draft = await Orchestrator(catalog=catalog, client=None, model="unused").draft(
        channel=Channel.SMS, text="what's your deposit?"
    )
    assert draft.quote is None and draft.order is None and draft.to_json()["order"] is None


async def test_the_model_order_comes_from_its_tool_arguments(fake: FakeServer, catalog: Catalog) -> None:
    args = {"adults": 10, "proteins": [{"protein": "filet", "portions": 4},
                                       {"protein": "Filet Mignon", "portions": 6}],
            "add_ons": ["sake", "premium sake service"], "zip_code": "95630-1234"}  # fmt: skip
    draft = await _draft(fake, catalog, [_quote(args), completion("10 adults, 10 filet mignon, sake: "
                                                                  "$625.00 total.")],  # fmt: skip
                         "quote 10 adults all filet + sake, 95630-1234")
    assert draft.order == QuoteOrder(
        adults=10, children=0, toddlers=0, proteins=(ProteinCount("filet mignon", 10),),
        add_ons=("premium sake service",), zip_code="95630", source="model",
    )  # fmt: skip
    assert draft.quote is not None and draft.quote["total"] == "625.00"
    assert draft.flags == () and draft.needs_human is False


async def test_a_correction_re_quoted_from_the_corrected_order(fake: FakeServer, catalog: Catalog) -> None:
    draft = await _draft(fake, catalog, [_quote(NEW), completion(
        "Updated: 18 adults, 18 chicken and 18 shrimp in 95630, $990.00 total.")],
        CORRECTION, HISTORY)  # fmt: skip
    assert draft.flags == () and draft.needs_human is False
    assert draft.order is not None and (draft.order.adults, draft.order.zip_code) == (18, "95630")
    assert draft.quote is not None and draft.quote["total"] == "990.00"
    # The model saw the whole conversation, so it could re-quote the corrected order.
    sent = requests(fake)[0]["messages"]
    assert [m["content"] for m in sent[1:]] == [FIRST, HISTORY[1].text, CORRECTION]


async def test_the_old_order_quoted_again_is_flagged(fake: FakeServer, catalog: Catalog) -> None:
    draft = await _draft(fake, catalog, [_quote(OLD), completion("That's $1,100.00 total.")],
                         CORRECTION, HISTORY)
    assert draft.flags == (
        "check_order: the model's order differs from the reading: adults 20 (model) vs 18 (reading)",
    )
    assert draft.needs_human is True
    assert draft.order is not None and draft.order.adults == 20  # what the stated total priced


async def test_the_stated_total_decides_which_call_the_draft_is(fake: FakeServer, catalog: Catalog) -> None:
    both = completion(calls=[tool_call("c1", "calculate_party_quote", OLD),
                             tool_call("c2", "calculate_party_quote", NEW)])  # fmt: skip
    stale = await _draft(fake, catalog, [both, completion("Your total is $1,100.00.")], CORRECTION,
                         HISTORY)  # fmt: skip
    assert stale.quote is not None and stale.quote["total"] == "1100.00"
    assert stale.flags == (
        "check_order: the model's order differs from the reading: adults 20 (model) vs 18 (reading)",
    )
    fresh = await _draft(fake, catalog, [both, completion("Your total is $990.00.")], CORRECTION,
                         HISTORY)  # fmt: skip
    assert fresh.quote is not None and fresh.quote["total"] == "990.00" and fresh.flags == ()


@pytest.mark.parametrize(
    ("args", "stated", "reason"),
    [
        ({"adults": 10, "proteins": [{"protein": "filet mignon", "portions": 20}], "zip_code": "95630"},
         "$650.00", "filet mignon 20 (model) vs 10 (reading)"),
        ({"adults": 10, "proteins": [{"protein": "filet mignon", "portions": 10}], "zip_code": None},
         "$600.00", "ZIP none (model) vs 95630 (reading)"),
        ({"adults": 8, "children": 2, "proteins": [{"protein": "filet mignon", "portions": 10}],
          "zip_code": "95630"}, "$550.00",
         "adults 8 (model) vs 10 (reading); kids 6-12 2 (model) vs 0 (reading)"),
        ({"adults": 10, "proteins": [{"protein": "filet mignon", "portions": 10},
                                     {"protein": "chicken", "portions": 20}], "zip_code": "95630"},
         "$700.00", "extra portions 10 (model) vs 0 (reading)"),
        ({"adults": 10, "proteins": [{"protein": "filet mignon", "portions": 10}],
          "add_ons": ["extended performance"], "zip_code": "95630"},
         "$650.00", "add-ons extended performance (model) vs none (reading)"),
    ],
)  # fmt: skip
async def test_each_difference_is_a_reason(
    fake: FakeServer, catalog: Catalog, args: dict[str, Any], stated: str, reason: str
) -> None:
    draft = await _draft(fake, catalog, [_quote(args), completion(f"Total {stated}.")],
                         "Hi! How much for 10 adults with filet mignon? We're in Folsom 95630")
    assert draft.quote is not None and f"${draft.quote['total']}" == stated.replace(",", "")
    assert draft.flags == (f"check_order: the model's order differs from the reading: {reason}",)
    assert draft.needs_human is True


async def test_an_uncounted_included_protein_may_be_left_out(fake: FakeServer, catalog: Catalog) -> None:
    draft = await _draft(fake, catalog, [_quote(OLD), completion("20 adults: $1,100.00 total.")],
                         FIRST)
    assert draft.flags == ()


async def test_a_counted_included_protein_must_match(fake: FakeServer, catalog: Catalog) -> None:
    draft = await _draft(fake, catalog, [_quote(OLD), completion("20 adults: $1,100.00 total.")],
                         "20 adults, 12 chicken and 8 shrimp, 95630")
    assert draft.flags == ("check_order: the model's order differs from the reading: "
                           "chicken 0 (model) vs 12 (reading); shrimp 0 (model) vs 8 (reading)",)  # fmt: skip


async def test_the_readings_own_doubts_flag_an_agreeing_model(fake: FakeServer, catalog: Catalog) -> None:
    args = {"adults": 10, "proteins": [{"protein": "steak", "portions": 10}], "zip_code": "95630"}
    draft = await _draft(fake, catalog, [_quote(args), completion("10 adults, NY strip: $550.00 "
                                                                  "total. Or did you mean filet?")],  # fmt: skip
                         "10 adults, steak, 95630")
    assert draft.flags == ("check_order: 'steak' could be NY strip steak or filet mignon (+$5.00): "
                           "priced NY strip steak",)  # fmt: skip


async def test_a_deposit_question_keeps_the_conversations_order(fake: FakeServer, catalog: Catalog) -> None:
    draft = await _draft(fake, catalog, [_quote(OLD), completion(
        "For 20 adults the total is $1,100.00; the deposit is $100.00.")], "what's the deposit?",
        HISTORY)  # fmt: skip
    assert draft.flags == ()


async def test_a_reply_cut_off_at_the_token_cap_falls_back(fake: FakeServer, catalog: Catalog) -> None:
    cut = completion("Your total is $1,1")
    assert isinstance(cut.body, dict)
    cut.body["choices"][0]["finish_reason"] = "length"
    draft = await _draft(fake, catalog, [cut], FIRST)
    assert draft.responder == "fallback" and "fallback_reason: truncated" in draft.flags
    assert draft.order is not None and draft.order.source == "reading"
    assert requests(fake)[0]["max_completion_tokens"] == 1500
    json.dumps(draft.to_json())


async def test_counts_read_back_without_a_quote_must_be_the_readings(
    fake: FakeServer, catalog: Catalog
) -> None:
    history = (Turn(role="customer", text="15 adults lobster for everyone, 95758"),)
    text = "sorry make that 12 adults and 3 kids (6, 8, 11)"
    wrong = await _draft(fake, catalog, [completion("Sorry, so that's 12 adults and 26 kids.")], text,
                         history)  # fmt: skip
    assert wrong.flags == ("check_order: counts read back without a quote: 26 kids (reading: 3)",)
    assert wrong.needs_human is True and wrong.order is None
    right = await _draft(fake, catalog, [completion("Got it: 12 adults and 3 kids. Any ZIP change?")],
                         text, history)  # fmt: skip
    assert right.flags == () and right.needs_human is False
    unread = await _draft(fake, catalog, [completion("Great, 40 adults it is!")], "hello there")
    assert unread.flags == ("check_order: counts read back without a quote: 40 adults (reading: none)",)
