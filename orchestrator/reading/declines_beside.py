"""Guests who declined, told beside the count of those who said yes: "we have 21 adults confirmed
(3 declined)", "25 adults rsvpd yes, 2 declined". The count is who comes; those who declined are
not counted and leave nothing to ask. (An RSVP tally by its answers, "27 yes, 5 no", is
`who_numbers`'.)"""

from __future__ import annotations

import re

Span = tuple[int, int]

# a count said to be the yeses, then at once (in brackets or after a comma) those who said no
_NO = r"(?:declined|said no|rsvp'?d no|rsvped no|sent regrets)\b\s*\)?"
_DECLINED_BESIDE = re.compile(
    r"\b\d{1,4}\s+(?:adults?|people|guests|ppl)\s+(?:(?:have|are|who)\s+)?"
    r"(?:confirmed|rsvp'?d(?:\s+yes)?|rsvped(?:\s+yes)?|said yes|accepted)"
    # ("36 adults confirmed and the other 4 declined": by "and" alone too)
    r"\s*(?:\(\s*|[,;-]\s*(?:and\s+|but\s+)?|\s(?:and|but)\s+)"
    rf"((?:the\s+(?:other|remaining)\s+)?\d{{1,3}}\s+(?:(?:have|who)\s+)?{_NO})"
    # "18 adults, the remaining 2 said no": "the remaining" (or "the other") says they are not of
    # the count before, with no "confirmed" ("20 adults, 2 declined" may be 18: left to the checks)
    rf"|\b\d{{1,4}}\s+(?:adults?|people|guests|ppl)\s*(?:[,;-]\s*(?:and\s+|but\s+)?|\s(?:and|but)\s+)"
    rf"(the\s+(?:other|remaining)\s+\d{{1,3}}\s+(?:(?:have|who)\s+)?{_NO})"
)


def declined_beside(text: str) -> list[Span]:
    """Spans of normalized `text` telling who declined beside the count of who comes."""
    if "declined" not in text and " no" not in text and "regrets" not in text:
        return []  # speed: most messages tell no decline
    return [m.span(1) if m.group(1) else m.span(2) for m in _DECLINED_BESIDE.finditer(text)]
