"""A group of people of no number listed beside people counted: "11 players (all 15-16) + 2
coaches + their parents", "18 cubs (all 7-10), 5 den leaders + parents", "12 players, 3 coaches
and the families". A careful person asks how many they are; a reader that counts the numbers
beside them and lets the group's word pass states a total short of the party (set 183 fu011, read
as 13 with no check: round q85e).

Only right after a count of people in the same sentence, joined to it ("+", ",", "and", "plus"),
and only when no number follows in the sentence (a count said for them later, "and their parents,
6 of them", or a total, "and their parents, so 30 people", is for the readers of counts)."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated
from orchestrator.reading.reasons import not_understood

_WHO = r"(?:parents|families|moms\s+(?:and|&|n)\s+dads|moms|dads|siblings|parents\s+and\s+siblings)"
_UNCOUNTED = gated(re.compile(
    r"\b\d{1,3}\s+(?:[a-z-]+\s+){0,2}?[a-z]+s\b(?:\s*\([^)\n]*\))?"  # "2 coaches", "18 cubs (all 7-10)"
    r"\s*(?:,\s*(?:and\s+|&\s+|\+\s*)?|\+\s*|&\s*|\s(?:and|plus|with)\s+)"
    rf"(?:(?:their|the|some|all\s+the|all\s+their|our)\s+)?(?P<who>{_WHO})\b"
    r"(?P<rest>[^.;!?\n]*)"
))  # fmt: skip


def uncounted_groups(text: str) -> list[tuple[str, str]]:
    """A check for each group of people of no number joined to a count in normalized `text`."""
    checks: list[tuple[str, str]] = []
    for m in _UNCOUNTED.finditer(text):
        if re.search(r"\d", m.group("rest")):
            continue  # "and their parents, 6 of them": counted after
        checks.append(("guests", not_understood(m.group("who"), "a group of no number beside a count")))
    return checks
