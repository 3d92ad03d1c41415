"""A party's size plus the kids said by who they are and how old ("party of 2 + 1 (our daughter,
she's 8)", "dinner for 3 + 1 (our son, he's 10)"): the first number is the grown-ups, the one
added is the child the bracket names, priced by the age told. Only one son or daughter with one
age; twins ("2 + 2 (our twins, they're 7)") are counted by the twins' own reader, and anything
else ("2 + 3 (the kids)") is left to the other readers and the safety net."""

from __future__ import annotations

import re
from dataclasses import dataclass

from orchestrator.catalog import Catalog
from orchestrator.reading.age_bands import band

Span = tuple[int, int]

_ONE = r"(?:daughter|son|boy|girl|kid|child|grandson|granddaughter|niece|nephew)"
_PLUS_AGED = re.compile(
    r"\b(?:party of|dinner for|table for|for)\s+(\d{1,2})\s*(?:\+|plus)\s*(1)\s*\(\s*(?:our|my)\s+"
    rf"(?:(?:little|lil|youngest|oldest)\s+)?({_ONE})\s*,\s*"
    r"(?:she|he)\s*(?:'s|is)\s+(\d{1,2})\s*\)"
)


@dataclass(frozen=True)
class PlusAged:
    """The grown-ups said first, the kids added, their band and the span read."""

    adults: int
    kids: int
    band: str
    span: Span


def party_plus_aged(text: str, catalog: Catalog) -> PlusAged | None:
    """The one "party of A + B (our daughter, she's 8)" of normalized `text`, if the bracket names
    B kids of one age; None when there is none or more than one."""
    found = list(_PLUS_AGED.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    return PlusAged(int(m.group(1)), 1, band(int(m.group(4)), catalog), m.span())
