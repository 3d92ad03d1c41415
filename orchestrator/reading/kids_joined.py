"""Kids who join an order that had none ("oh and our 3 girls are coming after all, they're 4, 6
and 9. same food" after "me, my husband, our son (14) and his 3 coaches"): they are more guests,
not a correction of the ages told before (added as "too", "also" say, or more kids than the
ages of 13 and over told before). So the son of 14 stays among the adults (the kids' ages
do not replace his), and the people the first message named but the reading could not count ("did
not understand 'me' (people named, not counted)") are still uncounted: kids joining answer
nothing about them, and the order stays asked."""

from __future__ import annotations

import re
from dataclasses import replace

from orchestrator.reading.inquiry import Inquiry

Check = tuple[str, str]

# People named of whom kids may answer ("did not understand 'the kids'": "they're 4 and 6")
_KID_WORDS = re.compile(
    r"kid|child|girl|boy|\bsons?\b|daughter|bab(?:y|ies)|little|toddler|twin|triplet|grand|niece"
    r"|nephew|famil|teen|youth|students?|minors?|juniors?"
)


def kids_join(state: Inquiry, later: Inquiry) -> bool:
    """Whether `later` names kids only (no adults) joining an order with no kids: said as added
    ("too", "also": `adds_guests`), or more of them than the kids of 13 and over told before
    (three ages after "our son (14)" correct no age, they are more guests)."""
    if not later.kids_said or later.adults_said or state.children or state.toddlers:
        return False
    told = (later.children or 0) + (later.toddlers or 0) + later.aged_adults
    return later.adds_guests or told != state.aged_adults


def unsettled_people(state: Inquiry, *, groups: bool = True) -> tuple[Check, ...]:
    """The guest checks of `state` about grown people named and not counted ('me', 'my husband',
    'my parents'; groups too unless `groups` is false): kept when kids join (any naming a kid may
    be answered by their ages)."""
    grown = {n.check for n in state.named if (groups or not n.group) and not _KID_WORDS.search(n.words)}
    return tuple(c for c in state.checks if c[0] == "guests" and c in grown)


def aged_moved(merged: Inquiry, later: Inquiry, *, joined: bool) -> Inquiry:
    """`merged` with the kids `later` ages 13 and over counted among the adults, those of 13 and
    over told before taken back unless `later`'s kids join (kids who join correct no age told)."""
    gone = 0 if joined else merged.aged_adults
    return replace(
        merged, adults=(merged.adults or 0) - gone + later.aged_adults,
        aged_adults=merged.aged_adults - gone + later.aged_adults,
    )  # fmt: skip
