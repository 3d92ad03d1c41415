"""The one holder of a team's or a class's office, listed with the grown-ups counted after the
team: "12 players (all 8-9), the coach and 5 parents" is 6 adults, "26 students (all 9-10), the
teacher and 6 parent volunteers" 7. "The coach" of the team counted is one person, an adult by
role, so the count after it is written one more ("6 parents", padded to the same length so every
span holds) for the guest reader; parent volunteers are parents.

Only right after a counted team or class in the same sentence ("N players ..., the coach and N
parents"), and only with a count of grown-ups after it: "the coach and his wife" or "the coaches
and 5 parents" (how many?) are left to the readers and the net."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

_TEAM = r"(?:players|students|kids|swimmers|scouts|girls|boys|campers|dancers|athletes|gymnasts|graders)"
_OFFICE = r"(?:coach|head coach|teacher|instructor|scoutmaster|troop leader|den leader)"
_LONE = gated(re.compile(
    rf"(\b\d{{1,3}}\s+{_TEAM}\b[^.;!?\n]*?,\s*)the\s+{_OFFICE}\s+(?:and|&|\+|plus)\s+(\d{{1,2}})\s+"
    r"(parents|parent volunteers|adults|chaperones)\b"
))  # fmt: skip
_WORD = {"parent volunteers": "parents"}


def lone_role(text: str) -> str:
    """Normalized `text` with "the coach and 5 parents" after a counted team written "6 parents"
    (same length); else unchanged."""
    if " the " not in text:
        return text  # speed: the office is named with "the"
    for m in reversed(list(_LONE.finditer(text))):
        said = f"{int(m.group(2)) + 1} {_WORD.get(m.group(3), m.group(3))}"
        start = m.end(1)
        text = text[:start] + said.ljust(m.end() - start) + text[m.end() :]
    return text
