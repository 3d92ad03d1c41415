"""Relations said to join with their ages, beside kids of the order whose ages were all told: "my
grandkids 10 & 7 are coming too, same food" after "12 adults and 2 kids (6 and 9)". A count said
with "too", "also" or "plus" beside kids counted before is asked (in addition to them, or in
all?), with ages or not ("plus 2 kids (6 and 11) too", "also 2 kids, ages 5 and 7": the kids'
ages told anew, perhaps); but relations named by who they are, every one with an age, none of
them an age of the order's kids (all told), cannot be the same kids: they are added. An age told
on both sides ("my grandkids 9 & 7" after kids of 6 and 9) stays asked.

Nieces and nephews are never the writer's own kids: "oh and my 2 nieces, they're 10 and 7. same
food" after "our kids (10, 7, 3)" adds 2 kids, the ages alike or not (round q73c; "my grandkids"
could be the kids counted before, and stays asked by the ages)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from orchestrator.reading.inquiry import Inquiry

if TYPE_CHECKING:
    from orchestrator.reading.honoree import Counted

_DIGITS = re.compile(r"\d+")
# "our kids (10, 7, 3)", "my 2 sons": the writer's own kids
_OWN_KIDS = re.compile(r"\b(?:our|my)\s+(?:\d{1,2}\s+)?(?:kids|children|sons|daughters)\b")
# "my 2 nieces", "my niece and nephew": kids who are never the writer's own
_OTHERS_KIDS = re.compile(
    r"\b(?:my|our)\s+(?:\d{1,2}\s+)?(?:nieces?|nephews?)\b"
    # "my brother's two girls", "my best friend's kids": a relation's kids (round q85m)
    r"|\b(?:my|our)\s+(?:best\s+|older\s+|younger\s+|little\s+|big\s+)?(?:brother|sister"
    r"|cousin|friend|neighbou?r|coworker|co-worker|aunt|uncle|bro|sis|brother-in-law"
    r"|sister-in-law)(?:'s|s'|s)\s+(?:\d{1,2}\s+)?(?:kids|children|girls|boys|daughters|sons"
    r"|little ones|twins)\b"
)


def whose_kids(text: str) -> tuple[bool, bool]:
    """Whether normalized `text` names the writer's own kids, and relations never theirs."""
    return bool(_OWN_KIDS.search(text)), bool(_OTHERS_KIDS.search(text))


def relation_ages(text: str, found: Sequence[Counted]) -> list[int]:
    """The ages of the relations counted by their ages (`found`: one per band, the words of a
    relation shared by its bands: "my nephews 12 and 3" are a kid and a little one): each
    relation's ages, when it tells one a guest (not "3 of their cousins (4, 8, 10)")."""
    guests: dict[tuple[int, int], int] = {}
    for one in found:
        guests[one.span] = guests.get(one.span, 0) + one.count
    ages = []
    for span, count in guests.items():
        told = _DIGITS.findall(text, *span)
        ages += [int(age) for age in told] if len(told) == count else []
    return ages


def _ages(order: Inquiry) -> tuple[int, ...] | None:
    """Every kid's age told in `order` (from a list or their relation's words), or None when
    some kid's age is not told."""
    ages = order.kid_ages + order.relation_ages
    kids = (order.children or 0) + (order.toddlers or 0)
    return ages if kids and len(ages) == kids else None


def added_by_other_ages(state: Inquiry, later: Inquiry) -> bool:
    """Whether the kids `later` names join those of `state` (relations said as added, no adults
    named, all ages told on both sides, none alike)."""
    if not (later.adds_guests or later.kids_join) or later.adults_said or later.kids_more:
        return False
    if state.own_kids and not state.others_kids and later.others_kids and not later.own_kids:
        return True  # "oh and my 2 nieces, they're 10 and 7" after "our kids (10, 7, 3)"
    before, now = _ages(state), _ages(later)
    # kids counted by a kid word: asked, unless someone else's ("my brother's 2 girls (6 and 9)")
    if (later.kid_ages and not later.others_kids) or before is None or now is None:
        return False
    return not set(before) & set(now)
