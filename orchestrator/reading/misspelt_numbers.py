"""A number word misspelt before a guest word ("tweleve adults", "fourty people", "fiften guests"):
written as the number word it is close to, by fuzzy matching (rapidfuzz, as the catalog's words
are) with a high cutoff, so that the number-word reader counts it. A common English word
("thirsty adults", "there kids") is left as written."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz, process

_BEFORE_GUESTS = re.compile(
    r"\b[a-z]{5,10}\b(?=\s+(?:adults?|grownups|kids|children|people|guests|ppl|teens|of us)\b)"
)
# "tweleve"/"twelve" scores 92, "fourty"/"forty" 91; "eigth"/"eight" (80) and "sevral"/"seven" are
# left (asked about as words not understood)
_CUTOFF = 85.0


def misspelt_numbers(text: str, names: Sequence[str], common: Callable[[str], bool]) -> str:
    """Lower-case `text` with each word of 5 to 10 letters right before a guest word that is not
    one of the number words `names`, nor a `common` English word, but is close to one of them,
    written as that number word."""

    def fix(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in names or common(token):
            return token
        best = process.extractOne(token, names, scorer=fuzz.ratio, score_cutoff=_CUTOFF)
        return token if best is None else str(best[0])

    return _BEFORE_GUESTS.sub(fix, text)
