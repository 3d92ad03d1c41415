"""The other couple of a double date, then the total it makes: "double date at home w my gf's
sister and her bf 😅 so 4 of us" (the writer and their date, and the other two: 4), "triple date
with my brother and his wife and our neighbours, so 6 adults". The people named are inside the
total the writer says, not guests to ask about, when the total is the date's own (4 for a double,
6 for a triple); another total, or a kid word among them, is left to the net."""

from __future__ import annotations

import re

Span = tuple[int, int]

_DATE = re.compile(
    r"\b(double|triple)[- ]date\b[^.!?\n]{0,40}?\b(?:w/?|with)\s+"
    r"(?P<who>[^.!?\n\d]{3,60}?)\s*,?\s*(?:so|=|that'?s|thats|which makes|makes it)\s+"
    r"(?:(?:it'?s|we'?re|we are)\s+)?(\d)\s*(?:of us|adults|people|ppl|total|in total)?\b"
)
_YOUNG = re.compile(r"\b(?:kids?|children|child|son|daughter|baby|babies|toddlers?|nephews?|nieces?)\b")


def double_date(text: str) -> list[Span]:
    """The spans of the people named as a double (or triple) date's other couple(s) before the
    total that the date makes."""
    if "date" not in text:
        return []
    spans = []
    for m in _DATE.finditer(text):
        size = 4 if m.group(1) == "double" else 6
        if int(m.group(3)) == size and not _YOUNG.search(m.group("who")):
            spans.append(m.span("who"))
    return spans
