"""Guests who declined, told beside the count of those who said yes: "we have 21 adults confirmed
(3 declined)", "25 adults rsvpd yes, 2 declined". The count is who comes; those who declined are
not counted and leave nothing to ask. So do an RSVP tally's noes beside its yeses when the count read
is the yeses ("27 yes, 5 no ... please quote the 27, all adults")."""

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


# An RSVP tally by its answers ("RSVPs are closed: 27 yes, 5 no, no maybes left", "22 yes / 3
# no / 0 maybe"): the yeses are who comes when the count read is theirs; the others are not guests
_TALLY = re.compile(
    r"\b(\d{1,4})\s+(?:yes|yeses|yes'?s)\s*[,;/]\s*\d{1,3}\s+(?:no|nos|no'?s)\b"
    # (none undecided: "2 maybe" after it is a number left to ask about)
    r"(?:\s*[,;/]\s*0\s+(?:maybes?|maybe'?s)\b)?"
)


def yes_tally(text: str, adults: int | None) -> list[Span]:
    """Spans of the RSVP tallies of normalized `text` whose yeses are the `adults` counted."""
    if adults is None or " yes" not in text:
        return []
    return [m.span() for m in _TALLY.finditer(text) if int(m.group(1)) == adults]
