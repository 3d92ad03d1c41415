"""The writer said to be outside the count they give: "12 adults besides me", "12 adults excluding
me", "10 of us, not counting me", "8 guests other than myself". The party is the count and the
writer, but the count's own words may be all adults ("12 adults") or of no age ("10 of us": kids
among them?), and "us" outside it is of no number: a check, never the count alone priced (that
was one guest short, round q82u). "12 adults including me" or "plus me" say it the other way and
are read as they always were (`totals`, `honoree`)."""

from __future__ import annotations

import re

from orchestrator.reading.alternation import alternation
from orchestrator.reading.checks import Covered
from orchestrator.reading.reasons import not_understood
from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS

Check = tuple[str, str]

_GUEST = alternation((*ADULT_WORDS, *KID_WORDS, *PEOPLE_WORDS))
# a count, its guest word or "of us", then the words leaving the writer out of it
_LEFT_OUT = re.compile(
    rf"\b\d{{1,3}}\s*(?:(?:{_GUEST})\b|of\s+us\b)(?:\s+total)?\s*[,(-]?\s*"
    r"((?:besides|excluding|excl\.?|not\s+(?:counting|including|incl\.?)|other\s+than|apart\s+from"
    r"|except(?:\s+for)?|aside\s+from|on\s+top\s+of|in\s+addition\s+to)\s+(?:me|myself|us|ourselves))\b"
)


def writer_left_out(text: str, covered: Covered) -> list[Check]:
    """A check for each count in normalized `text` said to leave the writer (or "us") out,
    where no reader explained the words."""
    return [
        ("guests", not_understood(m.group(1), "the writer outside the count"))
        for m in _LEFT_OUT.finditer(text)
        if m.span(1) not in covered
    ]
