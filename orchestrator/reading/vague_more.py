"""People of no number said to come besides the counted, closing their clause: "15 adults chicken
and shrimp 95630 + a few more", "12 adults chicken shrimp 95823 and some more", "a couple more
people might come". How many more? With no count the total is a guess, so it is asked (round
q78f). "a few more chicken" is the vague quantity of a protein (checked apart); "a few more
questions" names no guests; a span a reader counted ("a couple more" read as 2) is explained."""

from __future__ import annotations

import re

from orchestrator.reading.checks import Covered
from orchestrator.reading.reasons import not_understood

Check = tuple[str, str]

_MORE = re.compile(
    r"\b(?:a few|a couple|some|several|a handful|a bunch)\s+(?:more|extra|others)"
    r"(?:\s+(?:people|ppl|guests|folks|adults|friends|family|of us))?"
    # the clause ends there, or says they come
    r"(?=\s*(?:[.,!?;)\n]|\Z|(?:lol|too|also|as well|coming|might|may|will|could|would|joining)\b))"
)


def vague_more(text: str, covered: Covered) -> list[Check]:
    """A check for each "a few more" of people in normalized `text` outside `covered`."""
    return [
        ("guests", not_understood(m.group(0), "people added of no number"))
        for m in _MORE.finditer(text)
        if m.span() not in covered
    ]
