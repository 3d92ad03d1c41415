"""A swap for some guests said with its count before the new protein (round q84o): "change the
chicken for 4 people to tofu", "switch the shrimp for 6 of them to lobster" are written "change
the chicken to tofu for 4 people", the order the swap readers know ("change the chicken to filet
for 5 people"). Read as written, "for 4 people" was the party's count: 4 adults at the minimum,
no flag."""

from __future__ import annotations

import re

_SOME = (
    r"for\s+\d{1,3}\s+(?:people|ppl|guests|adults|kids|of\s+(?:us|them|the\s+(?:guests|adults|kids)))"
)
_FOR_SOME_FIRST = re.compile(
    r"\b((?:change|switch|swap|replace|sub)\s+(?:out\s+)?(?:(?:the|our)\s+)?[a-z]+(?:\s+[a-z]+)?)"
    rf"\s+({_SOME})\s+((?:to|for|with|into)\s+[a-z]+(?:\s+[a-z]+)?)\b"
)


def change_for_some(text: str) -> str:
    """Normalized `text` with "change the X for N people to Y" written "change the X to Y for N
    people"."""
    if "for " not in text:
        return text  # speed
    return _FOR_SOME_FIRST.sub(r"\1 \3 \2", text)
