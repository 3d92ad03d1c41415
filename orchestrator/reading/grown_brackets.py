"""A grown-up's own age in brackets right after them ("me (34), hubby (36), and 8 friends", "my
wife (41) and me (43) plus 10 friends"): who they are, no count. Blanked before the guest reader,
so the list reads as it would without the ages. Only a grown age (18 and over) after one person:
"my son (8)", "our son (18)" are left to the readers of kids' and honorees' ages."""

from __future__ import annotations

import re

Span = tuple[int, int]

# one person the writer names: the writer, a partner, a parent or grandparent (a son's or a
# sibling's age is the honoree's, which the readers of honorees use: "our son (18) and 5 of his
# classmates")
_PERSON = (
    r"(?:\bme|\bi|\bmyself|(?:\b(?:my|our|his|her)\s+)?(?:hubby|husband|wife|wifey|partner|boyfriend|"
    r"bf|girlfriend|gf|fiance|fiancee|mom|dad|mother|father|grandma|grandpa|nana|papa|aunt|uncle|"
    r"boss)\b)"
)
_GROWN_BRACKET = re.compile(
    rf"{_PERSON}\s*(\(\s*(?:1[89]|[2-9]\d|1[01]\d)\s*(?:y/?o|yrs?|years?(?:\s+old)?)?\s*\))"
)


def grown_brackets(text: str) -> list[Span]:
    """The spans of the brackets holding one grown person's age in normalized `text`."""
    if "(" not in text:  # one cheap test: the ages stand in brackets
        return []
    return [m.span(1) for m in _GROWN_BRACKET.finditer(text)]
