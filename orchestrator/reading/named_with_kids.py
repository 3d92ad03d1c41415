"""A follow-up's new total said with the people it names and the kids they bring ("we're 13 now,
my brother and his 2 kids (8 and 4) are coming too" after 10 adults; "we're 20 now not 17, my
sister, her husband and their son (7) are coming"): the people named (one guest each, two for a
pair word) and the kids counted with an age each (a son or niece told with a kid's age too) are
the guests the total adds when the adults before and they make it; the kids go to their bands by
their ages. After an order with kids the total must be everyone, its kids too ("we're 15 now,
my brother and his 2 kids (9 and 6)" after 10 adults and 2 kids, round q79j: `named_with_more_kids`);
a total they do not make ("we're 14 now" there) leaves the people named asked about. When the
total is settled so, the words of coming beside it ("are coming too", "can make it") are told by
it, as are they when the people named alone make the total ("its 16 now, my parents and my sister
are coming too"). The total may be bare ("its 15 now not 12, my brother, his wife and their
daughter (9) are coming" after 12 adults): everyone, the kids with them."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.named_joiners import Check

if TYPE_CHECKING:
    from orchestrator.reading.recount import Recount

_KID_MAX = 12  # a relation's age told beside the kids': older, an adult's price

# the coverage net's check of a word of coming ("coming too", "joining"), not of leaving
_COMING = re.compile(
    r"did not understand '(?![^']*(?:n't|\bnot\b|\bcant\b|\bwont\b|\bout\b|drop|cancel|leav|miss))"
    r"[^']*' \(guests coming or dropping out\)"
)


def named_with_kids(before: Inquiry, later: Inquiry) -> bool:
    """Whether `later`'s total is the adults of `before` (no kids) with the people it names and
    the kids it counts by their ages ("we're 13 now, my brother and his 2 kids (8 and 4)")."""
    if before.children or before.toddlers or not before.adults:
        return False
    return _named_total(before, later) == before.adults


def named_with_more_kids(before: Inquiry, later: Inquiry) -> bool:
    """Whether `later`'s total is everyone of `before`, its kids too, with the people it names
    and the kids it counts ("we're 15 now, my brother and his 2 kids (9 and 6) are coming too"
    after 10 adults and 2 kids, round q79j): the only reading that makes it, since the kids of
    `before` left out would make it smaller by them; a total that does not agree is asked."""
    kids = (before.children or 0) + (before.toddlers or 0)
    return bool(kids) and _named_total(before, later) == (before.adults or 0) + kids


def with_more_kids(before: Inquiry, merged: Inquiry, later: Inquiry) -> Inquiry | None:
    """`merged` as everyone of `before` and the people and kids `later` adds, when its total is
    that sum (`named_with_more_kids`); else None."""
    if not named_with_more_kids(before, later):
        return None
    return replace(
        merged, adults=(before.adults or 0) + joined_named(later),
        children=(before.children or 0) + (later.children or 0),
        toddlers=(before.toddlers or 0) + (later.toddlers or 0), aged_adults=before.aged_adults,
    )  # fmt: skip


def joined_named(later: Inquiry) -> int:
    """The guests the people `later` names are (one each, two for a pair word)."""
    return sum(n.guests or 0 for n in later.named if not n.group and n.check in later.checks)


def _named_total(before: Inquiry, later: Inquiry) -> int | None:
    """`later`'s total less the people it names and the kids it counts by their ages: the guests
    before them it says; None when the message is not such a total."""
    if not before.adults or not later.kids_said:
        return None
    kids = (later.children or 0) + (later.toddlers or 0)
    # "my sister, her husband and their son (7)": a relation told with a kid's age is one of them
    # (a relation of 13 or more, an adult the adults count, is left asked)
    if any(age > _KID_MAX for age in later.relation_ages):
        return None
    told = len(later.kid_ages) + len(later.relation_ages)
    total = everyone_said(later)
    if not kids or told != kids or total is None:
        return None
    guests = before.adults + (before.children or 0) + (before.toddlers or 0)
    if later.was and set(later.was) != {guests}:
        return None  # "not 10": another count replaced
    named = [n.guests for n in later.named if not n.group and n.check in later.checks]
    if not named or None in named:
        return None
    return total - sum(n or 0 for n in named) - kids


def everyone_said(later: Inquiry) -> int | None:
    """The new total of everyone `later` says: its adults with the kids it counts ("we're 13
    now" is read as the adults less the kids), or its bare total when it counts no adults ("its
    15 now not 12, my brother, his wife and their daughter (9) are coming", round q76b)."""
    if later.adults is not None and later.adults_said:
        return later.adults + (later.children or 0) + (later.toddlers or 0)
    return later.bare_total if not later.adults else None


def joined_checks(later: Inquiry, counted: Recount) -> set[Check]:
    """The checks of `later` its total settles when the people named are the guests it adds
    (`counted.settled` holds "named"): theirs, and the words of their coming; the words of coming
    too when the people it adds by their words make its total ("ok so 19 now, my parents and my
    aunt are coming too" after 16: a change applied, nothing asked)."""
    coming = {c for c in later.checks if c[0] == "guests" and _COMING.fullmatch(c[1])}
    if "named" in counted.settled:
        return {n.check for n in later.named if not n.group} | coming
    merged = counted.merged
    guests = (merged.adults or 0) + (merged.children or 0) + (merged.toddlers or 0)
    added = later.adults_added and later.adults == later.adults_added and not later.kids_said
    if "change" in counted.settled and not counted.checks and added and later.bare_total == guests:
        return coming
    return set()
