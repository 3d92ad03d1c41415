"""The child an occasion is for, named with an age in brackets ("para la primera comunión de mi
hija (8 años): ... tres niños de 6, 8 y 10 años", "first communion for my son (8): ... 3 kids ages
6, 8 and 10"): whose event it is, when the kids' ages counted hold that age, one of those kids, no
guest more (as "my daughter is turning 7" beside the kids counted). An age the counted kids do not
hold, or kids of no ages, leave the words to the checks, which ask."""

from __future__ import annotations

import re
from collections.abc import Sequence

Span = tuple[int, int]

# "of my daughter (8 yrs)", "for our son (7)", "de mi hija (8 yrs)" (after the normalizing)
_OCCASION_CHILD = re.compile(
    r"\b(?:of|for|de)\s+(?:my|our|mi|nuestr[oa])\s+(?:daughter|son|hija|hijo)\s*"
    r"\(\s*(\d{1,2})\s*(?:yrs?|years?|yo|y/o|anos|años)?(?:\s*old)?\s*\)"
)


def honoree_among(text: str, kid_ages: Sequence[int]) -> list[Span]:
    """The spans of such children whose age is among `kid_ages` (those of the kids counted)."""
    if "(" not in text:
        return []  # speed: the cheap gate
    return [m.span() for m in _OCCASION_CHILD.finditer(text) if int(m.group(1)) in kid_ages]
