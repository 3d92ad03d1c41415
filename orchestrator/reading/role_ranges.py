"""A range of people counted by their role and said to be grown-ups (round q86j, 188 fz042 and
fz095): "We expect 25-30 volunteers, all adults", "Probably 25-30 staff, all adults". It is a
rough count, as "25-30 adults" is: asked how many exactly, and settled by the final count a later
message gives ("Final headcount came in at 28", "27 volunteers plus our principal, so 28
adults"). Read as the role's count alone, its low end stayed a number the order did not place,
which no later count answered."""

from __future__ import annotations

import re

# "25-30 volunteers, all adults", "20 to 25 staff (all adults)": the range, its role word, then
# the words that make them grown-ups
_ROLE_RANGE = re.compile(
    r"\b(\d{1,3})\s*(?:-|\u2013|to)\s*(\d{1,3})\s+([a-z]+)"
    r"(?=\s*[,(-]?\s*(?:all|everyone)\s+(?:are\s+)?(?:adults|grown-?ups)\b)"
)


def role_ranges(text: str) -> list[tuple[str, tuple[int, int]]]:
    """(the words said, their span) for each range of grown-ups by role in normalized `text`."""
    return [(m.group(0), m.span()) for m in _ROLE_RANGE.finditer(text)
            if int(m.group(1)) < int(m.group(2))]  # fmt: skip
