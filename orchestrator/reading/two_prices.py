"""Two prices asked in one message: "how much for 10 adults chicken + shrimp, and how much if we
add the sake?". The order read has the sake (or the change) or not; a total for either alone would
answer one question as if it answered both (round q77j). So the message asks which order to price
(or both, which staff quote); the reader does not pick one."""

from __future__ import annotations

import re

_HOW_MUCH = r"\b(?:how\s+much|what(?:'s|s|\s+is|\s+would\s+be)\s+the\s+(?:total|price|cost))\b"
# the second price asked of a change: "how much if we add", "how much with the sake", "how much
# more to add the show"
_CHANGED = (
    r"(?:\s+(?:would|will|is)\s+(?:it|that)(?:\s+be)?)?(?:\s+more)?\s+"
    r"(?:if|with|w/|to\s+add|adding|for\s+adding|plus)\b"
)
_TWO = re.compile(
    rf"{_HOW_MUCH}[^?.;!\n]*?(?:\?\s*|[,;]?\s*(?:and|&)\s+|,\s*)(?:(?:and|also|then)\s+)?"
    rf"(?:how\s+much|what\s+(?:about|would\s+it\s+be)){_CHANGED}"
)


def two_prices(text: str) -> list[tuple[str, str]]:
    """A check when normalized `text` asks the price of an order and of it changed."""
    if not _TWO.search(text):
        return []
    return [("message", "two prices asked (with and without a change): which one, or both?")]
