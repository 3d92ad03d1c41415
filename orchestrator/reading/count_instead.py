"""A new guest count asked for with "instead" ("could we do 36 adults instead? 3 more couples
from the block want in"): the count said takes the place of the order's, nothing of the order
taken out, so the negation word is read. Whether the new count is the one the conversation
checks ("3 more couples" after 30 is 36) is the other readers'. Beside a protein in the same
sentence ("can we do filet for 20 people instead") it stays the coverage check's."""

from __future__ import annotations

import re

from orchestrator.reading.sentences import sentence_start

# the count right before "instead", nothing after it in the clause but the question's end
_COUNT_BEFORE = re.compile(r"\b\d{1,4}\s+(?:adults|grown ?ups|people|ppl|guests|persons|pax)\s*$")
_CLAUSE_END = re.compile(r"[^\S\n]*(?:[?.!,;\n]|$)")


def count_instead(text: str, start: int, end: int, order_word: re.Pattern[str]) -> bool:
    """The word "instead" at `start`-`end` of normalized `text` closes a new count of guests
    asked for ("could we do 36 adults instead?"), in a sentence naming no food."""
    if text[start:end] != "instead" or not _CLAUSE_END.match(text, end):
        return False
    begin = sentence_start(text, start)
    return bool(_COUNT_BEFORE.search(text, begin, start)) and not order_word.search(
        text, begin, start
    )
