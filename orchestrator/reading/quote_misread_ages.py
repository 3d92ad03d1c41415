"""A message that tells our latest quote it priced a kid in the wrong band by the kid's age alone
(round q83b): "hey u have both kids as free but my nephew is 6, so hes kids price right?" after a
quote that priced the kids (6 and 3) as two of 5 and under; "the 5 and 2 year old are free right?
you have all 4 kids at $30"; "I think the twins should be free since they're 5?" after the ages
were answered as "the twins are 5, the other 2 are 8 and 12". The customer corrects the quote's
bands, not their order: the order their earlier messages state stands.

`quote_misread.misread_order` reads such a message when it names the quote's count ("you have 3
kids on there"); this one needs no count of the quote, so its guards are the quote's and the
order's: the quote counts as many guests as the order but bands them otherwise, the message speaks
of price ("free", "kids price", "$30") and names an age of the order's kids in a band the quote
counted short, every number of it is such an age (or a count of the quote or the order said with
its guests: "all 4 kids"), it changes nothing else and raises no check besides those of the numbers
it explains. An age the order does not have ("my son is 5" when the kids are 8 and 6), a guest
coming or undecided, an item or a place: read as it says (and asked)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from orchestrator.catalog import Catalog
from orchestrator.reading.age_bands import band
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.multiples_counted import NAMED_AGAIN
from orchestrator.reading.quote_misread import (
    NUMBER,
    changes_nothing,
    quote_and_before,
    quote_bands,
    quoted_counts,
)
from orchestrator.reading.reasons import AGES_NOT_GIVEN, of_kind, unplaced
from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS, TODDLER_WORDS, normalize

Turn = tuple[str, str]

# the message speaks of what a guest is charged: "free", "kids price", "adult price", "at $30"
_PRICED = re.compile(r"\b(?:free|prices?|priced|pricing|charged?|charging|pay|paying|costs?|rate)\b|\$")
# an age: "is 6", "they're 5", "turns 13", "shes only 4", "the 5 and 2 year old", "the 4yo"
_AGE_BEFORE = re.compile(
    r"(?:\b(?:is|are|turns?|turned|turning|will\s+be|ages?|aged|hes|shes|theyre)|'s|'re)"
    r"(?:\s+(?:only|just|still|barely))?\s+\Z"  # "shes only 4": her age said again (q84i)
)
_AGE_AFTER = re.compile(
    r"(?:\s*(?:,|and|&)\s*\d{1,2})*\s*-?\s*(?:yrs?|years?|yo|y/o|y\.o\.)(?:\s*-?\s*olds?)?\b"
)
_WORD = re.compile(r"\s*([a-z]+)")
_GUEST_WORDS = {*ADULT_WORDS, *KID_WORDS, *TODDLER_WORDS, *PEOPLE_WORDS}
# the bands in the order of a quote's counts (`quote_bands`): adults, kids 6-12, 5 and under
_BANDS = ("adults", "children", "toddlers")


def _ages_named(text: str, ages: set[int], counts: set[int]) -> set[int] | None:
    """The ages of the order's kids `text` names ("is 6", "the 5 and 2 year old"), when every
    number of it is one of them or a count in `counts` said with its guests ("all 4 kids"); None
    when a number is neither."""
    named: set[int] = set()
    for m in NUMBER.finditer(text):
        n, before, after = int(m.group()), text[max(0, m.start() - 40) : m.start()], text[m.end() :]
        if n in ages and (_AGE_BEFORE.search(before) or _AGE_AFTER.match(after)):
            named.add(n)
            continue
        word = _WORD.match(after)
        if not (n in counts and word and word.group(1) in _GUEST_WORDS):
            return None
    return named


def _explained(check: tuple[str, str], numbers: set[int]) -> bool:
    """Whether a check of the message read alone is one of the numbers it explains, or of kids
    named without their count or ages (the order's kids)."""
    field, why = check
    if field == "was" or why in {unplaced(n) for n in numbers}:
        return True
    if field.startswith("again_") or why.endswith(NAMED_AGAIN):  # "the 5 yr old is free too
        age = re.search(r"\d+", why)  # right?", "the twins are 4 so free?": kids of the order's ages
        return age is not None and int(age.group()) in numbers
    return field in {"kids", "kids_again", "ages"} and (
        of_kind(why, AGES_NOT_GIVEN) or "kids mentioned without a number" in why
    )


def ages_misread(
    inquiry: Inquiry, read: Sequence[Inquiry], text: str, turns: Sequence[Turn], catalog: Catalog
) -> Inquiry:
    """The order before the message when the message `text` only tells our latest quote, by a
    kid's age, that it banded the order's kids wrong; `inquiry` (the conversation read with the
    message) otherwise. `read`: each customer message read alone, the last `text`; `turns`: the
    earlier turns as (role, text), oldest first; the kids' bands are the `catalog`'s."""
    against = quote_and_before(read, turns)
    if against is None:
        return inquiry
    quote, before, last = against
    bands = quote_bands(quote)
    own = (before.adults or 0, before.children or 0, before.toddlers or 0)
    if bands is None or bands == own or sum(bands) != sum(own) or not before.has_guests:
        return inquiry  # banded as the order, or a count the quote got wrong: not this reading
    said = normalize(text)
    if not _PRICED.search(said) or not changes_nothing(last, before):
        return inquiry
    ages = {a for r in read[:-1] for a in (*r.kid_ages, *r.told_ages, *r.relation_ages)}
    ages |= set(before.kid_ages)
    counts = quoted_counts(quote) | {*own, own[1] + own[2], sum(own)}
    named = _ages_named(said, ages, counts)
    short = {_BANDS[i] for i in range(3) if bands[i] < own[i]}  # the bands the quote counted short
    if not named or not any(band(age, catalog) in short for age in named):
        return inquiry
    numbers = {int(m.group()) for m in NUMBER.finditer(said)}
    if not all(_explained(c, numbers) for c in last.checks):
        return inquiry
    return replace(before, topics=last.topics | before.topics)
