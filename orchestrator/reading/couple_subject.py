"""The writer and their partner as the subject of a sentence ("my wife and i are doing a vow
renewal for our 20th ... it's going to be us 2 plus our 3 kids ..."), counted later as "us 2" or
"the 2 of us": the two are the pair the later count names, no more guests. Their words are
explained (and hidden from the guest reader, which reads the later count); without such a count
of two the coverage check asks about them as before."""

from __future__ import annotations

import re

from orchestrator.reading.partners import PARTNER

Span = tuple[int, int]

# "my wife and i", "me and my husband" at the head of a clause, as its subject
_PAIR_SUBJECT = re.compile(
    rf"\b(?:(?:my|our)\s+{PARTNER}\s*(?:and|&|\+|n)\s*i|i\s*(?:and|&|\+|n)\s*my\s+{PARTNER})\b"
    r"(?=\s+(?:are|r|am|will|would|'re|were|want|wanna|have|had|just)\b)"
)
# the pair counted later: "us 2", "the 2 of us" (a list may follow it)
_TWO_OF_US = re.compile(r"\b(?:us\s+2|the\s+2\s+of\s+us)\b(?!\s*(?:adults|kids|more|and\s+\d))")


def couple_subject(text: str) -> list[Span]:
    """Spans of normalized `text` naming the writer and their partner as a subject, when "us 2" or
    "the 2 of us" later counts the two."""
    m = _PAIR_SUBJECT.search(text)
    if m is None or _TWO_OF_US.search(text, m.end()) is None:
        return []
    return [m.span()]
