"""People named before a total of adults that says whom it includes ("for my daughter and her
suitemates, 8 adults total incl. me and my husband"): the total counts everyone, all of them
adults, so the people named before it in its sentence are among them, not guests to ask about.
Who a total is, told right after it ("16 adults total, thats all his friends from work + me and
his dad"), is inside it too. A total without "total" ("6 adults incl. me") or of people of no
band ("10 people total incl. me": is "my son" a kid?) names no one inside it here."""

from __future__ import annotations

import re

from orchestrator.reading.double_date import double_date
from orchestrator.reading.named_inside import named_inside
from orchestrator.reading.partners_total import partners_in_total
from orchestrator.reading.parts_to_total import parts_to_total
from orchestrator.reading.sentences import sentence_start
from orchestrator.reading.so_total import listed_before_total
from orchestrator.reading.total_named import named_in_total

Span = tuple[int, int]

_TOTAL_INCLUDING = re.compile(
    r"\b\d{1,3}\s+(?:adults|grown-?ups)\s+(?:total|in total|altogether|in all)\s*[,(-]?\s*"
    r"(?:incl\.?|including|counting)(?=\s)"
)
# "16 adults total, thats all his friends from work + me and his dad": who the total is, after it
_TOTAL_IS = re.compile(
    r"\b\d{1,3}\s+(?:adults|grown-?ups)\s+(?:total|in total|altogether|in all)\s*[,-]?\s*"
    r"(?:that'?s|thats|which is|it'?s|its)\s+(?:all\s+|just\s+)?(?=[a-z])"
)
_STOPS = ".;!?\n"


def inside_total(text: str) -> list[Span]:
    """The stretch of each sentence before a total of adults said with whom it includes."""
    spans = []
    for m in _TOTAL_INCLUDING.finditer(text):
        start = sentence_start(text, m.start())
        spans.append((start, m.start()))
    for m in _TOTAL_IS.finditer(text):
        ends = [i for c in _STOPS if (i := text.find(c, m.end())) != -1]
        spans.append((m.end(), min(ends, default=len(text))))
    spans += named_inside(text)  # "26 adults including linda and her husband"
    spans += named_in_total(text)  # "24 adults total, abuela included"
    spans += partners_in_total(text)  # "for the teachers + their husbands, 22 adults total"
    spans += double_date(text)  # "double date w my gf's sister and her bf so 4 of us"
    spans += listed_before_total(text)  # "us, my parents and 2 other couples, so 8 adults"
    return spans + parts_to_total(text)  # "6 mechanics + 2 front desk + me = 9 adults"
