"""Measure a responder on a corpus of inquiries (JSON lines): exact, asked or wrong for each case.

A case gives the customer's message, the earlier turns and what a careful person would understand:
for a quote, the order (guests by age band, proteins with counts, add-ons, ZIP), from which the
expected quote is computed by the pricing tools, never written by hand or taken from a responder.
`"ask"` marks a case where a careful person would ask before stating a price.

Outcomes, best first:
- exact: the draft prices the expected order (guests, every priced part, ZIP, total) and states
  the total, without a reviewer flag; or, for a non-quote case, it answers as expected.
- asked: the draft asks the customer or carries a reviewer flag (`needs_human`), so nobody sends
  a price without looking.
- asked with a wrong total (counted apart, among the asked): the draft is flagged but its text
  still states a total that is not the expected one (or any total where none is expected), so a
  reviewer who approves without re-reading sends a wrong price.
- exact total but another order read back (counted apart, among the exact): the total is the
  expected one, but the order the draft reads back gives a protein other portions or lacks an
  add-on (included proteins cost the same, so "5 chicken, 5 shrimp" for 15 guests can price
  right); the customer or the chef would act on the wrong order.
- wrong: a price the draft states with confidence that is not the expected one (or a confident
  quote where a careful person would have asked), or an answer that misses the point.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from orchestrator.catalog import Catalog
from orchestrator.replies import money
from orchestrator.service import Draft, Orchestrator, Turn
from orchestrator.tools.registry import run_tool
from orchestrator.tools.travel import DistanceService
from vocabulary.messages import Channel

Outcome = Literal["exact", "asked", "wrong"]
PRICED = ("adults", "children", "toddlers", "base_cost", "upgrade_cost", "extra_portion_cost",
          "add_on_cost", "total")  # fmt: skip


class CorpusError(ValueError):
    """A corpus line that cannot be used: names the line and the reason."""


@dataclass(frozen=True, slots=True)
class Case:
    """One inquiry of the corpus."""

    id: str
    channel: Channel
    text: str
    history: tuple[Turn, ...]
    expect: Mapping[str, Any]

    @property
    def marked_ask(self) -> bool:
        return bool(self.expect.get("ask"))

    @property
    def order(self) -> Mapping[str, Any] | None:
        order = self.expect.get("order")
        return order if isinstance(order, Mapping) else None


@dataclass(frozen=True, slots=True)
class CaseResult:
    """How one draft scored."""

    case: Case
    outcome: Outcome
    expected_total: str | None
    stated_total: str | None
    detail: str
    states_wrong_total: bool = False  # asked, but the text states a total that is not expected
    # exact total, but the order read back differs: a protein's portions or an add-on (an included
    # protein costs the same whichever it is, so the price alone cannot show it)
    order_differs: bool = False


@dataclass(frozen=True, slots=True)
class Report:
    """The results of a run, in corpus order."""

    results: tuple[CaseResult, ...] = field(default=())

    def counts(self) -> Counter[str]:
        return Counter(r.outcome for r in self.results)

    def asked_wrong_total(self) -> int:
        """Asked drafts whose text still states a wrong total to the customer."""
        return sum(r.outcome == "asked" and r.states_wrong_total for r in self.results)

    def order_differs(self) -> list[str]:
        """The exact-priced drafts that read back another order than the expected one."""
        return [r.case.id for r in self.results if r.order_differs]

    def exact_share_unmarked(self) -> float:
        """Exact results among the cases where a careful person would not ask."""
        unmarked = [r for r in self.results if not r.case.marked_ask]
        return sum(r.outcome == "exact" for r in unmarked) / len(unmarked) if unmarked else 1.0


def _turn(raw: Any, where: str) -> Turn:
    if isinstance(raw, str):
        return Turn(role="customer", text=raw)
    if isinstance(raw, Mapping) and raw.get("role") in ("customer", "business"):
        return Turn(role=raw["role"], text=str(raw.get("text", "")))
    raise CorpusError(f"{where}: a history turn is a string or {{role, text}}")


def parse_case(raw: Any, where: str) -> Case:
    """One case from its decoded JSON; `CorpusError` naming `where` when it is malformed."""
    if not isinstance(raw, Mapping):
        raise CorpusError(f"{where}: not a JSON object")
    try:
        channel = Channel(raw.get("channel", "sms"))
    except ValueError as exc:
        raise CorpusError(f"{where}: unknown channel {raw.get('channel')!r}") from exc
    text, expect = raw.get("text"), raw.get("expect")
    if not isinstance(text, str) or not isinstance(expect, Mapping) or "intent" not in expect:
        raise CorpusError(f"{where}: needs a text and an expect object with an intent")
    history = tuple(_turn(t, where) for t in raw.get("history") or [])
    return Case(str(raw.get("id", where)), channel, text, history, expect)


def load_cases(path: Path) -> list[Case]:
    """Every case of a JSON-lines corpus file."""
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{path}:{number}: not JSON ({exc.msg})") from exc
        cases.append(parse_case(raw, f"{path}:{number}"))
    return cases


def expected_quote(
    case: Case, *, catalog: Catalog, distance: DistanceService
) -> Mapping[str, Any] | None:
    """The pricing tool's quote for the case's expected order (None when the case has none)."""
    if case.order is None:
        return None
    run = run_tool("calculate_party_quote", dict(case.order), catalog=catalog, distance=distance)
    if run.result is None:
        raise CorpusError(f"case {case.id}: the expected order does not price: {run.error}")
    return run.result


def _differences(got: Mapping[str, Any], want: Mapping[str, Any]) -> list[str]:
    diffs = [f"{k} {got.get(k)} != {want[k]}" for k in PRICED if got.get(k) != want[k]]
    if got["travel"]["zip_code"] != want["travel"]["zip_code"]:
        diffs.append(f"zip {got['travel']['zip_code']} != {want['travel']['zip_code']}")
    return diffs


def score(case: Case, draft: Draft, want: Mapping[str, Any] | None) -> CaseResult:
    """The outcome of one draft against the case's expectation."""
    expect, quote = case.expect, draft.quote
    flagged = draft.needs_human
    stated = str(quote["total"]) if quote else None
    wanted = str(want["total"]) if want else None
    missing = [s for s in expect.get("answers", []) if s not in draft.text]

    states_wrong = bool(stated and stated != wanted and money(stated) in draft.text)

    def result(outcome: Outcome, detail: str) -> CaseResult:
        return CaseResult(case, outcome, wanted, stated, detail, states_wrong)

    if expect["intent"] != "quote":
        if quote is not None and not flagged:
            return result("wrong", "quoted a price where none was asked for")
        intent_ok = _intent(draft) == expect["intent"]
        if intent_ok and not missing:
            return result("exact", "")
        reason = f"intent {_intent(draft)}" if not intent_ok else f"missing {missing}"
        return result("asked" if flagged else "wrong", reason)
    if flagged:
        return result("asked", _flag_reason(draft))
    if quote is None:
        return result("asked" if "?" in draft.text else "wrong", "no quote")
    if case.marked_ask:
        return result("wrong", f"a careful person would ask: {expect['ask']}")
    if want is None:
        return result("wrong", "quoted without an expected order")
    diffs = _differences(quote, want)
    if not diffs and money(want["total"]) not in draft.text:
        diffs.append(f"text does not state {money(want['total'])}")
    if diffs:
        return result("wrong", "; ".join(diffs))
    other = _order_differences(quote, want)
    return replace(
        result("exact", "; ".join(other) or ("missing " + str(missing) if missing else "")),
        order_differs=bool(other),
    )


