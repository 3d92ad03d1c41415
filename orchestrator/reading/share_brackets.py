"""A share of the party with its count told in brackets: "a third of us (4 ppl) want salmon, the
rest shrimp", "half of us (6) want lobster". The bracket restates how many the share is; read as a
count of guests it made the party 4 ("the counts do not add up") and left the share unplaced. It is
hidden from the guest reader, and from the rest of the reading only where it agrees with the share
of the party's paying guests (round q82q); a count that disagrees ("a third of us (5 ppl)" of 12),
a party with guests 5 and under (which share?), or one not counted stays in the text, asked."""

from __future__ import annotations

import re

from orchestrator.reading.guest_record import Guests

Span = tuple[int, int]

_SHARES = {"half": (1, 2), "a third": (1, 3), "one third": (1, 3), "1 third": (1, 3),
           "two thirds": (2, 3), "2 thirds": (2, 3), "a quarter": (1, 4), "one quarter": (1, 4),
           "a fourth": (1, 4), "three quarters": (3, 4), "3 quarters": (3, 4)}  # fmt: skip
# the share of the whole party ("of us", "of the group", or bare), then the bracket of its count
_SHARE_BRACKET = re.compile(
    r"\b(half|(?:a|one|1|two|2)[\s-]+thirds?|(?:a|one|three|3)[\s-]+quarters?|a[\s-]+fourth)\s+"
    r"(?:of\s+(?:us|them|em|everyone|everybody|the\s+(?:group|team|party|crew|guests))\s+)?"
    r"(\(\s*(?:that'?s\s+|so\s+|=\s*|~\s*)?(\d{1,3})\s*(?:ppl|people|guests|persons|of\s+us|of\s+them|adults)?\s*\))"
)


def share_brackets(text: str) -> list[tuple[Span, int, tuple[int, int]]]:
    """The brackets of normalized `text` that count a share of the party: each bracket's span,
    its count and the share (part, whole)."""
    out = []
    for m in _SHARE_BRACKET.finditer(text):
        share = _SHARES.get(re.sub(r"[\s-]+", " ", m.group(1)).removesuffix("s"))
        share = share or _SHARES.get(re.sub(r"[\s-]+", " ", m.group(1)))
        if share:
            out.append((m.span(2), int(m.group(3)), share))
    return out


def agreed_shares(text: str, guests: Guests) -> list[Span]:
    """Of `share_brackets`, the spans whose count is the share of the party's paying guests."""
    if guests.toddlers or guests.adults is None:
        return []
    paying = guests.adults + (guests.children or 0)
    return [span for span, n, (part, whole) in share_brackets(text)
            if paying * part % whole == 0 and n == paying * part // whole]  # fmt: skip
