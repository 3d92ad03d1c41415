"""Two hosts who each invite as many, with the total said: "a joint bday for me and my bestie,
we're each inviting 7 friends so 16 of us total". The writer and the one named with them are two,
each brings N, so the total must be 2 + 2 N; the hosts and the N are then the total explained and
hidden from the guest reader, which reads the said total. A total that is not 2 + 2 N ("each
inviting 7 so 15 total"), or no total said, is left to the net, which asks."""

from __future__ import annotations

import re

Span = tuple[int, int]

_OTHER = (
    r"(?:bestie|best\s+friend|bff|friend|sister|brother|cousin|twin|roommate|roomie|partner"
    r"|husband|wife|hubby|boyfriend|girlfriend|bf|gf|fiance|fiancee|coworker)"
)
_HOSTS_EACH = re.compile(
    rf"\bme\s+(?:and|&|n|\+)\s+my\s+{_OTHER}\b[^.!?\n\d]{{0,40}}?\b(?:we're|we\s+are|were|we'll"
    r"|we\s+will|both)\s+(?:both\s+|each\s+)?(?:each\s+|both\s+)?(?:inviting|bringing|having)\s+"
    r"(?P<who>(?P<each>\d{1,2})\s+(?:friends|people|ppl|guests))\b\s*(?:each\s*)?,?\s*(?:so|that's|thats"
    r"|=|making\s+it|which\s+makes)\s+(?:it's\s+|its\s+)?(?P<total>\d{1,3})\s+"
    r"(?:of\s+us|people|ppl|guests|adults)\b"
)


def hosts_each(text: str) -> list[Span]:
    """Spans of normalized `text` naming two hosts who each invite N before a total of 2 + 2 N:
    from the hosts to the count each brings."""
    if "each" not in text and "both" not in text:
        return []
    return [
        (m.start(), m.end("who"))
        for m in _HOSTS_EACH.finditer(text)
        if "each" in m.group(0)  # "we're both inviting 7": the same 7, maybe
        and int(m.group("total")) == 2 + 2 * int(m.group("each"))
    ]