def _portions(quote: Mapping[str, Any]) -> dict[str, int]:
    out: dict[str, int] = {}
    for line in quote["proteins"]["lines"]:
        out[line["protein"]] = out.get(line["protein"], 0) + line["portions"]
    return out


def _order_differences(got: Mapping[str, Any], want: Mapping[str, Any]) -> list[str]:
    """What the priced order has that the expected one does not, beyond the price."""
    diffs = []
    if _portions(got) != _portions(want):
        diffs.append(f"order read back: proteins {_portions(got)} != {_portions(want)}")
    if sorted(a["name"] for a in got["add_ons"]) != sorted(a["name"] for a in want["add_ons"]):
        diffs.append("order read back: add-ons differ")
    return diffs


def _flag_reason(draft: Draft) -> str:
    reasons = [f for f in draft.flags if not f.startswith("staff_to_confirm")]
    return "; ".join(reasons) or "needs a human"


def _intent(draft: Draft) -> str:
    if "complaint" in draft.flags:
        return "complaint"
    if draft.needs_human:
        return "staff"
    if draft.quote is not None:
        return "quote"
    if draft.answered:  # a policy question answered, even when the reply invites a quote too
        return "policy"
    if "How many" in draft.text:
        return "ask_guests"
    if "For a quote" in draft.text:
        return "greeting"
    return "policy"


