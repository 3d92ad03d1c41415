"""Kids named by their band word opening a clause with their choice ("Kids want chicken, adults
want ny strip") beside kids the message counts by another word and their ages ("11 players (all
9-10)"): the kids counted, named again with what they eat. With no kids counted so, the words
stay a mention of kids without a number (asked)."""

from __future__ import annotations

import re
from collections.abc import Sequence

# What opens a clause right before the band word: the text's start, a sentence's end, a comma
_CLAUSE_END = re.compile(r"[.!?\n,;:]\s*\Z")
_CHOOSES = re.compile(
    r"\s+(?:(?:just|only|all|will|would)\s+)*(?:want|wants|get|gets|like|prefer|eat|have)\b"
)
NO_COUNT = ("kids", "kids mentioned without a number")


def band_choosing(text: str, start: int, end: int) -> bool:
    """Whether the kid word at `start`..`end` of `text` opens a clause with a choice ("Kids want
    chicken")."""
    opens = start == 0 or bool(_CLAUSE_END.search(text, max(0, start - 4), start))
    return opens and bool(_CHOOSES.match(text, end))


def kids_known_by_ages(
    checks: list[tuple[str, str]], only_choosing: bool, aged_bands: Sequence[str | None]
) -> bool:
    """Whether the kids' missing number in `checks` (`NO_COUNT`) is settled: every kid mention
    without a number is a choice (`only_choosing`) and a group counted by its ages holds kids
    (`aged_bands`: "children", "toddlers", None for children)."""
    return only_choosing and any(b != "adults" for b in aged_bands) and NO_COUNT in checks


# A group named again after a list that counted it, opening a clause with its choice: "me my wife
# my parents and our 2 girls 8 and 6, the girls want chicken": the list ends before it (no item)
_GROUP_CHOOSING = re.compile(
    r"(?:the\s+|our\s+)?(?:kids|children|girls|boys|little ones|adults|grown-?ups|grownups)"
    rf"{_CHOOSES.pattern}"
)


# ... or some of it bringing their partners ("me, him, our 2 kids and 8 friends, 2 of them are
# bringing their wives"): the plus-ones' reader adds them; the list ends before it
_SOME_BRINGING = re.compile(
    r"\d{1,3}\s+of\s+(?:them|em|those)\s+(?:are\s+|r\s+|will\s+be\s+|will\s+)?(?:bringing|bring)\s+"
    r"(?:a\s+|their\s+)?(?:wives|wife|husbands?|spouses?|partners?|dates?|plus[- ]?(?:1|one)s?)\b"
)

# the grown group at the end of the writer's list, some of whom bring partners right after ("and 8
# friends, 2 of them are bringing their wives"): the group the plus-ones are not part of
LIST_BRINGS = (
    r"|\b(?:and|&|\+|n)\s+\d{1,3}\s+(?!(?:kid|child|son|daughter|grandkid|teen|girl|boy))[a-z]+s\b"
    rf"(?=(?:\s*\([^()\n]{{0,40}}\))?,?\s*{_SOME_BRINGING.pattern})"  # "(all grown), 2 of them"
)


def group_choosing(text: str, at: int) -> bool:
    """Whether a group's choice clause ("the girls want", "the adults get") opens at `at`, or a
    clause of some of it bringing their partners."""
    return bool(_GROUP_CHOOSING.match(text, at) or _SOME_BRINGING.match(text, at))
