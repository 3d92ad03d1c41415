"""Some guests described, then a swap asked for them by "they": "3 of the guys aren't vegan after
all, can they have ny strip instead of tofu?", "turns out 4 of the ladies don't eat beef, can they
have salmon instead of the ny strip?". The count opens the sentence's first clause, which says why
(a diet, a taste); the swap after ", can they have" is for those guests only, as "3 of the guys
want ny strip instead of tofu" is. Without this the swap was everyone's (or the count unplaced).

The clause between may hold no number and no word that brings people (a partner, "coming"):
"3 of the guys are bringing their wives, can they have ..." is left to the net."""

from __future__ import annotations

import re

Span = tuple[int, int]

_WHY = re.compile(
    r"(?:^|(?<=[.!?\n])\s*|(?<=[.!?\n]))\s*(?:(?:update|ok|okay|so|also|oh|turns out|btw|actually)\b"
    r"[\s,:!-]*)*"
    r"(\d{1,3})\s+of\s+(?:(?:the|my|our)\s+[a-z-]+|us|them|em|those)\b([a-z' ]{0,50}?)\s*,\s*"
    r"(?:so\s+)?(?:can|could)\s+(?:they|those|them)\s+(?:have|get|do|switch to|swap to)\s+(?:the\s+)?$"
)
# words that bring or count people, or take a change back: not a reason, left to the net
_NOT_WHY = re.compile(
    r"\b(?:bring\w*|com\w*|join\w*|plus|wives|wife|husbands?|partners?|dates?|kids?|more|extra|"
    r"add\w*|also|too|instead|not coming|left|leav\w*|can't make|cant make)\b"
)


def reason_swappers(text: str, start: int) -> tuple[int, Span] | None:
    """How many guests a swap starting at `start` is for, when a sentence counts and describes
    them just before ("3 of the guys aren't vegan after all, can they have"), and the span read."""
    floor = max(0, start - 110)
    m = _WHY.search(text[floor:start])
    if m is None or _NOT_WHY.search(m.group(2)):
        return None
    return int(m.group(1)), (floor + m.start(1), start)


# "The adults want filet instead of chicken, the kids keep chicken": a swap for one age group
# named right before it, as "filet instead of chicken for the adults only" is; asked as a question
# too ("could the adults have filet instead of chicken?", "can the adults get ...")
_GROUP_WANTS = re.compile(
    r"(?:^|(?<=[.!?\n,])\s*)(?:(?:and|but|ok|okay|so|also)\s+)?"
    r"(?:(?P<asked>can|could)\s+)?(?:the\s+|all\s+the\s+)?"
    r"(adults|grown-?ups)\s+(?:all\s+)?(?:(?:would|'d)\s+(?:like|prefer)|want|prefer|"
    r"(?(asked)(?:have|get)|(?:can|could)\s+(?:have|get)))\s+(?:the\s+)?$"
)


def group_swappers(text: str, start: int) -> tuple[str, Span] | None:
    """The adults as the group a swap starting at `start` is for, named just before it ("the
    adults want filet instead of chicken"), and the span read ("the kids want" is left to the
    net: a party with no kids counted would keep its order unflagged)."""
    floor = max(0, start - 40)
    m = _GROUP_WANTS.search(text[floor:start])
    if m is None:
        return None
    return "adults", (floor + m.start(2), start)
