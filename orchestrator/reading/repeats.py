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


# "she's only 4", "hes just 5", "she just turned 3": a kid's age said again by a pronoun
_AGE_AGAIN = re.compile(
    r"\b(?:she|he)(?:'s|s|\s+is)?\s+(?:(?:only|just|barely|literally|still)\s+)?(?:turned\s+)?"
    r"(\d{1,2})(?:\s*(?:years?|yrs?)(?:\s*old)?|\s*yo)?(?=\s*(?:[.!?,;)\n]|$|lol\b|haha\b))"
)
# the age of a kid named by it ("my 4 year old", "my 5 yo")
_AGE_UNIT = re.compile(r"\s*(?:-\s*)?(?:years?|yrs?|yo|y/o|y\.o\.)")


def age_repeats(
    text: str, placed: Sequence[re.Match[str]], unplaced: Sequence[re.Match[str]]
) -> list[tuple[int, int]]:
    """Spans of the `unplaced` numbers that say again, by a pronoun, the age of a kid the message
    named by it and the reading placed ("you counted my 4 year old as kids price, shes free
    right? shes only 4": one kid of 4, round q84i)."""
    if "he" not in text:
        return []
    ages = {p.group(0) for p in placed if _AGE_UNIT.match(text, p.end())}
    spans = []
    for m in _AGE_AGAIN.finditer(text):
        told = [p for p in placed if p.group(0) == m.group(1) and p.end() <= m.start()]
        if m.group(1) in ages and told and any(m.span(1) == n.span() for n in unplaced):
            spans.append(m.span(1))
    return spans
