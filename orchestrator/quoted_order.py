"""The order a quote draft prices, as one typed value whichever responder drafted it, and the
cross-check of the model's order against the offline reading of the same conversation.

On the offline path the order is the reading itself. On the model path it is what the model passed
to `calculate_party_quote` in the call whose result the draft states; that order is compared with
what the offline reading understood, and every difference becomes a reason for the reviewer.
Neither side is trusted silently: agreement is the only unflagged outcome.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from orchestrator.catalog import Catalog
from orchestrator.guard import money_amounts, readback_flags
from orchestrator.reading.order import Order
from orchestrator.tools.args import PartyQuoteArgs
from orchestrator.tools.proteins import resolve_protein
from orchestrator.tools.quote import resolve_add_on
from orchestrator.tools.registry import QUOTE_TOOL, ToolResult


@dataclass(frozen=True, slots=True)
class ProteinCount:
    """One protein of the order: the catalog name and the portions priced. `counted` is False when
    the customer gave no number and the count only fills the included portions."""

    name: str
    portions: int
    counted: bool = True


@dataclass(frozen=True, slots=True)
class QuoteOrder:
    """Guests by age band, each protein with its count, add-ons (catalog names) and ZIP, as priced.
    `source`: "reading" (the offline responder's reading) or "model" (the model's tool arguments).
    `checks`: what the reading could not settle, for the reviewer."""

    adults: int
    children: int
    toddlers: int
    proteins: tuple[ProteinCount, ...]
    add_ons: tuple[str, ...]
    zip_code: str | None
    source: Literal["reading", "model"]
    checks: tuple[str, ...] = ()

    @property
    def paying(self) -> int:
        return self.adults + self.children

    def to_json(self) -> dict[str, Any]:
        """The order as stored with the draft (the review surfaces read this)."""
        return {
            "adults": self.adults,
            "children": self.children,
            "toddlers": self.toddlers,
            "proteins": [{"protein": p.name, "portions": p.portions} for p in self.proteins],
            "add_ons": list(self.add_ons),
            "zip_code": self.zip_code,
            "source": self.source,
            "checks": list(self.checks),
        }


def from_reading(order: Order, catalog: Catalog) -> QuoteOrder:
    """The offline reading's order."""
    names = {a.key: a.name for a in catalog.add_ons}
    return QuoteOrder(
        adults=order.adults,
        children=order.children,
        toddlers=order.toddlers,
        proteins=tuple(ProteinCount(line.name, line.portions, line.counted) for line in order.proteins),
        add_ons=tuple(names[key] for key in order.add_ons),
        zip_code=order.zip_code,
        source="reading",
        checks=order.checks,
    )


def from_quote_arguments(arguments: Mapping[str, Any], catalog: Catalog) -> QuoteOrder:
    """The order of a successful calculate_party_quote call, resolved as the tool resolved it
    (aliases to catalog names, a protein named twice added up, an add-on named twice once)."""
    args = PartyQuoteArgs.model_validate(dict(arguments))
    portions: dict[str, int] = {}
    for item in args.proteins:
        protein, _ = resolve_protein(catalog, item.protein)
        portions[protein.name] = portions.get(protein.name, 0) + item.portions
    add_ons = tuple(dict.fromkeys(resolve_add_on(catalog, name).name for name in args.add_ons))
    return QuoteOrder(
        adults=args.adults,
        children=args.children,
        toddlers=args.toddlers,
        proteins=tuple(ProteinCount(name, n) for name, n in portions.items()),
        add_ons=add_ons,
        zip_code=args.zip_code[:5] if args.zip_code else None,
        source="model",
    )


def stated_quote_run(text: str, runs: Sequence[ToolResult]) -> ToolResult | None:
    """The successful quote call whose total the draft states (the latest such), else the latest
    successful quote call. A draft that re-quotes a correction but states the first total is
    thereby tied to the first call's order."""
    quotes = [r for r in runs if r.name == QUOTE_TOOL and r.ok and r.result is not None]
    stated = {value for _, value in money_amounts(text)}
    for run in reversed(quotes):
        assert run.result is not None
        if Decimal(str(run.result.get("total"))) in stated:
            return run
    return quotes[-1] if quotes else None


def _say(value: object) -> str:
    return "none" if value is None else str(value)


def _extra(order: QuoteOrder, included_each: int) -> int:
    return max(sum(p.portions for p in order.proteins) - order.paying * included_each, 0)


def differences(model: QuoteOrder, reading: QuoteOrder, catalog: Catalog) -> list[str]:
    """Where the model's order and the reading differ in anything that is priced or read back:
    each guest band, the ZIP, add-ons, every premium protein's portions, the extra portions, and
    each included protein the customer counted. An included protein the customer named without a
    number may be left out or counted either way, as long as the extra portions agree."""
    diffs = [
        f"{label} {getattr(model, key)} (model) vs {getattr(reading, key)} (reading)"
        for key, label in (("adults", "adults"), ("children", "kids 6-12"),
                           ("toddlers", "kids 5 and under"))
        if getattr(model, key) != getattr(reading, key)
    ]  # fmt: skip
    if model.zip_code != reading.zip_code:
        diffs.append(f"ZIP {_say(model.zip_code)} (model) vs {_say(reading.zip_code)} (reading)")
    if set(model.add_ons) != set(reading.add_ons):
        diffs.append(
            f"add-ons {', '.join(model.add_ons) or 'none'} (model) vs "
            f"{', '.join(reading.add_ons) or 'none'} (reading)"
        )
    premium = {p.name for p in catalog.proteins if p.premium}
    said = {p.name: p for p in reading.proteins}
    priced = {p.name: p.portions for p in model.proteins}
    for name in dict.fromkeys([*said, *priced]):
        want = said.get(name)
        got, expected = priced.get(name, 0), want.portions if want else 0
        if (name in premium or (want is not None and want.counted)) and got != expected:
            diffs.append(f"{name} {got} (model) vs {expected} (reading)")
    included_each = catalog.guests.included_portions
    model_extra, reading_extra = _extra(model, included_each), _extra(reading, included_each)
    if model_extra != reading_extra:
        diffs.append(f"extra portions {model_extra} (model) vs {reading_extra} (reading)")
    return diffs


def cross_check(model: QuoteOrder, reading: QuoteOrder | None, catalog: Catalog) -> str | None:
    """The check_order flag for a model draft, or None when the model's order is the reading's
    and the reading had no doubts of its own."""
    if reading is None:
        return "check_order: the offline reading found no guest count to confirm the model's order"
    reasons = differences(model, reading, catalog)
    if reasons:
        return "check_order: the model's order differs from the reading: " + "; ".join(reasons)
    if reading.checks:
        return "check_order: " + "; ".join(reading.checks)
    return None


def unquoted_readback(text: str, reading: QuoteOrder | None) -> str | None:
    """The check_order flag for a model draft that states no quote but reads counts back ("12
    adults and 26 kids"): they must be what the customer's messages say."""
    said: dict[str, Any] = {}
    if reading is not None:
        lines = [{"name": p.name, "portions": p.portions} for p in reading.proteins if p.counted]
        said = {"adults": reading.adults, "children": reading.children, "proteins": {"lines": lines}}
    wrong = readback_flags(text, said, source="reading")
    if not wrong:
        return None
    return "check_order: counts read back without a quote: " + wrong[0].removeprefix(
        "readback_mismatch: "
    )
