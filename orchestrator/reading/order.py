"""The order as understood: guests by band, each protein with its count, add-ons and ZIP, resolved
from what the words said, with every doubt kept as a check for the reviewer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from orchestrator.catalog import Catalog
from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.first_counted import first_counted
from orchestrator.reading.meatless_plates import meatless_plates
from orchestrator.reading.people_sum import people_gap
from orchestrator.reading.per_plate import per_plate
from orchestrator.reading.protein_slots import filled_slots, swapped_rest
from orchestrator.reading.reasons import ambiguous_word
from orchestrator.reading.rest_part import counted_before, dropped_choice, others_gap, rest_part

# The proteins a vegetarian guest has: named beside meat, they are the vegetarians' portions
_MEATLESS_KEYS = frozenset({"tofu", "vegetables"})


@dataclass(frozen=True, slots=True)
class OrderLine:
    """One protein of the order."""

    protein: str  # catalog key
    name: str
    portions: int
    counted: bool = True  # False: no number in the words, the count only fills the allowance


@dataclass(frozen=True, slots=True)
class Order:
    """What will be priced, and what a careful reader would still ask about (`checks`)."""

    adults: int
    children: int
    toddlers: int
    proteins: tuple[OrderLine, ...]
    add_ons: tuple[str, ...]
    zip_code: str | None
    checks: tuple[str, ...] = ()
    assumptions: tuple[str, ...] = ()  # checks that are well-defined assumptions ("steak": NY strip)

    @property
    def sure(self) -> bool:
        """Every check is a well-defined assumption the reply states, so a total may be stated."""
        return set(self.checks) <= set(self.assumptions)

    def tool_args(self, catalog: Catalog) -> dict[str, Any]:
        """Arguments for calculate_party_quote."""
        return {
            "adults": self.adults,
            "children": self.children,
            "toddlers": self.toddlers,
            "proteins": [{"protein": line.name, "portions": line.portions} for line in self.proteins],
            "add_ons": [next(a.name for a in catalog.add_ons if a.key == k) for k in self.add_ons],
            "zip_code": self.zip_code,
        }


def _size(ask: ProteinAsk, adults: int, children: int) -> int:
    return {"adults": adults, "kids": children}.get(ask.group or "", adults + children)


def _group_plates(asks: Sequence[ProteinAsk], included: int) -> list[str]:
    """A group's protein beside choices for everyone that fill the plates a guest's price
    includes ("scallops for every adult and chicken and shrimp"): on top, or instead of one?"""
    def plain(a: ProteinAsk) -> bool:
        return a.portions is None and not (a.extra or a.half or a.rest or a.share)

    everyone = {a.protein for a in asks if plain(a) and not a.group}
    checks = []
    for group in ("adults", "kids"):
        theirs = {a.protein for a in asks if plain(a) and a.group == group}
        if theirs and len(everyone) >= included:  # as a protein for all beside two others
            checks.append(f"{len(theirs | everyone)} proteins for the {group} with {included} "
                          "included: extra portions, or instead of one?")  # fmt: skip
    return checks


def resolve_proteins(
    asks: Sequence[ProteinAsk],
    *,
    adults: int,
    children: int,
    per_person: int | None,
    catalog: Catalog,
    meatless: int = 0,
    picked: bool = False,
) -> tuple[list[OrderLine], list[str]]:
    """Counts for every protein named, and the checks left (never a silent guess). `meatless`
    guests (vegetarians) have tofu or vegetables: "the rest" excludes them. `picked`: the proteins
    are options each guest picks `per_person` from; when all are included, no split is priced."""
    paying = adults + children
    plate = catalog.guests.included_portions  # "2 are vegan so tofu for them": their whole plate
    asks = meatless_plates(asks, meatless=meatless, paying=paying, included=plate)
    asks, plates = per_plate(asks, per_person, paying)
    checks: list[str] = []
    counts: dict[str, int] = {}
    uncounted: list[str] = []  # included proteins whose count only fills the allowance
    explicit_in_sentence: dict[int, int] = {}
    counted: set[str] = set()
    ambiguous = {a.word: a for a in catalog.ambiguous}
    meatless_named = any(a.protein in _MEATLESS_KEYS for a in asks)
    premium = frozenset(p.key for p in catalog.proteins if p.premium)
    for ask in asks:
        key = ask.protein
        if key in ambiguous:
            amb = ambiguous[key]
            assumed, other = (
                catalog.protein(amb.assume),
                catalog.protein(next(k for k in amb.options if k != amb.assume)),
            )
            checks.append(ambiguous_word(amb.word, assumed.name, other.name, other.upgrade))
            key = amb.assume
        if ask.portions is not None or ask.half or ask.rest or ask.share:
            counted.add(key)
        if ask.one_each and ask.portions != paying:  # "8 lobster tails, one for each of us": 10?
            checks.append(f"{ask.portions} {ask.said}, one for each guest, but {paying} guests pay: "
                          "how many?")  # fmt: skip
        if ask.portions is not None:
            n = ask.portions * (ask.each_for or paying) if ask.each_for is not None else ask.portions
            # people once; the vegetarians' own choices ("tofu & vegetables for those 4") are
            # theirs, whom "the rest" leaves out as `meatless`
            if not ask.extra and not (ask.people and ask.count_span is None) and not (
                meatless and key in _MEATLESS_KEYS
            ):
                explicit_in_sentence[ask.sentence] = explicit_in_sentence.get(ask.sentence, 0) + n
        elif ask.half:  # with "2 proteins each", half and half is half of the portions: one of each
            size, whole = _size(ask, adults, children), _size(ask, adults, children) * plates
            n = -(-whole // 2) if ask.half == 1 else whole // 2
            if whole % 2:
                checks.append(f"half of {size} guests is not a whole number: how many of each?")
        elif ask.share:
            size, (part, whole) = _size(ask, adults, children), ask.share
            n = size * part // whole
            if size * part % whole:
                checks.append(f"{part}/{whole} of {size} guests is not a whole number: how many?")
            if size != paying:  # "a third of the kids want shrimp, the rest chicken": which rest?
                checks.append(f"{part}/{whole} of the {ask.group}: what do the others have?")
            explicit_in_sentence[ask.sentence] = explicit_in_sentence.get(ask.sentence, 0) + n
        elif ask.rest:  # "10 of the adults want tofu; everyone else chicken": the sentence before
            before, unsure = rest_part(asks, ask, counted=counted_before(
                asks, ask, explicit_in_sentence, paying), adults=adults, children=children,
                premium=premium)  # fmt: skip
            checks += [c for c in unsure if c not in checks]
            # the rest of a swap for some of a group ("6 of us filet, the rest salmon" before kids
            # joined, `split_for_some`'s own sentence): the group's rest (round q85m)
            mine = ask.group == "adults" and ask.sentence >= 10_000
            n = max((_size(ask, adults, children) if mine else paying) - before - meatless, 0)
            if before == paying and not meatless:  # "party of 18, 9 scallops 9 lobster rest
                n = paying * (catalog.guests.included_portions - 1)  # chicken": their second
        else:
            n = _size(ask, adults, children)
            # "18 of us, chicken and shrimp, 3 are vegetarian": meat or fish alone for all
            if meatless and (catalog.protein(key).premium or not meatless_named):
                checks.append(f"{meatless} vegetarian guests, but {catalog.protein(key).name} "
                              "for everyone: how many of each?")  # fmt: skip
            if not ask.per_guest and not ask.group:
                uncounted.append(key)
        counts[key] = counts.get(key, 0) + n
    listed = sum(a.portions or 0 for a in asks if a.of_each)
    if listed and listed < paying and all(a.of_each or a.extra for a in asks):
        # "20 adults, chicken and scallops, 2 of each": 2 portions in all, or 2 a guest?
        checks.append(f"{listed} portions said 'of each' for {paying} guests: per guest, or in all?")
    if any(a.half == 1 for a in asks) and not any(a.half == 2 for a in asks):
        checks.append("half of the guests named with a choice: what does the other half have?")
    for ask in asks:
        if ask.extra and ask.portions is None and not ask.per_guest:
            checks.append(f"extra {ask.said} without a number: how many?")
    # people counted once: "the other 12 want chicken and sirloin" names 12, not 24
    checks += people_gap(asks, meatless=meatless, paying=paying, meatless_keys=_MEATLESS_KEYS)
    checks += others_gap(asks, meatless=meatless, paying=paying)  # "2 want ..., the other 6" of 9
    checks += first_counted(asks, paying=paying, per_person=per_person)  # "2 salmon and chicken"
    named_free = [k for k in dict.fromkeys(uncounted)]
    among = False
    if per_person is not None:
        scoped = [a for a in asks if a.portions is None and not a.half and not a.rest and not a.share]
        choice = {a.protein for a in scoped}
        among = picked and len(choice) > per_person <= catalog.guests.included_portions and len(
            scoped
        ) == len(asks) and not choice & (premium | set(ambiguous))  # options all included
        if among:  # which 2 of them each guest has does not change the price: none is priced
            counts = {k: 0 for k in counts}
        elif scoped and per_person != len(choice) + filled_slots(asks, paying):
            # "2 each! chicken and shrimp for everyone, except 4 want tofu instead of shrimp": the
            # shrimp's rest and the tofu of 4 fill one slot of each guest's 2
            checks.append(f"{per_person} proteins each, but {len(scoped)} named without a count")
    elif len(named_free) > 2:
        # "chicken, shrimp and tofu": 2 of the 3 each, or a third portion each (extra)? Never one
        # left out of the read-back unasked
        checks.append(f"{len(named_free)} proteins named without counts: how many of each?")
    allowance = paying * catalog.guests.included_portions
    total = sum(counts.values())
    extras_said = per_person is not None or any(a.extra for a in asks)
    given = {a.protein for a in asks if a.protein in counts and not a.extra and (
        a.per_guest or a.each_for == 0 or (a.portions == paying and not a.people))}  # fmt: skip
    if total > allowance and not extras_said and given and set(named_free) - given:
        # "filet for everyone, and chicken and shrimp": a third portion each, or one of two?
        names = ", ".join(catalog.protein(k).name for k in sorted(given))
        checks.append(f"{names} for everyone beside other choices: extra portions, or instead of one?")
    checks += _group_plates(asks, catalog.guests.included_portions) if not extras_said else []
    named = [a for a in asks if a.for_named and not a.extra and a.portions]
    if total > allowance and not extras_said and named and named_free:
        # "chicken and shrimp, 2 lobster for the bride and her mom": on top, or instead of which?
        checks.append(f"{named[0].portions} {named[0].said} for guests named beside proteins for "
                      "everyone: extra portions, or instead of one?")  # fmt: skip
    for_all = {a.protein for a in asks if a.portions is None and not a.extra
               and not (a.half or a.rest or a.share or a.group)}  # fmt: skip
    if named and len(for_all) == 1 and not extras_said and catalog.guests.included_portions > 1:
        # "chicken for everyone, 2 lobster for the bday girl and her mom": one of the two included
        # portions chosen; theirs on top of the chicken, or their second, and everyone's second?
        checks.append(f"{named[0].portions} {named[0].said} for guests named beside one protein "
                      "for everyone: on top, or their second? and everyone's second?")  # fmt: skip
    if total > allowance and not extras_said:
        for key in reversed(named_free):  # fill the included portions, do not invent extras
            if key in premium:
                continue
            cut = min(counts[key], total - allowance)
            counts[key] -= cut
            total -= cut
            checks += _which_replaced(asks, named_free, premium, counts[key], ambiguous)
    checks += dropped_choice(asks, counts)
    counted_portions = sum(
        a.portions * (a.each_for or paying if a.each_for is not None else 1)
        for a in asks if a.portions is not None and not a.extra
    )  # fmt: skip
    if total > allowance and not extras_said and counted_portions <= allowance:
        checks.append(f"{total} portions named for {paying} guests with {allowance} included: "
                      "extra portions, or instead of one?")  # fmt: skip
    extra_said = sum(
        a.portions * (a.each_for or paying if a.each_for is not None else 1)
        for a in asks if a.extra and a.portions
    ) + sum(_size(a, adults, children) for a in asks if a.extra and a.per_guest)  # fmt: skip
    if per_person is not None and total != per_person * paying + extra_said and not among:
        checks.append(f"{per_person} proteins each for {paying} guests is {per_person * paying} "
                      f"portions, but the choices add up to {total}")  # fmt: skip
    plain = [a for a in asks if not a.extra]
    # "lobster for everyone plus 2 extra lobster for the bday girl": more of the one protein all
    # have, on top of it; no other choice is missing
    more_of_it = bool(plain) and all(
        a.portions is None and not (a.half or a.rest or a.share or a.group) for a in plain
    ) and {a.protein for a in asks if a.extra} <= {a.protein for a in plain}
    if extra_said and max(total - allowance, 0) < extra_said and not more_of_it:
        checks.append(f"{extra_said} extra portions asked for on top, but the other proteins "
                      "are not all named: which ones?")  # fmt: skip
    lines = [OrderLine(k, catalog.protein(k).name, n, k in counted)
             for k, n in counts.items() if n > 0]  # fmt: skip
    return lines, checks


def _which_replaced(
    asks: Sequence[ProteinAsk], free: list[str], premium: frozenset[str], left: int,
    ambiguous: dict[str, Any],
) -> list[str]:
    """ "16 adults, chicken n shrimp" then "can we do lobster for 10 of them": the counted few
    take the place of part of one of two proteins everyone has (a premium one too: "filet
    instead of chicken, and 3 want lobster"), or of the one a swap's rest keep ("4 of us want
    lobster instead of shrimp and 2 want filet", for people counted: round q82o); which one is
    theirs to say (the fill would take them from the last named, a confident guess). Not when
    the other is a kind of a word said ("chicken and steak", then "filet for the 2 supervisors,
    strip for the crew": the steak's)."""
    kept = swapped_rest(asks) - premium
    swap_sentences = {a.sentence for a in asks if a.rest and a.protein in kept}
    kinds = len(set(free)) > 1
    few = [a for a in asks if a.portions and not (a.extra or a.for_named or a.group)
           and a.protein not in free and a.sentence not in swap_sentences]  # fmt: skip
    if not kinds and kept - set(free) and free:
        kinds, few = True, [a for a in few if a.people]  # "2 filet" alone may be the swap's
    if not (left and kinds and few) or any(
        a.said in ambiguous and few[0].protein in ambiguous[a.said].options for a in asks
    ):
        return []
    return [f"{few[0].portions} {few[0].said} for some guests beside proteins for everyone: "
            "instead of which one?"]  # fmt: skip
