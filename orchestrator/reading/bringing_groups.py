"""The writer's group counted before some of it brings a plus-one ("10 of us and 3 bring a date",
"me n 14 of my teammates (friends) ... 3 of them bring"): a group the plus-ones are not part of,
so they add to it. Split from `guests` by size."""

from __future__ import annotations

import re

from orchestrator.reading.choosers import LIST_BRINGS

Span = tuple[int, int]

# "10 of us", "me n 14 friends" (no kids: "me and 3 kids, 2 of them are bringing a date" asks)
_US = re.compile(
    r"\b\d{1,4}\s+of us\b|\bme\s+(?:n|and|&|\+)\s+\d{1,3}\s+"
    r"(?!(?:kid|child|son|daughter|grandkid|teen|girl|boy))[a-z]+s\b" + LIST_BRINGS  # ", 2 of em bring"
)


def bringing_groups(text: str, brought_spans: list[Span]) -> list[int]:
    """Where each such group starts in normalized `text`, outside the plus-ones' own words
    (`brought_spans`)."""
    return [
        m.start() for m in _US.finditer(text) if not any(s <= m.start() < e for s, e in brought_spans)
    ]
