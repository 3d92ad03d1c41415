"""A count said twice for emphasis ("we are 7 adults, only 7", "20 ppl (yes 20)", "just the 9 of
us, 9 total"): the second number is the first one again, not more guests. A repeat that differs
("7 adults, maybe 8") or that names something else after it ("7 adults, only 7 eating") is no
repeat and stays unplaced."""

from __future__ import annotations

import re
from collections.abc import Sequence

# what lies between the count (with its people word) and the repeat: a comma or a bracket, then a
# word of emphasis ("only", "just", "yes", "exactly")
_BETWEEN = re.compile(
    r"\s*(?:(?:adults?|people|ppl|guests|persons|pax|grown ?ups|of us|total)\s*)?"
    r"[,(\-]\s*\(?\s*(?:(?:yes|yep|yeah|yup|only|just|exactly|that'?s|thats|i said|so)\s+){1,2}"
)
# what may follow the repeat before the sentence goes on: a people word, "total", a laugh
_AFTER = re.compile(
    r"\s*(?:(?:total|in total|of us|people|ppl|guests|adults|persons|pax|lol|haha|!)\s*)*"
    r"(?:[).!,;:\n]|$)"
)


def emphasis_repeats(
    text: str, placed: Sequence[re.Match[str]], unplaced: Sequence[re.Match[str]]
) -> list[tuple[int, int]]:
    """Spans of the `unplaced` numbers that repeat the `placed` number just before them."""
    spans = []
    for number in unplaced:
        before = [p for p in placed if p.end() <= number.start()]
        if not before or before[-1].group(0) != number.group(0):
            continue
        if _BETWEEN.fullmatch(text, before[-1].end(), number.start()) and _AFTER.match(
            text, number.end()
        ):
            spans.append(number.span())
    return spans
