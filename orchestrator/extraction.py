"""Deterministic reading of a party from a customer's words (no model, no network): guests by age
band, proteins with counts, add-ons, ZIP code, topics asked about, and the checks a careful person
would raise. A conversation is read message by message; a later message changes only what it
names ("actually 18 adults", "oh and 4 kids"), and the whole corrected order is priced again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from orchestrator.catalog import Catalog
from orchestrator.reading.changes import (
    Swap,
    instead_spans,
    read_add_ons,
    read_kept,
    read_swaps,
    remove_prefix,
)
from orchestrator.reading.checks import city_without_zip, unexplained_numbers, zip_codes
from orchestrator.reading.coverage import unexplained_words
from orchestrator.reading.guests import extract_guests
from orchestrator.reading.order import Order, resolve_proteins
from orchestrator.reading.phrases import meatless_guests
from orchestrator.reading.proteins import ProteinAsk, extract_proteins, named_once, per_person
from orchestrator.reading.words import normalize as _normalize
from orchestrator.topics import detect_topics

__all__ = ["Inquiry", "ProteinAsk", "extract", "merge_history", "normalize", "to_order"]

_REPLACE_ALL = re.compile(r"\b(?:just|only|instead|change|switch)\b")
_ADD = re.compile(r"\b(?:add|adding|too|also|as well|plus|another)\b")


def normalize(text: str, catalog: Catalog | None = None) -> str:
    """Lower case, number words as digits, ZIP+4 as the ZIP; with a catalog, misspellings fixed."""
    return _normalize(text, catalog)


@dataclass(frozen=True, slots=True)
class Inquiry:
    """What a message (plus earlier customer turns) tells us about the party."""

    adults: int | None = None
    children: int | None = None
    toddlers: int | None = None
    proteins: tuple[ProteinAsk, ...] = ()
    add_ons: tuple[str, ...] = ()
    zip_code: str | None = None
    topics: frozenset[str] = frozenset()
    assumptions: tuple[str, ...] = field(default=())
    checks: tuple[tuple[str, str], ...] = ()  # (field, reason): guests, kids, proteins, zip, message
    per_person: int | None = None
    adults_said: bool = False
    kids_said: bool = False
    removed: tuple[str, ...] = ()  # protein keys a correction takes out
    replace_proteins: bool = False
    meatless: int = 0  # guests said to be vegetarian or vegan
    removed_add_ons: tuple[str, ...] = ()
    swaps: tuple[tuple[str, str], ...] = ()  # (old, new) protein keys: "swap the filet for lobster"
    retained: tuple[str, ...] = ()  # protein keys a correction keeps as they were ("keep the shrimp")
    adds: bool = False  # "add lobster for everyone": proteins added to the order, not replacing it
    aged_adults: int = 0  # guests 13+ counted from a list of kids' ages
    adults_added: int = 0  # "2 more adults": added to the adults of the order corrected

    @property
    def has_guests(self) -> bool:
        return (self.adults or 0) + (self.children or 0) > 0

    @property
    def paying(self) -> int:
        return (self.adults or 0) + (self.children or 0)

    @property
    def quote_related(self) -> bool:
        return bool(
            self.has_guests
            or self.adults_said
            or self.kids_said
            or self.proteins
            or self.add_ons
            or self.zip_code
            or self.removed
            or self.removed_add_ons
            or self.swaps
            or self.retained
            or "price" in self.topics
        )


def extract(text: str, catalog: Catalog) -> Inquiry:
    """Everything this one message says, with the checks it raises."""
    norm = normalize(text, catalog)
    guests = extract_guests(norm, catalog)
    checks = list(guests.checks)
    used = list(guests.used)
    asks = extract_proteins(norm, catalog)
    swaps = read_swaps(norm, catalog)
    swap_spans = [swap.span for swap in swaps]
    explained = list(swap_spans)
    removed: list[str] = []
    kept: list[ProteinAsk] = []
    retained: list[str] = []
    for ask in asks:
        explained.append((ask.start, ask.end))
        if ask.taken_back:
            explained.append(ask.taken_back)
        if any(s <= ask.start < e for s, e in swap_spans):
            continue
        if ask.portions is None and (keep := read_kept(norm, ask.start, ask.end)):
            explained.append(keep)  # "keep the shrimp": left as it was, not a new choice
            retained.append(ask.protein)
            continue
        if out := remove_prefix(norm, ask.start):
            explained.append((ask.start - len(out.group(0)), ask.end))
            prev = kept[-1] if kept else None
            if out.group(0).startswith("instead of") and prev and prev.sentence == ask.sentence:
                kept.pop()  # "lobster instead of shrimp": a swap, of every shrimp portion
                if prev.portions is not None or prev.half or prev.rest or prev.group:
                    checks.append(("proteins", f"{prev.said} instead of {ask.said} for some guests: "
                                               "how many of each?"))  # fmt: skip
                swaps.append(Swap(ask.protein, prev.protein, (prev.start, ask.end)))
                continue
            removed.append(ask.protein)
        else:
            kept.append(ask)
        if ask.count_span:
            used.append(ask.count_span)
    add_ons = read_add_ons(norm, catalog)
    explained += add_ons.spans
    if removed or add_ons.removed or swaps:
        explained += instead_spans(norm)
    each, each_span = per_person(norm)
    if each_span:
        used.append(each_span)
    meatless, meatless_spans = meatless_guests(norm)
    used += meatless_spans
    zips = zip_codes(norm)
    used += [span for _, span in zips]
    if len({z for z, _ in zips}) > 1:
        checks.append(("zip", f"two ZIP codes ({', '.join(sorted({z for z, _ in zips}))}): which one?"))
    for number in unexplained_numbers(norm, used):
        checks.append(("message", f"did not place the number {number} in the order"))
    checks += unexplained_words(norm, used + explained, catalog, kids_counted=guests.kids_said)
    both = {a.protein for a in kept} & set(removed)
    if both and not _REPLACE_ALL.search(norm):  # "chicken and shrimp, but hold the shrimp for 2"
        checks.append(("proteins", f"{', '.join(sorted(both))} both asked for and taken out: for whom?"))
    names = {p.key: p.name for p in catalog.proteins}
    for key in dict.fromkeys(retained):  # dropped when a correction keeps what the order has
        checks.append(("keep", f"keep {names.get(key, key)}: not in the order"))
    for w in swaps:  # dropped when a correction applies it to the order it corrects
        old, new = names.get(w.old, w.old), names.get(w.new, w.new)
        checks.append(("swap", f"swap {old} for {new}: not in the order"))
    state = catalog_state(catalog)
    city = None if zips else city_without_zip(norm, state)
    if city:
        checks.append(("travel", f"{city.title()} named without a ZIP code: travel fee to be confirmed"))
    said_guests = guests.adults is not None or guests.kids_said
    unswapped = "".join(" " if any(s <= i < e for s, e in swap_spans) else c for i, c in enumerate(norm))
    return Inquiry(
        adults=(guests.adults or 0) if said_guests else None,
        children=(guests.children or 0) if said_guests else None,
        toddlers=(guests.toddlers or 0) if said_guests else None,
        proteins=tuple(named_once(kept)),
        add_ons=tuple(add_ons.found),
        zip_code=zips[0][0] if zips else None,
        topics=detect_topics(normalize(text)),
        assumptions=tuple(guests.notes),
        checks=tuple(checks),
        per_person=each,
        adults_said=guests.adults_said,
        kids_said=guests.kids_said,
        removed=tuple(removed),
        replace_proteins=bool(kept and removed) or bool(kept and _REPLACE_ALL.search(unswapped)),
        meatless=meatless,
        removed_add_ons=tuple(add_ons.removed),
        swaps=tuple((swap.old, swap.new) for swap in swaps),
        retained=tuple(dict.fromkeys(retained)),
        adds=bool(_ADD.search(norm)),
        aged_adults=guests.aged_adults,
        adults_added=guests.adults_added,
    )


def catalog_state(catalog: Catalog) -> str:
    """The state of the chef's base ZIP (where customers name their cities)."""
    import zipcodes

    rows = zipcodes.matching(catalog.travel.base_zip)
    return str(rows[0]["state"]) if rows else "CA"


