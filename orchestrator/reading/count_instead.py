"""A new guest count asked for with "instead" ("could we do 36 adults instead? 3 more couples
from the block want in"): the count said takes the place of the order's, nothing of the order
taken out, so the negation word is read. Whether the new count is the one the conversation
checks ("3 more couples" after 30 is 36) is the other readers'. Beside a protein in the same
sentence ("can we do filet for 20 people instead") it stays the coverage check's.

Guests going somewhere else ("half the kids are going to a sleepover instead", round q81p): the
"instead" is where they go in place of the party, nothing of the order replaced by it; who is out
is the count readers' (`elsewhere_instead`)."""

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


# "are going to a sleepover instead", "is heading to her dad's instead": people going elsewhere
_GOING_ELSEWHERE = re.compile(
    r"\b(?:are|is|r|'re|'s|will\s+be)\s+(?:going|heading|off)\s+(?:to|over\s+to)\s+"
    r"[^\d.,;!?\n]{1,30}?\s+$"
)


def elsewhere_instead(text: str, start: int, end: int, order_word: re.Pattern[str]) -> bool:
    """The word "instead" at `start`-`end` of normalized `text` closes where guests go in place of
    the party ("half the kids are going to a sleepover instead"), naming no food."""
    if text[start:end] != "instead":
        return False
    begin = sentence_start(text, start)
    going = _GOING_ELSEWHERE.search(text, begin, start)
    return going is not None and not order_word.search(text, begin, start)


# "drop it to 10 adults", "drop down to 12 people": a new count said with "drop" (round q85m)
_DROPPED_TO = re.compile(
    r"\s+(?:it\s+|that\s+|us\s+|the\s+count\s+)?(?:down\s+)?to\s+\d{1,4}\s+"
    r"(?:adults|grown ?ups|people|ppl|guests|persons|pax)\b"
)
DROPPED_TO = "dropped_to"  # the check's field: settled when the count is below the order's


def count_dropped_to(text: str, start: int, end: int) -> bool:
    """The word "drop" at `start`-`end` of normalized `text` lowers the guest count to the one
    right after it ("same as b4 but drop it to 10 adults"): no food taken off. Whether the count
    is below the order's (and so a drop) is the conversation's: `DROPPED_TO` until then."""
    return text[start:end] in ("drop", "lower") and bool(_DROPPED_TO.match(text, end))
