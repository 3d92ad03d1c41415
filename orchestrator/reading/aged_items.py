"""A kid of a list of ages named by who they are before their age ("3 kids (10, 7 and the baby
who is 1)", "kids 9, 6 and our youngest is 2"): the words blanked for the list reader, so the age
is read as one of the list's (the same length kept, so the spans stay where they were)."""

from __future__ import annotations

import re

# The item after an age and its separator: "the baby", "our youngest", "the little one" then its
# age ("who is" may come blanked by the prepass)
_NAMED_AGE = re.compile(
    r"(?:(?<=\d,)|(?<=\d, )|(?<=\d and )|(?<=\d & )|(?<=\d n ))\s*(?:the|our|my|his|her|their)\s+"
    r"(?:baby|little one|lil one|youngest|littlest|little guy|little man|baby girl|baby boy)"
    r"\s+(?:(?:who\s+is|who'?s|is|at)\s+)?(?=\d{1,2}\b(?!\s*(?:mo|months?)\b))"
)


def named_ages(rest: str) -> str:
    """`rest` (the words after a kid word) with the words naming a kid of its list of ages before
    that age blanked: "10, 7 and the baby who is 1" reads "10, 7 and" and the 1."""
    return _NAMED_AGE.sub(lambda m: " " * len(m.group(0)), rest)
