"""The model path against a real OpenAI-compatible server nobody here wrote: llama.cpp (xllamacpp)
serving SmolLM2-135M-Instruct, configured the way an owner would (OPENAI_BASE_URL and friends).

A model this small does not use the tools well; the point is the real wire format and the promise
that matters: every draft either states only amounts the tools returned for the order the customer
gave, or it ends flagged for a reviewer, or it falls back to the offline responder. Never an
unflagged wrong price. Opt-in: `make test-model` (not part of `make test`).
"""

from __future__ import annotations

import time
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from app.orchestrator_factory import build_orchestrator
from orchestrator.evaluation import PRICED, Case, expected_quote, load_cases, score
from orchestrator.guard import amounts_in_results, money_amounts, role_amounts
from orchestrator.service import Draft, Orchestrator
from vocabulary.settings import Settings

CORPUS = Path(__file__).resolve().parents[1] / "data" / "inquiries.jsonl"
# One of each kind: worked examples, kids by age, a policy question, an ambiguous "steak", a typo,
# and two-message corrections (one with the business's earlier reply in the history).
CASE_IDS = ("ex1", "ex3", "ex5", "wa-elk-grove", "sms-deposit", "sms-stockton-steak", "sp-chiken",
            "sms-no-zip", "corr-1", "corr-3", "corr-10", "email-complaint")  # fmt: skip
# The tiny model rambles; a small cap keeps the run bounded (a cut-off answer falls back).
REPLY_TOKENS = 400


def _unflagged_wrong(case: Case, draft: Draft, orchestrator: Orchestrator) -> str | None:
    """Why this draft would send a wrong price unflagged, or None."""
    if draft.needs_human or draft.responder != "model":
        return None  # a reviewer looks first, or the offline responder (measured on the corpus)
    # The published facts the system prompt states (deposit, per-guest prices) may be repeated.
    allowed = amounts_in_results(r.result for r in draft.tool_runs if r.result is not None)
    allowed |= set(orchestrator.catalog.money_facts())
    stray = [said for said, value in money_amounts(draft.text) if value not in allowed]
    if stray:
        return f"amounts neither from this draft's tools nor published: {stray}"
    if draft.quote is None and any(role == "total" for role, _ in role_amounts(draft.text)):
        return "states a total without a quote"
    if draft.quote is None or Decimal(str(draft.quote["total"])) not in {
        v for _, v in money_amounts(draft.text)
    }:
        return None  # no quote stated
    if case.marked_ask:
        return f"stated a quote where a careful person would ask: {case.expect['ask']}"
    want = expected_quote(case, catalog=orchestrator.catalog, distance=orchestrator.distance)
    if want is None:
        return "stated a quote where none was asked for"
    diffs = [k for k in PRICED if draft.quote.get(k) != want[k]]
    return f"stated a quote for another order: {diffs}" if diffs else None


async def test_real_model_drafts_are_right_flagged_or_fallbacks(
    llama_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in {"OPENAI_API_KEY": "local-llama-cpp", "OPENAI_BASE_URL": llama_url + "/v1",
                        "OPENAI_MODEL": "smollm2-135m-instruct", "OPENAI_TIMEOUT_SECONDS": "150",
                        "OPENAI_MAX_RETRIES": "0"}.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    orchestrator = build_orchestrator(Settings())
    assert orchestrator.client is not None and str(orchestrator.client.base_url).startswith(llama_url)
    orchestrator.max_reply_tokens = REPLY_TOKENS
    cases = {c.id: c for c in load_cases(CORPUS)}
    rows, problems, outcomes, kinds = [], [], Counter[str](), Counter[str]()
    began = time.monotonic()
    for case_id in CASE_IDS:
        case = cases[case_id]
        started = time.monotonic()
        draft = await orchestrator.draft(channel=case.channel, text=case.text, history=case.history)
        seconds = time.monotonic() - started
        want = expected_quote(case, catalog=orchestrator.catalog, distance=orchestrator.distance)
        outcome = score(case, draft, want).outcome
        outcomes[outcome] += 1
        kind = draft.responder if draft.responder != "model" else (
            "model, flagged" if draft.needs_human else "model, unflagged")  # fmt: skip
        kinds[kind] += 1
        calls = [r.name for r in draft.tool_runs]
        rows.append(f"{case_id:20} {kind:17} {outcome:6} {seconds:6.1f}s tools={calls} "
                    f"flags={list(draft.flags)} text={draft.text[:160]!r}")  # fmt: skip
        if why := _unflagged_wrong(case, draft, orchestrator):
            problems.append(f"{case_id}: {why}")
    print("\n" + "\n".join(rows))
    print(f"real model: {dict(kinds)}; scored {dict(outcomes)}; "
          f"{time.monotonic() - began:.0f}s for {len(CASE_IDS)} inquiries")
    assert problems == []
    assert sum(kinds.values()) == len(CASE_IDS)
