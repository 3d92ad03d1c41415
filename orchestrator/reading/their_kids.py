"""Kids counted as some of the grown-ups' own: "16 volunteers, all adults, + 5 of their kids",
"24 employees and 6 of their children", "me and my wife and 3 of our kids", "3 adult leaders, and
2 of the leaders' kids (5 and 8)". The count is that many kids coming beside the adults, written
"5 kids", which the kids' reader counts (and asks their ages when none are told). Only with
"their", "our", "my" or a possessive ("the leaders'") right before the kids' word: "5 of the
kids" is a part of kids counted before, which other readers place. Takes lower-case text with
number words written as digits."""

from __future__ import annotations

import re

# "2 of the leaders' kids", "3 of the coaches' children": a group's own kids, as "their" says
_THEIR_KIDS = re.compile(
    r"\b(\d{1,2}) of (?:their|our|my|the [a-z]+(?:s'|'s)) (kids|children)\b"
)


def their_kids(text: str) -> str:
    """`text` with "N of their kids" written "N kids"."""
    if " of " not in text:
        return text
    return _THEIR_KIDS.sub(r"\1 \2", text)
