"""A relative's family added to a count of adults and counted right after it by adults: "16
adults, plus my sister's family who lives up there, 3 adults", "12 adults + our cousin's family
of 4 adults". The family's words say whose the adults are; its count is more adults on top of the
count before the "plus", as "16 adults, plus 3 adults" says, so they are dropped and the count
kept. A family counted with no band ("my sister's family of 4": may be kids) or by kids is left
to the readers and the checks."""

from __future__ import annotations

import re

_FAMILY = re.compile(
    # the count the family is added to
    r"(?P<before>\b\d{1,3}\s+(?:adults|grown-?ups)\s*,?\s*(?:plus|\+|and\s+also|and)\s+)"
    # whose family, and a short clause of where they live ("who lives up there", "that lives nearby")
    r"(?P<family>(?:my|our)\s+[a-z]+(?:-in-law)?'?s?'?\s+(?:family|fam)"
    r"(?:\s+(?:who|that)\s+(?:[a-z']+\s+){0,4}?[a-z']+)?\s*(?:,|:|-|\(|\bof\b)\s*)"
    r"(?=\d{1,3}\s+(?:adults|grown-?ups)\b(?!\s+(?:and|&|\+|plus)\s+\d))"
)


def family_counted(text: str) -> str:
    """Normalized `text` with the words of a relative's family counted by adults after a count of
    adults dropped (one search when no "family" or "fam" is in the text)."""
    if " fam" not in text:
        return text
    return _FAMILY.sub(lambda m: m.group("before"), text)
