"""People a stated total of adults says it holds, named after it ("we'll be 24 adults total,
abuela included", "12 adults in all, mom included"), and the writer's family that asks for a
party whose total the message states ("my family and I would like a quote ... we'll be 24 adults
total"): the total counts them, so they are no guests to ask about. A total of no band ("10 people
total, my son included": a kid?) or with no word of a total ("12 adults, mom included" may be
said of a count before more are added) names no one here."""

from __future__ import annotations

import re

Span = tuple[int, int]

_TOTAL = r"\b\d{1,3}\s+(?:adults|grown-?ups)\s+(?:total|in total|in all|altogether|all together)"
# "24 adults total, abuela included", "12 adults in all (mom included)": one person or a pair
_INCLUDED = re.compile(
    _TOTAL + r"\s*[,(-]?\s*(?P<who>(?:(?:my|our|his|her|the)\s+)?[a-z]+(?:\s+(?:and|&)\s+"
    r"(?:(?:my|our|his|her|the)\s+)?[a-z]+)?)\s+(?:included|incl\.?|counted|too)\b"
)
# The writer and their family asking ("my family and I would like a quote", "me and my family are
# planning"), at the message's start
_FAMILY_ASKS = re.compile(
    r"\A\W*(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))\b[^.!?\n]{0,20}[,.!\n]\s*)?"
    r"(?P<who>(?:my|our)\s+family\s+(?:and|&)\s+(?:i|me)|me\s+(?:and|&)\s+my\s+family)\s+"
    r"(?:would|want|are|'re|need|will|were)\b"
)
# The total the family is: "we'll be 24 adults total", "12 adults in all"
_WE_TOTAL = re.compile(
    r"\b(?:we(?:'ll| will)? be|we'?re|we are|there will be|it'?ll be|it will be)\s+" + _TOTAL[2:]
    + r"|" + _TOTAL
)


def named_in_total(text: str) -> list[Span]:
    """Spans of the people a stated total of adults holds, in normalized `text`."""
    spans = [m.span("who") for m in _INCLUDED.finditer(text)]
    family = _FAMILY_ASKS.search(text)
    if family and _WE_TOTAL.search(text, family.end()):
        spans.append(family.span("who"))
    return spans
