"""The grown child a dinner is for, called a college kid: "Welcome home dinner for our college kid
back for fall break 🍂 12 adults", "dinner to send off our college kid before he heads back to
school, 10 adults". A college student is grown, and the one the party is for, named before the
count of the whole party, is inside it as "a going away party for our son, 10 adults" is; so the
word "kid" there counts no kid and is hidden from the guest reader (round q86b).

Only one college kid, named as whom the party is for (after "for", "send off", "welcome home",
"celebrating"), and only when the message counts the party as a whole ("12 adults", "8 adults
total", "14 people"); a kid of no age ("for our kid back from camp"), "college kids" of no ages and
anyone joined to the honoree ("+ his 3 little cousins") are left to the readers and the net.
Takes the normalized, lower-case text."""

from __future__ import annotations

import re

Span = tuple[int, int]

_HONOREE = re.compile(
    r"\b(?:for|send(?:ing)?\s+off|see(?:ing)?\s+off|welcom(?:e|ing)(?:\s+(?:home|back))?|"
    r"celebrat(?:e|ing)|honou?ring|surpris(?:e|ing))\s+(?:our|my)\s+"
    r"(?:college|university|uni)(?:[- ]age[d]?)?\s+(kid|kiddo)\b(?!['\u2019s])"
)
# the party counted as a whole: "12 adults", "14 people", "8 adults total", "10 of us"
_WHOLE = re.compile(r"\b\d{1,4}\s+(?:adults|people|ppl|guests|of us|total)\b")


def college_honoree(text: str) -> list[Span]:
    """The span of the word "kid" in "for our college kid" in normalized `text` when the party is
    counted as a whole: the grown child the party is for, inside the count."""
    if "college" not in text and "uni" not in text:
        return []  # speed: rarely said
    found = list(_HONOREE.finditer(text))
    if len(found) != 1 or not _WHOLE.search(text, found[0].end()):
        return []
    return [found[0].span(1)]