def _drop(checks: tuple[tuple[str, str], ...], fields: set[str]) -> tuple[tuple[str, str], ...]:
    return tuple(c for c in checks if c[0] not in fields)


def _apply(state: Inquiry, later: Inquiry) -> Inquiry:
    """`later` corrects `state`: what it names replaces what was said before."""
    merged, dropped = state, set()
    if later.adults_said or (later.has_guests and not later.kids_said):
        added = later.adults_added if later.adults == later.adults_added else 0
        merged = replace(merged, adults=(merged.adults or 0) + added if added else later.adults)
        dropped |= {"guests"}
    if later.kids_said:
        merged = replace(merged, children=later.children, toddlers=later.toddlers)
        if not later.adults_said:  # kids' ages corrected: a kid now 13+ moves to the adults
            adults = (merged.adults or 0) - merged.aged_adults + later.aged_adults
            merged = replace(merged, adults=adults, aged_adults=later.aged_adults)
        dropped |= {"kids", "guests"}
    if merged.adults is not None and merged.children is None:
        merged = replace(merged, children=0, toddlers=0)
    later_checks = later.checks
    if later.retained and set(later.retained) <= {a.protein for a in merged.proteins}:
        later_checks = _drop(later_checks, {"keep"})
    if later.swaps:
        if {old for old, _ in later.swaps} <= {a.protein for a in merged.proteins}:
            later_checks = _drop(later_checks, {"swap"})  # applied to the order it corrects
        merged = replace(merged, proteins=_swapped(merged.proteins, later.swaps))
        dropped |= {"proteins"}
    if later.proteins or later.removed:
        named = {b.protein for b in later.proteins if not b.extra}  # extras add to the same protein
        keep = () if later.replace_proteins else tuple(
            a for a in merged.proteins if a.protein not in later.removed and a.protein not in named
        )  # fmt: skip
        merged = replace(merged, proteins=keep + later.proteins)
        dropped |= {"proteins"}
        chosen = {a.protein for a in keep if not a.extra and a.portions is None}
        new_names = [b.said for b in later.proteins if not b.extra and b.portions is None]
        if later.adds and new_names and len(chosen) >= 2 and not later.replace_proteins:
            later_checks += (("added", f"{', '.join(new_names)} added beside the proteins chosen: "
                                       "extra portions, or instead of one?"),)  # fmt: skip
    if later.zip_code:
        merged = replace(merged, zip_code=later.zip_code)
        dropped |= {"zip", "travel"}
    if later.per_person is not None:
        merged = replace(merged, per_person=later.per_person)
    if later.meatless:
        merged = replace(merged, meatless=later.meatless)
    return replace(
        merged,
        add_ons=tuple(
            dict.fromkeys(a for a in merged.add_ons + later.add_ons if a not in later.removed_add_ons)
        ),
        checks=_drop(merged.checks, dropped) + later_checks,
        assumptions=later.assumptions
        if "kids" in dropped or "guests" in dropped
        else merged.assumptions,
        topics=later.topics,
    )


