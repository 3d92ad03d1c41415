"""The party's size said as a word of what the party is ("we're a 9 person startup", "our
12-person team"): the same people as the adult count said beside it, so the number is placed when
it equals that count (a size that differs stays asked: some of the team may not come)."""

from __future__ import annotations

import re

Span = tuple[int, int]

_SIZE = re.compile(r"\b(?:a|an|our|my|the)\s+(\d{1,3})\s*-?\s*(?:person|people|member|ppl)\b")


def party_size_spans(text: str, adults: int | None) -> list[Span]:
    """The spans in normalized `text` of each party size equal to the `adults` counted."""
    if adults is None:
        return []
    return [m.span(1) for m in _SIZE.finditer(text) if int(m.group(1)) == adults]
