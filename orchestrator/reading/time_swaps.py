"""A time changed for another ("can we start at 6 instead of 5?", "around 7 not 6"): both numbers
are hours, no count of guests and no count a correction replaces (round q84i). Only after "at",
"by" or "around" and with no guest word after the time replaced ("at 6 instead of 5 people" stays
a count, asked)."""

from __future__ import annotations

import re

Span = tuple[int, int]

_TIME = r"\d{1,2}(?::\d\d)?\s*(?:am|pm)?"
_TIME_SWAP = re.compile(
    rf"\b(?:at|by|around)\s+{_TIME}\s+(?:instead of|not|rather than)\s+{_TIME}\b"
    r"(?!\s*(?:adults?|kids?|children|child|people|guests?|ppl|pax|persons|of\b))"
)


def time_swaps(text: str) -> list[Span]:
    """The spans of normalized `text`'s times changed for others."""
    if "at " not in text and "by " not in text and "around " not in text:
        return []
    return [m.span() for m in _TIME_SWAP.finditer(text)]