def _swapped(asks: tuple[ProteinAsk, ...], swaps: tuple[tuple[str, str], ...]) -> tuple[ProteinAsk, ...]:
    new = dict(swaps)
    return tuple(replace(a, protein=new.get(a.protein, a.protein)) for a in asks)


def merge_history(current: Inquiry, earlier: Sequence[Inquiry]) -> Inquiry:
    """The order of the whole conversation (earlier customer messages oldest first), corrected
    by each later message, when the current message is about the quote (a deposit question is
    not a new quote)."""
    if not current.quote_related or not earlier:
        return current
    state = earlier[0]
    for later in [*earlier[1:], current]:
        state = _apply(state, later)
    return state


def to_order(inquiry: Inquiry, catalog: Catalog) -> Order:
    """The order to price, with every check as a reason for the reviewer."""
    adults, children = inquiry.adults or 0, inquiry.children or 0
    lines, protein_checks = resolve_proteins(
        inquiry.proteins, adults=adults, children=children, per_person=inquiry.per_person,
        catalog=catalog, meatless=inquiry.meatless,
    )  # fmt: skip
    reasons = [reason for _, reason in inquiry.checks] + protein_checks
    # Well-defined assumptions the reply states: an ambiguous word priced as the catalog's
    # assumption, and a travel fee left to be confirmed. Any other check leaves the count unsure.
    ambiguous = tuple(f"'{a.word}'" for a in catalog.ambiguous)
    assumed = [r for f, r in inquiry.checks if f == "travel"]
    assumed += [r for r in protein_checks if r.startswith(ambiguous)]
    return Order(
        adults=adults,
        children=children,
        toddlers=inquiry.toddlers or 0,
        proteins=tuple(lines),
        add_ons=inquiry.add_ons,
        zip_code=inquiry.zip_code,
        checks=tuple(dict.fromkeys(reasons)),
        assumptions=tuple(assumed),
    )
