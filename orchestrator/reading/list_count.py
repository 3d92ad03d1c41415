"""A count of adults said of the writer's own list, the same people once: "quote for 2 adults?
just me and my wife" (the count first), "my husband and me, our 3 children (22, 19 and 16), my
parents and my husband's parents. That's 9 adults" (the count after, said as the list's sum).
A count after the list said as no sum ("me and my wife, plus 2 adults from next door") is more
people, left to the other readers."""

from __future__ import annotations

import re

from orchestrator.reading.alternation import alternation
from orchestrator.reading.words import ADULT_WORDS

_COUNT = re.compile(rf"\b(\d{{1,3}})\s+(?:{alternation(ADULT_WORDS)})\b")
# what makes a count after the list its sum: "that's 9 adults", "so 6 adults", "= 5 adults"
_SUM_BEFORE = re.compile(
    r"(?:\bthat'?s|\bthat\s+is|\bthats|\bso|\bmakes?|\bmaking|\bwhich\s+is|\btotal(?:\s+of)?|=)"
    r"\s*(?:a\s+total\s+of\s+|all\s+)?\Z"
)

# "... plus my brothers gf. 6 adults lol": a count opening the sentence right after the list
_OPENING = re.compile(r"[.!?\n]\s*\Z")


def list_counted_again(text: str, span: tuple[int, int], adults: int, *, opening: bool = False) -> bool:
    """Whether the counts of adults in normalized `text` all say `adults`, the adults of the
    writer's list at `span`, each before the list or after it as its sum (with `opening`, a count
    opening the sentence after the list is its sum too: "me, my 2 brothers, ... 6 adults lol")."""
    found = False
    for m in _COUNT.finditer(text):
        if int(m.group(1)) != adults or span[0] <= m.start() < span[1]:
            return False
        before = text[max(0, m.start() - 24) : m.start()]
        if m.start() >= span[1] and not (
            _SUM_BEFORE.search(before) or opening and _OPENING.search(before)
        ):
            return False
        found = True
    return found
