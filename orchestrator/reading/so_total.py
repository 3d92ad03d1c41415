"""People listed one by one, then the adults they come to ("it'll be us, my parents and 2 other
couples, so 8 adults"): the total counts them all, so the relations listed before it in its
sentence are among them, not guests to ask about. Not when the list names anyone who may be a kid
("me, my sister and her son, so 3 adults": is the son one of them?) or the total goes on with
kids ("so 8 adults and 2 kids": the reader's own count), and not of a hedged total."""

from __future__ import annotations

import re

from orchestrator.reading.sentences import sentence_start

Span = tuple[int, int]

_SO_TOTAL = re.compile(
    r"[,;-]\s*(?:so|which\s+makes|that\s+makes)\s+(?:that'?s\s+|thats\s+|it'?s\s+|its\s+|we'?re\s+"
    r"|were\s+|we\s+are\s+)?(?:\d{1,3})\s+(?:adults|grown-?ups|grownups)\b(?:\s+(?:total|in all|"
    r"altogether))?(?!\s*(?:,|and|\+|&|plus|with)?\s*(?:\d|a\s|an\s|one\s|some|the|our|my|kids))"
)
# anyone of the list who may be a kid, and words that make the total unsure
_YOUNG = re.compile(
    r"\b(?:kids?|child|children|sons?|daughters?|bab(?:y|ies)|toddlers?|grandkids?|grandsons?|"
    r"granddaughters?|grandchild(?:ren)?|nephews?|nieces?|boys?|girls?|teens?|little|lil|infants?|"
    r"twins|maybe|about|around|or|approx\w*|\d{1,2}\s*(?:yo|y/o|yrs?|years?|mo)|ages?|aged)\b"
)


def listed_before_total(text: str) -> list[Span]:
    """The stretch of each sentence before a ", so N adults" closing a list of grown-ups."""
    spans = []
    for m in _SO_TOTAL.finditer(text):
        start = sentence_start(text, m.start(), ".!?\n")
        stretch = text[start : m.start()]
        if "," not in stretch and not re.search(r"\b(?:and|&|\+|n)\b", stretch):
            continue  # no list, one clause ("we are hosting, so 8 adults")
        if _YOUNG.search(stretch):
            continue
        spans.append((start, m.start()))
    return spans
