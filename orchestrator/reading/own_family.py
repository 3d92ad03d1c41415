"""The writer's own household as one item of a list of households under a heading that counts
them ("hosting Tet for 3 families this year. The Lys are 6 adults, ..., and our family is 4
adults"; "our neighbors 2 adults + 3 kids"): "our family" is the household the count right
after it gives, not more guests. Read
only where the heading's list stands (its counts of adults as many as the households)."""

from __future__ import annotations

import re

Span = tuple[int, int]

# "our family is 4 adults", "my family = 3 adults": the household and its count of adults; one
# named by whose it is ("our neighbors 2 adults + 3 kids", "my sister's family: 2 adults", "my
# parents - 2 adults"): that household too, its count right after it
_OWN = re.compile(
    r"\b(?:our|my)\s+(?:(?:family|household|fam)\s+(?:is|are|=|:|will\s+be)"
    r"|(?:(?:next[- ]door\s+)?neighbou?rs|(?:[a-z]+'s\s+)?(?:family|household|fam)|parents|"
    r"in-?laws|grandparents)\s*(?:are|=|:|,|-)?)\s*(?=\d{1,3}\s+adults\b)"
)


def own_family(text: str) -> list[Span]:
    """Spans of normalized `text` naming the writer's household right before its count of adults."""
    return [m.span() for m in _OWN.finditer(text)]


# "2 adults and 2 kids, plus my brother's family: 2 adults": someone's group labelled after a word
# that adds, its count more guests (round q84g; read as a correction, the first 2 adults were lost)
_JOINED_LABEL = re.compile(r"(?:\+|\bplus)\s*(?:my|our|his|her|their)\s+[a-z' -]{0,40}:[ \t]*\Z")


# "...: 4 adults (already counted)", "(included)": the group is in the count before, not added
_COUNTED_BEFORE = re.compile(
    r"\d{1,3}\s+[a-z]+\s*[(,-]?\s*(?:already\s+(?:counted|included|in\s+the\s+count)|included|incl\b)"
)


def joined_label(text: str, start: int) -> bool:
    """Whether the count at `start` of normalized `text` follows someone's group labelled after
    "plus" or "+" ("plus my brother's family: 2 adults"), not said to be counted already ("...:
    4 adults (already counted)": read as added, 4 too many with no flag, round q84o)."""
    if _COUNTED_BEFORE.match(text, start):
        return False
    return bool(_JOINED_LABEL.search(text, max(0, start - 60), start))
