"""A count of adults with its make-up in brackets after it ("10 adults (our 3 grown children,
their 3 spouses, the 2 of us, and my sister and her husband)"): the count is the party, the
bracket how it is made up. Only when every item of the bracket is read as grown-ups (a count, a
relation, the writer, a pair, "their spouses" as many again as the item before) and they add up to
the count exactly is the bracket blanked, so the count alone is read; a bracket that does not add
up, or holds an item not read, stays to the other readers and the net, which ask."""

from __future__ import annotations

import re

from orchestrator.reading.listed_parts import SEP, THEIR, grown_count

Span = tuple[int, int]

# a role or name after the writer with a bare comma may be the writer again ("me, the host")
_APPOSED = re.compile(
    r"\b(?:me|myself|us)\s*,\s*(?!and\b|plus\b|my\b|our\b|his\b|her\b|their\b|\d)[a-z]"
)
_BRACKETED = re.compile(r"\b(?P<n>\d{1,3})\s+(?:adults|grown-?ups)\s*\((?P<items>[^()\n]{5,200})\)")


def _items_sum(items: str) -> int | None:
    """The grown-ups every item of a bracket names, added up; None when an item is not read or
    no item holds a count."""
    cuts = [0, *(i for s in SEP.finditer(items) for i in s.span()), len(items)]
    parts = [items[a:b].strip() for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
    if len(parts) < 2 or any(not p for p in parts) or not re.search(r"\d", items):
        return None
    if _APPOSED.search(items):
        return None  # "6 parents and me, the host": one person or two? the other readers ask
    total, before = 0, None
    for part in parts:
        value = before if THEIR.fullmatch(part) else grown_count(part, None)
        if value is None:
            return None
        total, before = total + value, value
    return total


def bracketed_sum(text: str) -> list[Span]:
    """The spans of normalized `text` holding the bracketed make-up of a count of adults that adds
    up to it exactly (to be blanked so the count alone is read), or none."""
    if "adults (" not in text and "ups (" not in text:
        return []  # speed: the count and its bracket
    found = [m for m in _BRACKETED.finditer(text) if _items_sum(m.group("items")) == int(m.group("n"))]
    return [m.span("items") for m in found] + _grown_named_again(text, found)


# "our 3 grown children" inside a bracket that adds up: the writer's grown children counted there
_GROWN_KIN = re.compile(r"\b(?P<whose>our|my)\s+\d{1,2}\s+grown(?:-up)?\s+(?P<who>children|kids)\b")


def _grown_named_again(text: str, found: list[re.Match[str]]) -> list[Span]:
    """ "Our children would now like to host our 45th: 10 adults (our 3 grown children, ...)": the
    same words without a count elsewhere are those grown children again, no kids of the party
    (round q82h); their spans, to be blanked. Only the same possessive and word as the bracket's."""
    spans: list[Span] = []
    for m in found:
        for kin in _GROWN_KIN.finditer(m.group("items")):
            again = re.compile(rf"\b{kin.group('whose')}\s+{kin.group('who')}\b")
            spans += [a.span() for a in again.finditer(text) if not m.start() <= a.start() < m.end()]
    return spans
