"""Girls and boys at an occasion only adults hold (a bachelorette, a bachelor, a hen or a stag
party): there "girls" and "boys" are how friends name each other, so "12 girls" are women, "me +
9 of my girls" is the writer and 9 friends, not kids, and "2 of the girls" some of those friends.
Moved out of words.py (its normalisation runs `adult_occasion_words` at the same step) to keep
that module small. Takes lower-case text with number words already written as digits."""

from __future__ import annotations

import re

# Occasions only adults hold; there "girls" and "boys" are how friends name each other.
_ADULT_OCCASION = re.compile(r"\b(?:bach(?:elor(?:ette)?)?|hen|stag)\b")  # "bach party"
_GROWN = {"girls": "women", "boys": "guys"}
# "12 girls", "10 of us girls" (the writer among them, q83j)
_GIRLS_BOYS = re.compile(r"(?:(?<=\d )|(?<=\d of us ))(?:girls|boys)\b")
# "me + 9 of my girls", "me and 11 of the boys": the writer and that many of their friends (not "4
# of the girls are vegan", a part of a group counted before)
_WRITER_AND_SOME = re.compile(
    r"\b(me\s*(?:and|&|\+|n|plus)\s*\d{1,3}) of (?:my|the|our) (?=(?:girls|boys)\b)"
)
# "2 of the girls are bringing their moms", "4 of the boys are vegan": some of those friends,
# grown as they are
_SOME_OF = re.compile(r"\b(\d{1,3} of (?:the|my|our) )(girls|boys)\b")


def adult_occasion_words(text: str) -> str:
    """`text` with the girls and boys counted at an adult occasion written as women and guys, and
    "me + 9 of my girls" as "me + 9 girls" (then "9 women"); other text as it is."""
    if _ADULT_OCCASION.search(text):  # "12 girls" at a bachelorette are women, not kids
        text = _WRITER_AND_SOME.sub(r"\1 ", text)
        text = _SOME_OF.sub(lambda m: m.group(1) + _GROWN[m.group(2)], text)
        text = _GIRLS_BOYS.sub(lambda m: _GROWN[m.group(0)], text)
    return text
