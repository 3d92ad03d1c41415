"""Kids named first, then counted and aged (round q80m): "what if we bring the kids too, 3 of
them, 5 8 and 11" is 3 kids of those ages, written "3 kids" (padded to the same length, so every
span holds) for the kid readers. Only when as many ages follow as the count says; "maybe add the
kids" (how many?) or "the kids, 3 of them" with no ages or other ages is left to the checks."""

from __future__ import annotations

import re

_KIDS_OF_THEM = re.compile(
    r"\bthe\s+(?:kids|children|kiddos|little ones)(?:\s+too|\s+as well)?\s*[,?!.:-]?\s*"
    r"(?P<count>\d{1,2})\s+of\s+(?:them|em)\b"
    r"(?P<ages>\s*[,:]?\s*(?:ages?\s+|aged\s+|they'?re\s+|they are\s+)?"
    r"\d{1,2}(?:(?:\s*,\s*|\s*&\s*|\s+and\s+|\s+)\d{1,2})*)(?!\s*(?:\d|adults?|kids?|people|guests|%))"
)
_AGE = re.compile(r"\d{1,2}")


def kids_of_them(text: str) -> str:
    """`text` (normalized) with "the kids too, 3 of them, 5 8 and 11" written "3 kids, 5 8 and 11"
    (same length) when the ages after it are as many as the count; else unchanged."""
    if " of " not in text:
        return text  # speed
    for m in _KIDS_OF_THEM.finditer(text):
        if len(_AGE.findall(m.group("ages"))) != int(m.group("count")):
            continue
        said = f"{m.group('count')} kids"
        text = text[: m.start()] + said.ljust(m.start("ages") - m.start()) + text[m.start("ages") :]
    return text
