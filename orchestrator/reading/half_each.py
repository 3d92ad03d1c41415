"""Two proteins each, "half and half" between the two proteins named: "Everyone gets 2 proteins,
half and half between chicken and NY strip". Whether each plate holds one of each or half the
guests have two of one and half two of the other, the portions are the same (one of each per
guest, as two proteins named without counts are read), so the words of the split are read.

Only with the catalog's two proteins a guest, "2 proteins" said right before, and exactly the two
proteins named right after, with no count, group or share of their own ("half and half between
chicken, shrimp and filet" or "2 proteins, half and half" with one named stays asked)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.asks import ProteinAsk

Span = tuple[int, int]

# "2 proteins, half and half between", "two proteins each - half & half of"
_SPLIT = re.compile(
    r"\b(?:2|two)\s+proteins?(?:\s+(?:each|apiece|per\s+(?:person|guest|head)))?\s*[,:;-]?\s*"
    r"(?P<words>half\s*(?:and|&|n|/)\s*half(?:\s+(?:between|of))?)\s+"
)
_JOIN = re.compile(r"\s*(?:and|&|\+|n|/)\s*")


def half_each(text: str, kept: Sequence[ProteinAsk], included: int) -> list[Span]:
    """The span of the "half and half" words in normalized `text`, when they split two proteins
    each between the two proteins named; else none."""
    if "half" not in text or included != 2 or len(kept) != 2:
        return []  # speed: the cheap gate first
    m = _SPLIT.search(text)
    first, second = sorted(kept, key=lambda a: a.start)
    if m is None or first.start != m.end() or not _JOIN.fullmatch(text, first.end, second.start):
        return []
    if any(a.portions is not None or a.half or a.rest or a.share or a.group or a.extra for a in kept):
        return []
    return [m.span("words")]
