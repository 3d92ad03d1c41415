"""A guest's age told again with the band it puts them in, in a follow-up: "lol yes my nephew is 13
so he's an adult now", "she's 12 so she counts as a kid". The age is one the order has among its
kids' ages and the band the one that age gives: nothing changes, so it is read as a move of a
guest from that band to the same band (`conversation` settles it when the order has a guest of
that age in that band; a first message, or an age the order lacks, keeps the check and asks).
A band that is not the age's ("he's 12 so he's an adult") is left to the checks."""

from __future__ import annotations

import re

from orchestrator.catalog import Catalog
from orchestrator.reading.age_bands import band

_SAID = re.compile(
    r"\b(?:is|'s)\s+(?P<age>\d{1,2})(?:\s*(?:yrs?|years?)(?:\s+old)?)?\s*,?\s+so\s+(?:he|she)\s*"
    r"(?:'s|is|counts\s+as|is\s+counted\s+as|should\s+count\s+as)\s+(?:an?\s+)?"
    r"(?P<band>adult|grown-?up|kid|child)\b(?:\s+(?:now|then|already|too))?"
)
_BANDS = {"adult": "adults", "grown-up": "adults", "grownup": "adults", "kid": "children",
          "child": "children"}  # fmt: skip


def band_confirmed(text: str, catalog: Catalog) -> list[tuple[int, str, tuple[int, int]]]:
    """(age, band, span) of each age told again with the band it gives in normalized `text`."""
    if " so " not in text:
        return []
    found = []
    for m in _SAID.finditer(text):
        age = int(m.group("age"))
        if band(age, catalog) == _BANDS[m.group("band")]:
            found.append((age, band(age, catalog), m.span()))
    return found
