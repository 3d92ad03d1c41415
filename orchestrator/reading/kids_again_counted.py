"""The order's kids named again by their number in a later message that recounts the party (round
q82m): "you left out my in-laws! its me, my wife and her parents, so 4 adults + the 2 kids" after
"our 2 kids (8 and 10)". "the 2 kids" (or "our", "my") are the kids told before, so the ages told
for them stand: the order's bands, not two kids priced as 6-12 for want of their ages. Only when
the order counts exactly that many kids, every one with an age told, and the message recounts
the adults beside them and gives no ages of its own; "the 3 kids" after two, or after kids whose
ages were never told, is asked."""

from __future__ import annotations

import re
from dataclasses import replace

from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.reasons import ages_not_given

# "the 2 kids", "our 3 kiddos": kids known already, by their number (never with ages after it:
# "the 2 kids (8 and 3)", "the 2 kids are 8 and 3" tell their ages anew)
_THE_KIDS = re.compile(
    r"\b(?:the|our|my)\s+(\d{1,2})\s+(?:kids|children|kiddos|little ones)\b"
    r"(?!\s*[(:\d]|\s*,\s*\d|\s+(?:are|r|aged?|ages)\b)"
)
_KIDS_COUNT = re.compile(r"\b\d{1,2}\s+(?:more\s+)?(?:kids|children|kiddos|little ones|kid|child)\b")


def kids_again(text: str) -> int | None:
    """The number of "the N kids" when it is normalized `text`'s one count of kids, else None."""
    found = _THE_KIDS.findall(text)
    if len(found) != 1 or len(_KIDS_COUNT.findall(text)) != 1:
        return None
    return int(found[0])


def kids_again_kept(state: Inquiry, later: Inquiry) -> Inquiry:
    """`later` with the kids it names again ("4 adults + the 2 kids") in the bands of their ages
    told before, when `state` counts that many kids, each with an age told."""
    n = later.kids_again
    kids = (state.children or 0) + (state.toddlers or 0)
    if n is None or n != kids or len(state.kid_ages) != n or later.kid_ages or later.kids_more:
        return later
    if (later.children or 0) + (later.toddlers or 0) != n or state.aged_adults:
        return later
    if not later.adults_said:  # "if the 2 kids just had chicken": no recount of the party
        return later
    if any(field == "kids" for field, _ in state.checks):  # the order's own kids unsure: asked
        return later
    checks = tuple(c for c in later.checks if c[1] != ages_not_given(n))
    notes = tuple(a for a in later.assumptions if not a.startswith(f"priced {n} kids as children"))
    return replace(later, children=state.children, toddlers=state.toddlers, checks=checks,
                   assumptions=notes)  # fmt: skip
