"""Golf groups counted by their size ("mens golf league, 2 foursomes and a threesome so 11 of us",
"3 foursomes = 12 of us", "4 foursomes plus a twosome, 18 guys total"): a foursome is four
players, a threesome three, a twosome two. The list is read only where the count said right
after it is its sum: that count stands alone for the readers (the list written out), and whether
the players are grown-ups is the count's word ("of us", "guys", "adults"). A list with no count
after it, or one its sum does not make ("3 foursomes and a threesome so 14 of us"), is left as it
is: the unplaced numbers and the group words are the coverage net's (asked)."""

from __future__ import annotations

import re

_SIZES = {"twosome": 2, "threesome": 3, "foursome": 4, "fivesome": 5}
# "2 foursomes", "a threesome", "one twosome"
_ITEM = r"(?:\d{1,2}|an?|one)\s+(?:twosome|threesome|foursome|fivesome)s?\b"
_JOIN = r"\s*(?:,\s*(?:and\s+|plus\s+)?|\+|&|\band\b|\bplus\b)\s*"
# the count after the list that sums it: "so 11 of us", "= 12 of us", ", 18 guys total"
_TOTAL = (
    r"\s*(?:[,;(=-]\s*)?(?:(?:so|that'?s|thats|makes?|making|which makes|for)\s+)?(?:a total of\s+)?"
    r"(?=(\d{1,3})\s+(?:of us|adults|grown-?ups|people|ppl|guys|men|women|ladies)\b)"
)
# "3 foursomes from the golf league so 12 of us": where the groups come from, between (round q81m)
_FROM = (
    r"(?:\s+(?:from|in|of)\s+(?:the|our|my)\s+(?:[a-z']+\s+){0,2}?"
    r"(?:league|club|outing|tournament|scramble|course))?"
)
_LIST = re.compile(rf"\b({_ITEM}(?:{_JOIN}{_ITEM})*){_FROM}{_TOTAL}")
_PART = re.compile(r"(\d{1,2}|an?|one)\s+(twosome|threesome|foursome|fivesome)")


def _players(listed: str) -> int:
    """How many players a list of golf groups is: each group's number times its size."""
    total = 0
    for part in _PART.finditer(listed):
        number = int(part.group(1)) if part.group(1).isdigit() else 1
        total += number * _SIZES[part.group(2)]
    return total


def golf_groups(text: str) -> str:
    """Normalized `text` (lower case, numbers as digits) with a list of golf groups that the count
    right after sums written as that count alone; else unchanged."""
    if "some" not in text:
        return text  # speed: every group word ends in "some"
    return _LIST.sub(
        lambda m: "" if _players(m.group(1)) == int(m.group(2)) else m.group(0),
        text,
    )
