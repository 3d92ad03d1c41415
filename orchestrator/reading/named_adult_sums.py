"""Groups named each with a count of adults, then the writer's sum of them ("Engineering 12 adults,
Sales 8 adults, HR 4 adults, so 24 adults total"): the total is the count, the parts are how it is
made up (not three counts of one word, a correction to ask about). Only when the parts add up to
the total said right after them; else the other readers ask."""

from __future__ import annotations

import re

Span = tuple[int, int]

# "engineering 12 adults", "front office 4 adults": one or two words naming the group, its adults
_PART = r"[a-z&'-]+(?:\s+[a-z&'-]+)?\s+(\d{1,3})\s+adults"
_PART_RE = re.compile(_PART)
_SEP = r"\s*(?:[,;+&]|\band\b|\bplus\b)\s*(?:and\s+)?"
_SUMMED = re.compile(
    rf"\b({_PART}(?:{_SEP}{_PART})+)\s*,?\s*(?:so\s+(?:that'?s\s+|thats\s+|it'?s\s+)?|=\s*"
    r"|that'?s\s+|thats\s+)(?P<total>\d{1,3})\s+adults\b"
)


def named_adult_sums(text: str) -> list[Span]:
    """The spans of normalized `text` holding groups named with their adults that add up to the
    total the writer states right after them (to be blanked so the total alone is read)."""
    if text.count(" adults") < 3:
        return []  # speed: two parts and their total each say "adults"
    spans: list[Span] = []
    for m in _SUMMED.finditer(text):
        parts = [int(p.group(1)) for p in _PART_RE.finditer(m.group(1))]
        if len(parts) >= 2 and sum(parts) == int(m.group("total")):
            spans.append(m.span(1))
    return spans
