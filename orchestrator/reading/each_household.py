"""A list of households under words that say each comes with its own people, no number of them:
"Each household is bringing their own crew:\nThe Nguyens are 4 adults, the Garcias are 3 adults +
2 kids (8 and 11), and us, 5 adults and our youngest who is 4." The adults of each household are
summed (12), as under "3 families:". Only when every count of adults after the heading is said
of a household named once ("the Nguyens", "us"), two at least; a count of no household ("..., 5
adults") or a household named twice (a correction?) leaves the counts to the check, which asks."""

from __future__ import annotations

import re

from orchestrator.reading.alternation import alternation
from orchestrator.reading.words import ADULT_WORDS

_HEADING = re.compile(
    r"\b(?:each|every)\s+(?:household|family|fam)\b[^.:!?\n\d]{0,50}(?::|[.!]\s*\n)"
)
_ADULT = alternation(ADULT_WORDS)
_COUNT = re.compile(rf"\b\d{{1,3}}\s*(?:{_ADULT})\b")
# Whose count it is: "the Nguyens are", "the Garcias", "us,", "and us -", "ours is"
_WHOSE = re.compile(
    r"(?:\bthe\s+(?P<name>[a-z]+(?:s|es))|\b(?P<us>us|ours|we)|\bour\s+(?:family|household|fam))"
    r"\s*(?P<verb>are|is|r|'re|:|,|-)?\s*\Z"
)


def each_household_list(text: str) -> bool:
    """Whether a list of households under an "each household" heading stands: two counts of
    adults or more, each of a different household named right before it."""
    heading = _HEADING.search(text)
    begin = heading.end() if heading else 0
    seen: set[str] = set()
    stated = 0  # households by name that the words say are so many ("the Lees are 4 adults")
    counts = list(_COUNT.finditer(text, begin))
    for m in counts:
        whose = _WHOSE.search(text, max(begin, m.start() - 30), m.start())
        if whose is None:
            return False
        name = whose.group("name") or "us"
        if name in seen:
            return False
        seen.add(name)
        stated += bool(whose.group("name") and whose.group("verb") in ("are", "r", "'re"))
    # with no heading, two households at least said by their family name to be so many ("the
    # Lees are 4 adults ..., the Wongs are 6 adults, and us, 3 adults"; "the Lees 2 adults, the
    # Kims 2 adults" or "the Parks: 3 adults" lines: in all, or a correction? asked)
    return len(counts) >= 2 and (heading is not None or stated >= 2)
