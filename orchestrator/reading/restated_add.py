"""Grown-ups who join, told twice in one sentence: "2 more dads signed up so add 2 adults", "3 more
parents rsvp'd, please add 3 adults". The arrival and the request count the same people once:
the request ("add 2 adults") is read by the guest reader as adults added, and the arrival before
it is hidden from every count (`followups`), explained by it. When the two counts differ ("3 more
parents rsvp'd so add 2 adults") the arrival is hidden the same way and asked about."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

Span = tuple[int, int]

# who joins: grown-ups by a word of their own (never players, students or kids, who may be kids)
_GROWN = (
    r"(?:parents|parent volunteers|volunteers|dads|moms|mums|fathers|mothers|grandparents|grandmas|"
    r"grandpas|teachers|chaperones|coaches|adults|grownups|grown-ups|aunts|uncles|coworkers|"
    r"co-workers|colleagues|neighbors|neighbours|friends|guests|people|(?:mom|dad|mum|parent))"
)
_ARRIVAL = (
    r"(?:(?:just|also|have|has|now)\s+)?(?:rsvp'?d|rsvped|signed up|confirmed|said yes|"
    r"(?:are|is|will be)\s+(?:coming|joining)|can (?:come|make it))"
)
_RESTATED = gated(re.compile(
    rf"\b(\d{{1,3}})\s+more\s+{_GROWN}\s+{_ARRIVAL}\s*[,.!;-]*\s*(?:(?:so|and)\s+)?"
    r"(?:(?:please|pls|plz|can you|could you)\s+)?"
    r"(?=add\s+(\d{1,3})\s+(?:more\s+)?(?:adults?|grown-?ups)\b)"
))  # fmt: skip


def restated_adds(text: str) -> list[tuple[Span, str | None]]:
    """The arrivals of normalized `text` the request after them restates, each with a check when
    the two counts differ (None when they agree)."""
    found: list[tuple[Span, str | None]] = []
    for m in _RESTATED.finditer(text):
        told, asked = int(m.group(1)), int(m.group(2))
        why = None if told == asked else f"{told} more joining, but add {asked} adults: how many?"
        found.append((m.span(), why))
    return found
