"""Deterministic reading of a party from a customer's words (no model, no network): guests by age
band, proteins with counts, add-ons, ZIP code, topics asked about, and the checks a careful person
would raise. A conversation is read message by message; a later message changes only what it
names ("actually 18 adults", "oh and 4 kids"), and the whole corrected order is priced again.
"""

from __future__ import annotations

import functools
import re

from orchestrator.catalog import Catalog
from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.changes import (
    Swap,
    changes_of_mind,
    instead_spans,
    read_add_ons,
    read_kept,
    read_swaps,
    remove_prefix,
)
from orchestrator.reading.checks import city_without_zip, unexplained_numbers, zip_codes
from orchestrator.reading.conversation import merge_history
from orchestrator.reading.coverage import unexplained_words
from orchestrator.reading.doubts import food_emoji
from orchestrator.reading.guests import extract_guests
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.order import Order, resolve_proteins
from orchestrator.reading.phrases import meatless_guests
from orchestrator.reading.proteins import extract_proteins, per_person
from orchestrator.reading.scopes import named_once
from orchestrator.reading.words import normalize as _normalize
from orchestrator.topics import detect_topics

__all__ = ["Inquiry", "ProteinAsk", "extract", "merge_history", "normalize", "to_order"]

_REPLACE_ALL = re.compile(r"\b(?:just|only|instead|change|switch)\b")
_ADD = re.compile(r"\b(?:add|adding|too|also|as well|plus|another)\b")


def normalize(text: str, catalog: Catalog | None = None) -> str:
    """Lower case, number words as digits, ZIP+4 as the ZIP; with a catalog, misspellings fixed."""
    return _normalize(text, catalog)


def extract(text: str, catalog: Catalog) -> Inquiry:
    """Everything this one message says, with the checks it raises."""
    norm = normalize(text, catalog)
    guests = extract_guests(norm, catalog)
    checks = list(guests.checks)
    used = list(guests.used)
    asks = extract_proteins(norm, catalog)
    plain = [a for a in asks if a.portions is None and not (a.half or a.rest or a.extra)]
    dropped, mind_spans = changes_of_mind(norm, [(a.start, a.end) for a in plain])
    asks = [a for a in asks if not any(a is plain[i] for i in dropped)]
    swaps = read_swaps(norm, catalog)
    swap_spans = [swap.span for swap in swaps]
    used += [swap.span for swap in swaps if swap.count is not None]  # "... for 4 of them"
    explained = list(swap_spans) + mind_spans
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
    checks += food_emoji(text, {a.protein for a in asks} | {k for sw in swaps for k in (sw.old, sw.new)})
    both = {a.protein for a in kept} & set(removed)
    if both and not _REPLACE_ALL.search(norm):  # "chicken and shrimp, but hold the shrimp for 2"
        checks.append(("proteins", f"{', '.join(sorted(both))} both asked for and taken out: for whom?"))
    names = {p.key: p.name for p in catalog.proteins}
    for key in dict.fromkeys(retained):  # dropped when a correction keeps what the order has
        checks.append(("keep", f"keep {names.get(key, key)}: not in the order"))
    for w in swaps:
        if w.partial:  # "swap shrimp for lobster for the adults only"
            checks.append(("partial", f"{names.get(w.new, w.new)} for {names.get(w.old, w.old)} "
                                      "for some of the guests: how many of each?"))  # fmt: skip
    for w in (w for w in swaps if not w.partial):  # dropped when a correction applies it
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
        swaps=tuple((swap.old, swap.new) for swap in swaps if not swap.partial),
        partial_swaps=tuple((w.old, w.new, w.group, w.count) for w in swaps if w.partial),
        retained=tuple(dict.fromkeys(retained)),
        resolves=tuple((amb.word, key) for amb in catalog.ambiguous
                       for key in dict.fromkeys([*retained, *(a.protein for a in kept)])
                       if key in amb.options),  # fmt: skip
        adds=bool(_ADD.search(norm)),
        adults_weak=guests.adults_weak,
        adds_guests=_adds_near(norm, guests.used),
        kids_more=guests.kids_more,
        kid_named=guests.kid_named,
        aged_adults=guests.aged_adults,
        adults_added=guests.adults_added,
    )


def _adds_near(text: str, spans: list[tuple[int, int]]) -> bool:
    """An adding word in the clause of a guest count ("also my 2 teens", "plus 2 kids too")."""
    for start, end in spans:
        before = re.split(r"[.;!?\n]", text[max(0, start - 25) : start])[-1]
        after = re.split(r"[.;!?\n,]", text[end : end + 20])[0]
        if _ADD.search(before) or _ADD.search(after):
            return True
    return False


def catalog_state(catalog: Catalog) -> str:
    """The state of the chef's base ZIP (where customers name their cities)."""
    return _state_of(catalog.travel.base_zip)


@functools.lru_cache(maxsize=64)
def _state_of(zip_code: str) -> str:
    # Once per base ZIP: `zipcodes.matching` scans its whole table (about 1 ms a call), and
    # every reading of a message asked it again.
    import zipcodes

    rows = zipcodes.matching(zip_code)
    return str(rows[0]["state"]) if rows else "CA"


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
