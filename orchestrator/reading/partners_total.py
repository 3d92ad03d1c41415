"""A group and their partners right before the count of adults they make ("staff appreciation
dinner for the teachers + their husbands, 22 adults total", "for our volunteers and their wives,
26 adults total"): the count is who they are, all grown-ups, so the partners named are among it,
no one to ask about. With no count of adults right after ("15 adults ... plus their wives") or a
part added after the count ("22 adults + the kids") it stays the coverage check's."""

from __future__ import annotations

import re

from orchestrator.reading.partners import PARTNERS

Span = tuple[int, int]

_PARTNERS_THEN_TOTAL = re.compile(
    r"\b(?:the|our|my|all(?:\s+(?:the|our|my))?)\s+[a-z]+s\s*(?:\+|&|\band\b|\bplus\b|\bn\b|\bwith\b|w/)\s*"
    rf"(?:their\s+)?(?:{PARTNERS}|plus[- ]ones)"
    r"[^\S\n]*[,:-]?[^\S\n]*\d{1,3}[^\S\n]+(?:adults|grown-?ups)\b"
    r"(?:[^\S\n]+(?:total|in total|altogether|in all))?(?![^\S\n]*(?:\+|plus\b|and\b|&|\())"
)


def partners_in_total(text: str) -> list[Span]:
    """Spans of normalized `text` naming a group and their partners right before the adults they
    make ("the teachers + their husbands, 22 adults total")."""
    if "their" not in text and "spouses" not in text and "partners" not in text:
        return []  # speed
    return [m.span() for m in _PARTNERS_THEN_TOTAL.finditer(text)]
