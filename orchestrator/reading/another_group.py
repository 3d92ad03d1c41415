"""One more group of a party told by groups, with its size in brackets (round q81p): "3 families,
4 adults in each", then "a 4th family is coming too, same size (4 adults)". The group's own count
is the people it adds, written "4 more adults" so the follow-up reader adds them. Only a group
word, a definite word of coming and a bracketed count of adults with nothing else in it; "another
family might come (4 adults)" or a family of no count is left to the net, which asks."""

from __future__ import annotations

import re

_ANOTHER = re.compile(
    r"\b(?:another|1\s+more|an?\s+(?:extra|additional|\d{1,2}(?:st|nd|rd|th)))\s+"
    r"(?:family|couple|household|group)\s+(?:is|will\s+be|'s)\s+(?:coming|joining(?:\s+us)?)"
    r"(?:\s+(?:too|also|as\s+well))?\s*[,:-]?\s*(?:(?:the\s+)?same\s+size\s*)?"
    r"\(\s*(?P<count>\d{1,2})\s+(?P<who>adults|grown-?ups)\s*\)"
)


def another_group_as_count(text: str) -> str:
    """Normalized `text` with "a 4th family is coming too, same size (4 adults)" written as "4
    more adults"."""
    if "(" not in text:
        return text
    return _ANOTHER.sub(lambda m: f"{m.group('count')} more {m.group('who')}", text)
