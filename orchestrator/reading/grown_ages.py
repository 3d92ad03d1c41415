"""The ages of guests said to be grown: "all adults, theyre all 18 lol", "all adults, they're all
18 or 19", "yeah all adults, all 21+" name how old the adults are (13 and over: no kid among
them), no count of guests. A younger age ("all adults, theyre all 12") is left to the net."""

from __future__ import annotations

import re

Span = tuple[int, int]

_GROWN_AGES = re.compile(
    # ("all adults" reads "0 kids" when normalized)
    r"(?:\ball\s+(?:adults|grown\s*ups|grownups)|\b0\s+kids)\b[\s,.;!-]*"
    r"(?:(?:they're|theyre|they\s+are|they\s+r)\s+)?"
    r"(?:all\s+|both\s+)?(?:over\s+|at\s+least\s+)?(\d{2})\+?(?:\s*(?:or|-|to|and|&)\s*(\d{2})\+?)?"
    r"(?!\s*(?:adults|grown|people|guests|ppl|of\b|kids|children|more|total))"
)


def grown_ages(text: str) -> list[Span]:
    """The spans of the ages told of guests said to be all adults, each 13 or over."""
    spans: list[Span] = []
    for m in _GROWN_AGES.finditer(text):
        ages = [int(a) for a in m.groups() if a]
        if all(13 <= a <= 99 for a in ages):
            spans += [m.span(i) for i in (1, 2) if m.group(i)]
    return spans
