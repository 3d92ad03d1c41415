"""Extra portions the customer says the quote left out (round q80g): "I think the 6 extra salmon
for the table are missing from the quote?" after asking for "6 extra salmon on top" and a quote
without them. The extras named are the order's own, said again, not 6 more: an extra the order
has already (the same protein and count) is kept once."""

from __future__ import annotations

import re
from dataclasses import replace

from orchestrator.reading.inquiry import Inquiry

# "are missing from the quote", "you left out the extras", "forgot the 6 extra salmon", "didn't
# include", "not on the quote"
# "forgot" only as ours ("you forgot the 5 extra chicken", "forgot the extras?"), not the writer's
# own ("i forgot to say, add 4 extra shrimp"), which orders them
_MISSING = re.compile(
    r"\b(?:missing|left out|left off|forgotten|(?<!\bi )(?<!\bwe )(?<!\bi also )forgot(?!\s+to\s+"
    r"(?:mention|say|ask|tell)\b)|(?:didn't|didnt|did not|don't|dont) "
    r"(?:include|see|have)|not (?:on|in|included in) (?:the|your|my) quote|not included)\b"
)


def said_missing(text: str) -> bool:
    """Whether normalized `text` says something is missing from the quote."""
    return _MISSING.search(text) is not None


def extras_restated(state: Inquiry, later: Inquiry) -> Inquiry:
    """`later` without the extra portions `state` has already (same protein, same count) when
    `later` says they are missing from the quote."""
    if not later.missing:
        return later
    had = {(a.protein, a.portions) for a in state.proteins if a.extra}
    again = [b for b in later.proteins if b.extra and (b.protein, b.portions) in had]
    # "you forgot the 6 extra chicken" after 5 asked for, or extras never asked for: said missing,
    # they are not the order's own, and taken as more they were priced on top (round q80n)
    other = [b for b in later.proteins if b.extra and b not in again]
    if other:
        why = f"{other[0].portions} extra {other[0].protein} said missing: " + (
            "the order had other extras" if had else "none were asked for before"
        ) + ", how many extra portions?"
        return replace(later, checks=(*later.checks, ("proteins", why)))
    if not again:
        return later
    return replace(later, proteins=tuple(b for b in later.proteins if b not in again))