# A channel's inbound normalization (the email adapter's reply extraction): the text the responder
# gets on the real path, supplied by the caller (orchestrator/ may not import the adapters).
Prepare = Mapping[Channel, Callable[[str], str]]


def as_received(case: Case, prepare: Prepare) -> Case:
    """The case as its channel's adapter hands it over: the customer's text and the customer's
    earlier turns normalized (business turns are the gateway's own, stored as sent)."""
    normalize = prepare.get(case.channel)
    if normalize is None:
        return case
    history = tuple(replace(t, text=normalize(t.text)) if t.role == "customer" else t
                    for t in case.history)  # fmt: skip
    return replace(case, text=normalize(case.text), history=history)


async def evaluate(
    orchestrator: Orchestrator,
    cases: Sequence[Case],
    *,
    distance: DistanceService,
    prepare: Prepare | None = None,
) -> tuple[Report, list[Draft]]:
    """Draft every case with `orchestrator` and score it; with `prepare`, each case's texts go
    through their channel's inbound normalization first, as they would on the real path."""
    results, drafts = [], []
    for case in cases:
        want = expected_quote(case, catalog=orchestrator.catalog, distance=distance)
        seen = as_received(case, prepare) if prepare else case
        draft = await orchestrator.draft(channel=seen.channel, text=seen.text, history=seen.history)
        drafts.append(draft)
        results.append(score(case, draft, want))
    return Report(tuple(results)), drafts


def summary(report: Report) -> str:
    """ "exact 200, asked 40, wrong 0 (of 240; ...); asked but stating a wrong total: 0"."""
    counts = report.counts()
    return (
        f"exact {counts['exact']}, asked {counts['asked']}, wrong {counts['wrong']} "
        f"(of {len(report.results)}; exact {report.exact_share_unmarked():.1%} of the cases "
        f"not marked to ask); asked but stating a wrong total: {report.asked_wrong_total()}; "
        f"exact total but another order read back: {len(report.order_differs())}"
    )


def table(report: Report) -> list[str]:
    """One line per case: id, outcome, marked to ask, expected and stated totals, why."""
    rows = [("case", "outcome", "ask?", "expected", "stated", "detail")]
    for r in report.results:
        rows.append(
            (r.case.id, "asked,states-wrong-total" if r.outcome == "asked" and r.states_wrong_total
             else "exact,order-differs" if r.order_differs else r.outcome,
             "yes" if r.case.marked_ask else "", r.expected_total or "-",
             r.stated_total or "-", r.detail[:100])
        )  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    return ["  ".join(c.ljust(w) for c, w in zip(row[:5], widths, strict=True)) + "  " + row[5]
            for row in rows]  # fmt: skip
