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
_MISSING = re.compile(
    r"\b(?:missing|left out|left off|forgot|forgotten|(?:didn't|didnt|did not|don't|dont) "
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
    if not again:
        return later
    return replace(later, proteins=tuple(b for b in later.proteins if b not in again))
