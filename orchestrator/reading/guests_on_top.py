"""Guests joined to a group of members ("wine club night 10 members and 10 guests", "8 members
plus 6 guests"): the guests a club's members bring are plainly other people than the members, so
the party is the sum. Only a group whose word names who belongs ("members", "employees",
"coworkers", "teammates", ...) counts; "10 adults and 10 guests" or "10 people and 10 guests" may
be the same people counted twice and stays asked (module `added_total`)."""

from __future__ import annotations

import re

Span = tuple[int, int]

# right before the guests' number: the members counted, then a word that adds
_MEMBERS = re.compile(
    r"\b(\d{1,3})\s+(?:club\s+|team\s+|board\s+|church\s+|lodge\s+)?"
    r"(?:members|employees|coworkers|co-workers|teammates|colleagues|volunteers|residents)"
    r"\s*,?\s*(?:and|plus|\+|&)\s*(?:their\s+)?\Z"
)
_GUESTS = re.compile(r"\d{1,3}\s+guests\b")


def guests_on_top(text: str, spans: list[Span], adults: int | None, kids: int) -> bool:
    """Whether the one guest total of normalized `text` (its `spans`, read by
    `totals.guest_totals`) is guests joined to members counted among the `adults`, with no kids
    said: guests on top of the members, not the party's size."""
    if adults is None or kids or len(spans) != 1:
        return False
    start, end = spans[0]
    if not _GUESTS.fullmatch(text, start, end):
        return False
    members = _MEMBERS.search(text, max(0, start - 60), start)
    return members is not None and int(members.group(1)) == adults
