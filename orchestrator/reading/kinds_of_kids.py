"""Kids of a kind told with their ages: "14 of our drumline kids (all 15-17)", "12 swim team kids
(all 15-18)". The words before "kids" say which kids (a team, a class), the bracket their ages,
so the count reads as "14 of our kids (all 15-17)" does: teens by their ages, priced as adults
(round q86a). Words that change the count ("more", "other", "extra") stay, and so does a group
with no ages or one age not said of all ("12 team kids (9)"), left to the kid readers."""

from __future__ import annotations

import re

# one or two words of which kids, none that adds, excepts or joins
_WHICH = r"(?:(?!(?:more|other|extra|additional|new|of|and|the|plus|with|or|n|our|my)\b)[a-z]+\s+){1,2}"
_KINDED = re.compile(
    rf"\b(?P<count>\d{{1,3}})\s+(?P<whose>of\s+(?:my|our|his|her|their)\s+)?{_WHICH}"
    r"(?P<word>kids|children|teens|teenagers)"
    r"(?=\s*\(\s*(?:all\s+(?:ages?\s*)?|ages?\s*:?\s*)\d{1,2}"
    r"(?:\s*(?:-|to|and|&)\s*\d{1,2})?\s*(?:yrs?|years?(?:\s+old)?|yo|y/o)?\s*\))"
)


def kinds_of_kids(text: str) -> str:
    """Lower-case `text` with the words of which kids dropped before an age bracket said of them
    all ("14 of our drumline kids (all 15-17)": "14 of our kids (all 15-17)"); else unchanged."""
    if "(" not in text:
        return text
    return _KINDED.sub(lambda m: f"{m['count']} {m['whose'] or ''}{m['word']}", text)
