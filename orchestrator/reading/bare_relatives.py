"""Relatives a follow-up counts with no "my" before them and their ages after ("oh and 2 siblings
are coming, they're 4 and 7"): the kids their ages say, rewritten as "2 kids" for the guest
reader ("my 2 nephews" stays for the relations' reader)."""

from __future__ import annotations

import re

Span = tuple[int, int]

# the count opens the words ("and 2 siblings", "oh 2 cousins", ". 2 nephews"): no owner before it
_BARE_COUNT = re.compile(r"(?:^|[^a-z'\s]\s*|\b(?:and|oh|plus|also)\s+)\d{1,2}\s+\Z")


def as_kids(text: str, start: int, end: int) -> list[tuple[Span, str]]:
    """The rewrite of the relation word at `start`..`end` as "kids" (same length) when a bare
    count stands right before it; none otherwise."""
    if not _BARE_COUNT.search(text, max(0, start - 8), start):
        return []
    return [((start, end), "kids".ljust(end - start))]
