"""The kids' count after a change, in a follow-up: "2 of the players cant make it so 10 players
now. and 2 more dads want to come, add 2 adults" after 12 players (all 9-10) is 10 kids, the new
count (not 10 more, though the message adds adults), of the ages told before (the kids who stay
are among those counted), the 2 who cannot make it the difference (12 less 2).

And the kids of one band a later message counts by that band's own words, the other band left
untold: "oh and a baby" (kids 5 and under) beside the kids 6-12 counted before, and "Children
(6-12) is 8 now, not 6. Everything else the same." beside the little ones counted before (a form's
label for one of its lines). The conversation changes that band and keeps the other; read as all
the kids it would drop the little ones, a confident wrong price."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.kids import little_only

# "so 10 players now", "so it's 9 kids now", "so 8 left"
_KIDS_NOW = re.compile(
    r"\bso\s+(?:it's\s+|its\s+|we're\s+|there's\s+)?(\d{1,2})\s+(?:[a-z]+\s+)?(?:now|total now|left)\b"
)


def kids_now(text: str, children: int | None) -> bool:
    """Whether normalized `text` names the kids' count after a change ("so 10 players now"): the
    number said is the kids read."""
    m = _KIDS_NOW.search(text)
    return bool(m and children and int(m.group(1)) == children)


def kids_now_fits(state: Inquiry, later: Inquiry) -> bool:
    """`later` names the kids' count after a change that `state`'s kids and the kids dropping out
    make ("2 of the players cant make it so 10 players now" after 12); "so 11 now" after 12 less
    2 does not fit, and is asked as before."""
    dropped = sum(d for d, band in later.changes if band == "kids")
    return later.kids_now and (state.children or 0) + dropped == later.children


def kids_now_checks(
    state: Inquiry, later: Inquiry, checks: Sequence[tuple[str, str]]
) -> tuple[tuple[str, str], ...]:
    """The `checks` of `later` its new kids' count answers, when fewer kids than `state` counted
    (of ages told there) stay: their ages are known, and the kids who drop out make the change."""
    before = state.children or 0
    aged = not any(c[0] == "kids" and c[1].startswith("ages of the") for c in state.checks)
    if not (kids_now_fits(state, later) and aged and not state.toddlers and before):
        return tuple(checks)
    return tuple(
        c for c in checks
        if not (c[0] == "kids" and c[1].startswith(f"ages of the {later.children} kids"))
        and c[0] != "change"
    )  # fmt: skip

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
