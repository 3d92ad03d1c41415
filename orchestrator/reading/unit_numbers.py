"""A unit's number before the group it names ("troop 55 parents dinner", "Den 7 families"): the
unit's name, never a count. Hidden from the guest reader, so the count said elsewhere ("..., 16
adults") is the party's; with no other count the headcount is asked."""

from __future__ import annotations

import re

from orchestrator.reading.named_numbers import NAME_WORDS

Span = tuple[int, int]

# the organisations named by number that reading.named_numbers knows, and youth and team units
_UNITS = rf"{NAME_WORDS}|troop|pack|den|unit|team"
# a unit word, its number, then a word for the unit's people who are no count of their own
# ("parents", "families", "leaders"); a people word after the number ("station 12 adults") is left
# to the name-or-count check
_UNIT_GROUP = re.compile(
    rf"\b(?:{_UNITS})\s?(?:#\s?)?(\d{{1,4}})\s+"
    r"(?=(?:parents|families|moms|dads|leaders|scouts|cubs|volunteers|booster|class)\b)"
)
_UNIT_WORD = re.compile(rf"\b(?:{_UNITS})\b")


def unit_numbers(text: str) -> list[Span]:
    """The spans of a unit's number right before its people ("troop 55 parents dinner")."""
    if not _UNIT_WORD.search(text):  # one cheap test: the unit words are rare
        return []
    return [m.span(1) for m in _UNIT_GROUP.finditer(text)]
