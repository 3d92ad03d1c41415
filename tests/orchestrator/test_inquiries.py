"""The offline responder over tests/data/inquiries.jsonl: realistic messages on every channel,
each with the expected quote total (worked out by hand from pricing.md) or the expected intent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from adapters.text import sms_segments
from orchestrator.catalog import Catalog
from orchestrator.service import Draft, Orchestrator, Turn
from vocabulary.messages import Channel

DATA = Path(__file__).resolve().parents[1] / "data" / "inquiries.jsonl"
CASES = [json.loads(line) for line in DATA.read_text().splitlines() if line.strip()]


def _intent(draft: Draft) -> str:
    if "complaint" in draft.flags:
        return "complaint"
    if draft.needs_human:
        return "staff"
    if draft.quote is not None:
        return "quote"
    if "How many" in draft.text:
        return "ask_guests"
    if "For a quote" in draft.text:
        return "greeting"
    return "policy"


def _money_text(amount: str) -> str:
    return f"${float(amount):,.2f}"


def _mismatches(case: dict[str, Any], draft: Draft) -> list[str]:
    expect = case["expect"]
    wrong = []
    if _intent(draft) != expect["intent"]:
        wrong.append(f"intent {_intent(draft)} != {expect['intent']}")
    quote = draft.quote
    if expect["intent"] == "quote" and quote is not None:
        if quote["total"] != expect["total"]:
            wrong.append(f"total {quote['total']} != {expect['total']}")
        if _money_text(expect["total"]) not in draft.text:
            wrong.append(f"text does not state {_money_text(expect['total'])}")
        if [quote["adults"], quote["children"], quote["toddlers"]] != expect["guests"]:
            wrong.append(f"guests {[quote['adults'], quote['children'], quote['toddlers']]}")
        if quote["travel"]["zip_code"] != expect["zip"]:
            wrong.append(f"zip {quote['travel']['zip_code']}")
        checks = {
            "travel_fee": quote["travel"]["fee"],
            "miles": quote["travel"]["miles"],
            "travel": quote["travel"]["status"],
            "minimum_applied": quote["minimum_applied"],
            "extra_portions": quote["extra_portions"],
        }
        wrong += [
            f"{k} {checks[k]} != {expect[k]}" for k in checks if k in expect and checks[k] != expect[k]
        ]
    wrong += [f"missing {s!r}" for s in expect.get("answers", []) if s not in draft.text]
    if [f for f in draft.flags if f.startswith(("unverified_amounts", "price_without_tool"))]:
        wrong.append(f"guard flags {draft.flags}")
    if case["channel"] == "sms" and sms_segments(draft.text).segments > 2:
        wrong.append(f"SMS of {sms_segments(draft.text).segments} segments")
    return wrong


@pytest.fixture(scope="module")
def offline(catalog: Catalog) -> Orchestrator:
    return Orchestrator(catalog=catalog, client=None, model="unused")


def test_dataset_is_realistic_and_broad() -> None:
    assert len(CASES) >= 40
    assert {c["channel"] for c in CASES} >= {ch.value for ch in Channel}
    intents = {c["expect"]["intent"] for c in CASES}
    assert intents == {"quote", "ask_guests", "policy", "greeting", "complaint", "staff"}
    assert any(c["expect"].get("travel_fee", "0.00") != "0.00" for c in CASES)  # outside the free radius
    assert any(c["expect"].get("travel") == "to_be_confirmed" for c in CASES)


async def test_offline_responder_over_every_inquiry(offline: Orchestrator) -> None:
    failures = {}
    totals_right = totals_stated = 0
    for case in CASES:
        draft = await offline.draft(
            channel=Channel(case["channel"]),
            text=case["text"],
            history=[Turn(role="customer", text=t) for t in case["history"]],
        )
        wrong = _mismatches(case, draft)
        if case["expect"]["intent"] == "quote":
            totals_stated += 1
            totals_right += not any(w.startswith(("total", "text", "intent")) for w in wrong)
        if wrong:
            failures[case["id"]] = wrong
    right = len(CASES) - len(failures)
    print(
        f"offline responder: {right}/{len(CASES)} inquiries fully right, "
        f"{totals_right}/{totals_stated} quote totals right"
    )
    assert failures == {}
    assert totals_right == totals_stated
