"""Kids counted as coming along ("oh and 4 kids are coming too, ages 10, 8, 6 and 3", "2 more kids
coming as well"): the words of coming say only that the counted kids come, so the count explains
them. Whether the kids add to kids counted before, or are all of them, is the conversation's to
ask (the message adds); the words are not explained beside anything but a count of kids."""

from __future__ import annotations

import re

from orchestrator.reading.alternation import alternation
from orchestrator.reading.words import KID_WORDS, TODDLER_WORDS

Span = tuple[int, int]

_KIDS = alternation((*KID_WORDS, *TODDLER_WORDS))
# the count, its kid word, then words of coming only ("are also coming too", "r coming as well";
# after "more", "too" is said by it: "2 more kids are joining")
_COMING = re.compile(
    rf"\b\d{{1,3}}\s+(?:(?P<more>more)\s+|other\s+)?(?:{_KIDS})\s+(?:(?:are|r|will be|also|now)\s+)*"
    r"(?:coming|joining(?:\s+us)?|coming along)(?P<too>\s+(?:too|as well))?\b"
)


def kids_coming(text: str) -> list[Span]:
    """The spans of counted kids said to be coming too (or more kids coming) in normalized `text`."""
    return [m.span() for m in _COMING.finditer(text) if m.group("more") or m.group("too")]
