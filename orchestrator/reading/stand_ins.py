"""Guests who come in the place of couples dropping out, said in the same sentence: "one of the
couples cant make it but another couple is coming instead", "2 of the couples cant make it but my
in-laws are coming in their place", "one couple cant make it anymore but 2 other couples are
coming". The couples out are read by `couples_out` (2 guests each); those coming are as many more:
another couple 2, "N other couples" twice N, a pair of the writer's own (parents, in-laws,
grandparents) 2; so the order's count is the earlier one less the couples and plus them. Left
unread, the couples out alone gave a confident count short of those coming (round q82a).

Anyone else said to come there ("but some of my cousins are coming instead", "my brother's family
is coming"): how many, of what age, is not said, and is asked."""

from __future__ import annotations

import re
from collections.abc import Sequence

Span = tuple[int, int]

_WORDS = {"two": 2, "three": 3, "four": 4}
# who comes in their place, counted: a couple, couples by number, the writer's own pair
_COUNTED = (
    r"(?P<couple>another\s+couple|a\s+(?:new|different)\s+couple|one\s+more\s+couple)"
    r"|(?P<n>\d|two|three|four)\s+(?:other|more|new|different)\s+couples"
    # "2 other couples", written "4 adults" by the normalizing before the reading
    r"|(?P<adults>\d{1,2})\s+(?:(?:other|more|new|different)\s+)?adults"
    r"|(?P<pair>(?:my|our)\s+(?:parents|in-?laws|grandparents|folks))"
)
# where the counted ones come from ("another couple from our group", "2 other couples from
# church", round q86d): who they are, no more people
_FROM = r"(?:\s+from\s+(?:(?:our|the|my)\s+)?[a-z]+(?:\s+[a-z]+){0,2}?)?"
# after the couples out: a join, who, a word of coming, and "instead" or "in their place"
_COMING = re.compile(
    r"\s*(?:,\s*)?(?:but|and|so)?\s*(?:now\s+)?(?:(?P<who>(?:" + _COUNTED + r")" + _FROM + r")"
    r"|(?P<other>[a-z' ]{2,60}?))"
    r"\s+(?:is|are|r|will\s+be)\s+(?:coming|joining(?:\s+us)?)"
    r"(?:\s+(?:instead|in\s+their\s+(?:place|spot)|now))?\b"
)

# someone said farther on in the sentence to come in their place ("but another couple that we
# know from the bible study group is coming instead"): who and how many are not read, so asked
# rather than left out (the couples out alone gave a confident short count, round q86d)
_FARTHER = re.compile(
    r"[^.!?\n]{0,100}?\b(?:coming|joining|come|join)\b[^.!?\n]{0,30}?"
    r"\b(?:instead|in\s+their\s+(?:place|spot))\b"
)


def stand_ins(text: str, outs: Sequence[tuple[int, Span]]) -> list[tuple[int, Span, str]]:
    """(guests more, span, check) for those said to come right after couples dropping out in
    normalized `text` (`outs`: their guests and spans, from `groups_out`); a check and no count
    when who comes is not counted."""
    found = []
    for _, (_, end) in outs:
        m = _COMING.match(text, end)
        if m is None:
            far = _FARTHER.match(text, end)
            if far is not None:
                found.append((0, far.span(), "who comes in their place: how many, and their ages?"))
            continue
        if m.group("who") is None:
            who = m.group("other").strip()
            found.append((0, m.span(), f"'{who}' coming: how many, and their ages?"))
        elif m.group("adults"):
            found.append((int(m.group("adults")), m.span(), ""))
        elif m.group("n"):
            n = m.group("n")
            found.append((2 * (_WORDS.get(n) or int(n)), m.span(), ""))
        else:
            found.append((2, m.span(), ""))
    return found
