"""The kids' count after a change, in a follow-up: "2 of the players cant make it so 10 players
now. and 2 more dads want to come, add 2 adults" after 12 players (all 9-10) is 10 kids, the new
count (not 10 more, though the message adds adults), of the ages told before (the kids who stay
are among those counted), the 2 who cannot make it the difference (12 less 2).

And the kids of one band a later message counts by that band's own words, the other band left
untold: "oh and a baby" (kids 5 and under) beside the kids 6-12 counted before, and "Children
(6-12) is 8 now, not 6. Everything else the same." beside the little ones counted before (a form's
label for one of its lines). The conversation changes that band and keeps the other; read as all
the kids it would drop the little ones, a confident wrong price.

A group counted by its own word with one age for all ("6 of their friends (all 12)") and its new
count said by that word after some drop out ("2 of the friends cant come anymore so 4 friends
now", "3 of the boys cancelled so 5 friends now" after 8 friends): the group's band loses those
who drop out (8 kids less 2: 6), when the count before is the one that drops and the one left;
"so 4 now" (the friends, or everyone?) and counts that do not add up stay asked (round q73c)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from orchestrator.reading.age_bands import band
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.kids import little_only
from orchestrator.reading.kids_by_other_ages import whose_kids
from orchestrator.reading.kids_joining import kids_join_said, new_count_said
from orchestrator.reading.loose_counts import LOOSE
from orchestrator.reading.reasons import AGES_NOT_GIVEN, ages_not_given, of_kind, unplaced

if TYPE_CHECKING:
    from orchestrator.catalog import Catalog

# "so 10 players now", "so it's 9 kids now", "so 8 left", "so just 3 kids now"
_KIDS_NOW = re.compile(
    r"\bso\s+(?:it's\s+|its\s+|we're\s+|there's\s+)?(?:just\s+|only\s+)?(\d{1,2})\s+(?:[a-z]+\s+)?"
    r"(?:now|total now|left)\b"
)


# "6 of their friends (all 12)", "8 of his friends from school (all 10)": a group, one age for all
_AGED_GROUP = re.compile(
    r"\b(\d{1,2})\s+of\s+(?:his|her|their|my|our|the)\s+([a-z]+)(?:\s+[a-z]+){0,3}?\s*"
    r"\(\s*all\s+(\d{1,2})\s*\)"
)
# "2 of the friends cant come anymore so 4 friends now": those out, the group's word and count now
_GROUP_LEFT = re.compile(
    r"\b(\d{1,2})\s+of\s+(?:the|our|his|her|their|my)\s+[a-z]+\b[^.!?\n\d]{0,60}?\bso\s+"
    r"(?:its\s+|it's\s+|there's\s+|we're\s+)?(?:just\s+|only\s+)?(\d{1,2})\s+([a-z]+)\s+(?:now|left)\b"
)

# "one of his friends cant make it now so 4 friends": "now" said before the count, which ends the
# sentence (q84m)
_GROUP_LEFT_BEFORE = re.compile(
    r"\b(\d{1,2})\s+of\s+(?:the|our|his|her|their|my)\s+[a-z]+\b[^.!?\n\d]{0,60}?"
    r"\b(?:now|anymore|any more)\s*,?\s*so\s+(?:just\s+|only\s+)?(\d{1,2})\s+([a-z]+)"
    r"(?=\s*(?:$|[.!?,;\n]))"
)


def counted_kin(text: str, catalog: Catalog, read: Inquiry) -> Inquiry:
    """`read` with what normalized `text` tells of whose kids it names and of groups counted by
    their word: with an age for all, or left after some drop out."""
    own, others = whose_kids(text)
    groups = tuple(
        (m[2], int(m[1]), band(int(m[3]), catalog)) for m in _AGED_GROUP.finditer(text)
    )  # fmt: skip
    left = _GROUP_LEFT.search(text) or _GROUP_LEFT_BEFORE.search(text)
    return replace(read, own_kids=own, others_kids=others, aged_groups=groups,
                   kids_join=kids_join_said(text),  # "... (6 and 9) can join us as well"
                   others_only=others and not own and not new_count_said(text),
                   group_left=(left[3], int(left[1]), int(left[2])) if left else None)  # fmt: skip


def group_left(before: Inquiry, later: Inquiry, merged: Inquiry | None = None) -> Inquiry | None:
    """`merged` (or `before`) with those who drop out of the group `later` counts anew ("so 4
    friends now" after "6 of their friends (all 12)" less 2) taken out of the group's band; None
    when it does not fit (a count of the message's own, other changes, another count or word)."""
    if later.group_left is None or later.adults_said or later.kids_said:
        return None
    word, out, now = later.group_left
    if later.bare_total is not None or any(d != -out for d, _ in later.changes):
        return None
    # ("5 of his friends (all 9)" beside the honoree, rewritten as kids: the group as written)
    groups = before.aged_groups or before.said_groups
    bands = {b for w, n, b in groups if w == word and n == out + now}
    if len(bands) != 1 or sum(1 for w, _, _ in groups if w == word) != 1:
        return None
    kind = bands.pop()
    order = merged or before
    had = {"adults": order.adults, "children": order.children, "toddlers": order.toddlers}[kind]
    if had is None or had < out:
        return None
    if kind == "adults":
        return replace(order, adults=had - out)
    if kind == "children":
        return replace(order, children=had - out)
    return replace(order, toddlers=had - out)


def kids_now(text: str, children: int | None) -> bool:
    """Whether normalized `text` names the kids' count after a change ("so 10 players now"): the
    number said is the kids read."""
    m = _KIDS_NOW.search(text)
    return bool(m and children and int(m.group(1)) == children)


# "half the kids are going to a sleepover instead", "half of the kids cant come": half of the
# order's kids out, said definitely (round q81p)
_HALF_OUT = re.compile(
    r"\bhalf\s+(?:of\s+)?(?:the|our|my)\s+(?:kids|children)\s+(?:are|r|will\s+be)\s+(?:going|"
    r"heading|off)\b|\bhalf\s+(?:of\s+)?(?:the|our|my)\s+(?:kids|children)\s+(?:can'?t|cannot|won'?t)"
    r"\s+(?:make\s+it|come)\b"
)
_UNSURE = re.compile(r"\b(?:might|may|maybe|prob|probably|possibly|not sure|idk)\b")


def kids_halved(text: str) -> bool:
    """Whether normalized `text` says half the kids are out, definitely."""
    return "half" in text and bool(_HALF_OUT.search(text)) and not _UNSURE.search(text)


def kids_now_fits(state: Inquiry, later: Inquiry) -> bool:
    """`later` names the kids' count after a change that `state`'s kids and the kids dropping out
    make ("2 of the players cant make it so 10 players now" after 12); "so 11 now" after 12 less
    2 does not fit, and is asked as before. Half the kids out ("half the kids are going to a
    sleepover so just 3 kids now" after 6) is half of the order's kids when they are all of the
    band 6-12 (kids of two bands: which half? asked)."""
    dropped = sum(d for d, band in later.changes if band == "kids")
    if later.kids_halved and not dropped and not state.toddlers and (state.children or 0) % 2 == 0:
        dropped = -(state.children or 0) // 2
    return later.kids_now and (state.children or 0) + dropped == later.children


def kids_now_checks(
    state: Inquiry, later: Inquiry, checks: Sequence[tuple[str, str]]
) -> tuple[tuple[str, str], ...]:
    """The `checks` of `later` its new kids' count answers, when fewer kids than `state` counted
    (of ages told there) stay: their ages are known, and the kids who drop out make the change."""
    if later.group_left is not None and group_left(state, later) is not None:
        _, out, now = later.group_left  # "so 4 friends now": the group's count, placed ("1 of
        placed = {now} if later.changes else {now, out}  # the friends is sick": its dropout too)
        return tuple(c for c in checks if c[0] != "change" and not any(
            c in {("message", unplaced(n)), (LOOSE, unplaced(n))} for n in placed))  # fmt: skip
    before = state.children or 0
    aged = not any(c[0] == "kids" and of_kind(c[1], AGES_NOT_GIVEN) for c in state.checks)
    if aged and not state.toddlers and _came_down(before, later):
        # "so we're down to 7 kids and 5 adults" after 10 kids (all 8-11): some of those kids,
        # all 6-12 as they were; the new count said, no change to check (round q84c)
        return tuple(c for c in checks if c != ("kids", ages_not_given(later.children or 0)))
    if not (kids_now_fits(state, later) and aged and not state.toddlers and before):
        return tuple(checks)
    return tuple(
        c for c in checks
        if c != ("kids", ages_not_given(later.children or 0))
        and c[0] != "change"
    )  # fmt: skip

def _came_down(before: int, later: Inquiry) -> bool:
    """`later` says the party came down to fewer kids (of `before`, all 6-12) than the order had,
    none added nor said by age ("we're down to 7 kids and 5 adults")."""
    kids = later.children or 0
    return (later.new_count and 0 < kids < before and not later.toddlers and not later.kids_more
            and not later.kid_ages and not later.changes)  # fmt: skip


# the band of kids 6-12 by its label: "children (6-12)", "kids 6 to 12", "kids ages 6-12"
_CHILDREN_BAND = re.compile(
    r"\b(?:children|child|kids)\s*(?:\(\s*)?(?:ages?\s+)?6\s*(?:-|–|to)\s*12\b"
)
# any word of the little ones: then both bands are told
_LITTLE = re.compile(
    r"\b(?:under\s+(?:6|5|six|five)|(?:5|6|five|six)\s+(?:and|&|or)\s+under|toddlers?|bab(?:y|ies)"
    r"|infants?|little ones|littles|little kids)\b"
)


def single_band(text: str, children: int | None, toddlers: int | None) -> str | None:
    """ "toddlers" or "children" when normalized `text` counts the kids of that band alone by its
    own words, else None."""
    if toddlers and not children and little_only(text):
        return "toddlers"
    if children and not toddlers and _CHILDREN_BAND.search(text) and not _LITTLE.search(text):
        return "children"
    return None
