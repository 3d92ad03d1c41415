"""Kids' ages split by slashes ("3 kids 4/7/10", "kids r 4/8", "2 kids, ages 3/8"), told from a
date ("sat 6/14", "on 7/4"): one rule for the reader, which writes them as ages
(`reading.written_ages`), and the date finder, which must then not take them for the party's date
(`dates`). Outside `reading` so that the date finder, which the web app loads, does not load the
reader."""

from __future__ import annotations

import re
from collections.abc import Sequence

# A kid word, then what may stand between it and the ages: a bracket, a colon, "are"/"r", "ages"
KID_LEAD = (
    r"\b(?:kids?|children|child|kiddos|boys|girls|grandkids|toddlers|little ones|ages|aged)"
    r"(?:\s*[:(-]\s*|\s+)(?:(?:are|r|ages?|aged)\s*:?\s*)?"
)
_LEAD_AT_END = re.compile(rf"{KID_LEAD}\Z", re.IGNORECASE)
# The lead says the numbers are ages: two of them may be split by one slash
_AGE_WORD_BEFORE = re.compile(r"\b(?:ages?|aged|are|r)\s*:?\s*\Z", re.IGNORECASE)
_MAX_KID_AGE = 17  # a slash group with a larger part is a date or a year, never kids' ages


def ages_by_slashes(before: str, parts: Sequence[str]) -> bool:
    """Whether the slash group of `parts` ("4", "7", "10"), right after `before`, lists kids' ages:
    after a kid word, every part a kid's age, and two parts only after "ages" or "are" ("kids 4/7"
    alone may be the 4th of July)."""
    if _LEAD_AT_END.search(before) is None or any(int(p) > _MAX_KID_AGE for p in parts):
        return False
    return len(parts) > 2 or _AGE_WORD_BEFORE.search(before) is not None
