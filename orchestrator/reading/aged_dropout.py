"""One kid of the order dropping out, named by the age told for them earlier ("the 8 yr old cant
come anymore", "our 4yo is staying w grandma so shes not coming"): one kid fewer, the kid of that
age. Whether exactly one kid of the order has that age is for the recount to see."""

from __future__ import annotations

import re

__all__ = [
    "aged_dropout", "aged_dropouts", "dropout_reason", "drops_out", "grown_only", "kid_gone_at",
    "sick_dropout",
]

# Not coming any more, said after the kid within the sentence ("cant come", "won't be there",
# "is sick and can't come", "has a tournament so he's out")
_GONE = (
    r"(?:can'?t|cannot|can not|won'?t|wont|isn'?t|is not|not|no longer)\s+(?:be\s+)?(?:able to\s+)?"
    r"(?:come|coming|make it|be there|join|joining|attend|attending)\b"
    r"|\b(?:he|she)'?s\s+out\b|\b(?:he|she) is out\b|\b(?:dropped|backed) out\b"
)
_AFTER = re.compile(rf"(?!'?s\b)[^.!?;\n]{{0,60}}?(?:{_GONE})")
# The kid by age ("the 8 yr old", "our 4yo", "my 5 year old"), one kid alone in the sentence
_AGED_KID = re.compile(r"\b(?:the|our|my)\s+(\d{1,2})[- ]?(?:years?|yrs?|yo|y/o)(?:[- ]?olds?)?\b")
# Several kids by age in one run, then not coming: "the 4 yr old and the 11 yr old cant make it"
_ONE_AGED = r"\b(?:the|our|my)\s+\d{1,2}[- ]?(?:years?|yrs?|yo|y/o)(?:[- ]?olds?)?\b"
_AGED_RUN = re.compile(rf"{_ONE_AGED}(?:\s*(?:,|&|\+|\band\b)\s*(?:and\s+)?{_ONE_AGED})+")


def aged_dropouts(text: str) -> int:
    """How many kids named by age drop out together ("the 4 yr old and the 11 yr old cant make
    it": 2), when they are all the kids named by age in the message; else 0 (one alone is
    `aged_dropout`'s)."""
    if text.count("old") + text.count("yo") < 2:  # the cheap guard: two kids named by age
        return 0
    runs = [m for m in _AGED_RUN.finditer(text) if drops_out(text, m.end())]
    named = len(_AGED_KID.findall(text))
    if len(runs) != 1 or len(_AGED_KID.findall(runs[0].group(0))) != named:
        return 0
    return named


def grown_only(changes: list[tuple[int, str | None]]) -> bool:
    """No change read yet, or only adults' ("the 5 yr old and the 9 yr old cant make it anymore,
    and we lost 2 adults too": the kids by age are read beside the adults' change, q84m)."""
    return all(band == "adults" for _, band in changes)


def kid_gone_at(text: str, start: int, end: int) -> bool:
    """Whether the words of going at `start:end` ("cant make it") are said of a kid named by age
    just before ("the 9 yr old cant make it anymore"): read with that kid (a grown-up's count
    near them, "and we lost 2 adults too", is no other guest going, q84m)."""
    if "old" not in text and "yo" not in text:
        return False
    for m in _AGED_KID.finditer(text, 0, start):
        gone = _AFTER.match(text, m.end())
        if gone and gone.end() == end:
            # the rest names no kids nor guests coming ("and 2 more kids are coming": asked)
            rest = _AFTER.sub(" ", _AGED_KID.sub(" ", text))
            return not _OTHERS.search(rest)
    return False


# guests coming, or kids, beside the kid gone
_OTHERS = re.compile(
    r"\b(?:more|coming|come|join\w*|bring\w*|plus|add\w*|instead|kids?|children|child|"
    r"toddlers?|bab(?:y|ies)|little ones?|girls?|boys?)\b"
)


def drops_out(text: str, end: int) -> bool:
    """Whether the kid named just before `end` is said not to come any more."""
    return _AFTER.match(text, end) is not None


def aged_dropout(text: str) -> tuple[int, int] | None:
    """The span of the one kid named by age who no longer comes, or None (none, or several in the
    message: "the 5 yr old and the 8 yr old" are counted by the words that number them)."""
    found = [m for m in _AGED_KID.finditer(text) if drops_out(text, m.end())]
    if len(found) != 1 or len(_AGED_KID.findall(text)) != 1:
        return None
    return found[0].span()


# The reason told for the kid who drops out: the one named got sick ("the 8 yr old cant come
# anymore, my nephew got sick"), the same kid told by who they are
_SICK = re.compile(r"\s+(?:got|is|has been|was)\s+(?:really\s+|so\s+)?sick\b")


def sick_dropout(text: str, end: int) -> bool:
    """Whether the person named just before `end` is said to be sick in a message where one kid
    named by age drops out: that kid, not one more guest."""
    return _SICK.match(text, end) is not None and aged_dropout(text) is not None


# The kid who drops out is away with someone ("the 8 yr old cant come anymore, shes with her dad
# that weekend", "he's staying with his grandma"): whom the kid is with, no guest
_AWAY_WITH = re.compile(
    r"\b(?:she|he)(?:'?s|\s+is|\s+will\s+be)\s+(?:staying\s+|going\s+)?(?:with|at)\s+\Z"
)


def dropout_reason(text: str, start: int, end: int) -> bool:
    """Whether the person named at `start:end` is the reason one kid named by age drops out: that
    kid got sick, or is away with that person."""
    if sick_dropout(text, end):
        return True
    away = _AWAY_WITH.search(text[max(0, start - 30) : start])
    return away is not None and aged_dropout(text) is not None
