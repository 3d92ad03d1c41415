"""A person named only by a pronoun, joined to their own partner or kids ("he says him and his
wife will come too", "she and her husband are coming"): the partner is a guest the readers
count, the one the pronoun names is not (often the one whose words are passed on: a guest only
where the message says so, and here it is not sure whether they are counted already). A careful
person asks who it is and whether they are in the count (round q79l)."""

from __future__ import annotations

import re

from orchestrator.reading.checks import Covered
from orchestrator.reading.reasons import not_understood

Check = tuple[str, str]

_PAIR = re.compile(
    r"\b(he|she|him|her)\s+(?:and|&|\+|n)\s+(?:his|her)\s+(?:(?:new|\d{1,2})\s+)?"
    r"(?:wife|husband|hubby|partner|spouse|gf|bf|girlfriend|boyfriend|fianc\w*|kids?|sons?|"
    r"daughters?|boys?|girls?|family|date|plus[- ]?(?:1|one))\b"
)


def pronoun_pairs(text: str, covered: Covered) -> list[Check]:
    """A check for each pronoun of normalized `text` joined to their partner or kids, outside
    `covered`."""
    return [
        ("guests", not_understood(m.group(0), "a person named by a pronoun: who, and counted?"))
        for m in _PAIR.finditer(text)
        if m.span(1) not in covered
    ]
