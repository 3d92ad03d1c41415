"""A night out named for its crowd, then that crowd counted by another word for the same people:
"hibachi for the boys this sat, 13 dudes", "a party for the girls, 11 ladies total". "The boys"
and "the girls" are what grown friends call themselves; when every group the message counts is
grown men (or grown women) and the crowd is named once, after "for the/my/our" and joined to no
one ("13 dudes and the boys", "the girls' kids" are not this), it is the counted group again,
no guests more. Any other count beside it ("10 dudes plus 3 kids") leaves it to the net."""

from __future__ import annotations

import re

_MEN = frozenset({"boys", "guys", "dudes", "men", "fellas", "bros", "gentlemen", "lads"})
_WOMEN = frozenset({"girls", "ladies", "women", "gals"})
# "hibachi for the boys, me n 9 of the fellas" (read "me n 9 friends"): the writer and friends
_ME_AND = re.compile(r"\bme\s*(?:and|n|&|\+)\s*\d{1,3}\s+(?:friends|buddies|homies|fellas|guys|bros)\b")
_FOR_THE = re.compile(r"\bfor\s+the\s+\Z")
_FOR = re.compile(r"\bfor\s+(?:the|my|our)\s+\Z")


def same_crowd(text: str, start: int, word: str, groups: set[str]) -> bool:
    """Whether `word` at `start` names for whom the night is, the grown group counted in `groups`
    by another word of the same crowd."""
    crowd = _MEN if word in _MEN else _WOMEN if word in _WOMEN else None
    if crowd is not None and not groups and _ME_AND.search(text) and _FOR_THE.search(
        text, max(0, start - 9), start
    ):  # "for the boys, me n 9 friends": the writer and friends are the crowd
        groups = {word}
    if crowd is None or not groups or not groups <= crowd or word not in ("boys", "girls"):
        return False
    after = text[start + len(word) : start + len(word) + 1]
    if len(re.findall(rf"\b{word}\b", text)) != 1 or after == "'":
        return False
    return bool(_FOR.search(text, max(0, start - 12), start))
