"""Who the adults a follow-up adds are, named as one household after the count: "another 5
adults, the Tran household is coming too", "add 4 adults - the Lopez family is joining". The
count says how many; the household says who, no guests of its own. Without the count before it
("the Smiths are coming too") nothing is explained and the coverage check asks how many."""

from __future__ import annotations

import re

Span = tuple[int, int]

_ADDED_HOUSEHOLD = re.compile(
    r"(?:\b(?:add(?:ing)?|another|plus)\s+(?:another\s+)?\d{1,3}\s+(?:more\s+)?|\b\d{1,3}\s+more\s+)"
    r"(?:adults?|people|ppl|guests)\s*[,:;!.-]?\s*"
    r"(the\s+[a-z'-]+\s+(?:household|family|fam|clan|crew)\s+(?:is|are|will be|'s)\s+(?:also\s+|now\s+)?"
    r"(?:coming|joining(?: us)?|able to come|able to make it)(?:\s+(?:too|as well|now))?)\b"
)


def added_household(text: str) -> list[Span]:
    """The spans of normalized `text` naming the household a counted addition brings."""
    return [m.span(1) for m in _ADDED_HOUSEHOLD.finditer(text)]
