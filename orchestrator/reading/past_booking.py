"""The customer's earlier booking with the business told before this one (round q82h): "My husband
and I hired you in 2022 for our 40th anniversary.", "We had you out in May for my son's party
(about 30 people) and everyone still talks about it. This time it's smaller: 18 adults ...". The
sentence is the story of a past event: its people and its rough count are that party's, not this
one's, so it is blanked for the readers.

Only a whole sentence whose subject is the writer ("we", "I", "my husband and I") and whose verb
says they booked the business before ("hired you", "had you out", "used you", "booked you"), with
a time in the past ("in 2022", "in May", "last year", "a few years ago", "before") and no word
turning to this order ("this time", "now", "again"); only when it names no food or add-on of the
catalog ("we had you in May and loved the filet" says what this order may want), and when a guest
count is said outside it ("18 adults"), so the message still counts its party; otherwise it is
left to the readers, who ask."""

from __future__ import annotations

import re

Span = tuple[int, int]

# the writer as the subject: "we", "i", "my husband and i", "me and my wife"
_WRITER = (
    r"(?:we|i|(?:my|our)\s+(?:husband|wife|hubby|partner|fiance|fiancee|family)\s+and\s+i|"
    r"me\s+and\s+my\s+(?:husband|wife|hubby|partner))"
)
# the business booked: "hired you", "had you out", "had y'all over", "used you guys", "booked u"
_BOOKED = (
    r"(?:hired|had|used|booked)\s+(?:you|u|y'?all|your\s+(?:team|chef|company))"
    r"(?:\s+guys)?(?:\s+(?:out|over|come\s+out))?"
)
# a time in the past: "in 2022", "in may", "last year", "2 years ago", "before", "back in 2021"
_PAST = (
    r"\b(?:(?:back\s+)?in\s+(?:20\d\d|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|the\s+spring|the\s+summer|the\s+fall)|"
    r"last\s+(?:year|summer|spring|fall|winter|month|christmas)|"
    r"(?:a\s+few|a\s+couple(?:\s+of)?|\d)\s+(?:years|months)\s+ago|before)\b"
)
_SENTENCE = re.compile(
    rf"(?:\A|(?<=[.!?\n]))\s*(?P<story>{_WRITER}\s+(?:(?:already|once|also)\s+)?{_BOOKED}\b"
    r"[^.!?\n]*)[.!?]"
)
# the sentence turns to this order: "we had you out last year, this time it's 14 adults"
_PRESENT = re.compile(r"\b(?:this\s+(?:time|year|round)|now|again|next|upcoming|coming\s+up)\b")
# a guest count said outside the story: "18 adults", "10 of us", "party of 12"
_COUNT = re.compile(
    r"\b\d{1,3}\s+(?:adults|grown-?ups|guests|people|ppl|of\s+us)\b|\bparty\s+of\s+\d{1,3}\b"
)


def past_booking(text: str, food: re.Pattern[str]) -> list[Span]:
    """The spans of normalized `text` telling the writer's earlier booking with the business, to
    be blanked; `food` matches the catalog's foods and add-ons. None when a story names one, or when
    no guest count is said outside the stories."""
    if " you" not in text and " u " not in text and "y'all" not in text:
        return []  # speed: no business named
    spans = [
        m.span("story") for m in _SENTENCE.finditer(text)
        if re.search(_PAST, m.group("story")) and not food.search(m.group("story"))
        and not _PRESENT.search(m.group("story"))
    ]
    if not spans:
        return []
    rest = "".join(" " if any(a <= i < b for a, b in spans) else c for i, c in enumerate(text))
    return spans if _COUNT.search(rest) else []
