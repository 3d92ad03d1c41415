"""Short follow-ups that change the guests, written out so the readers take them (round q73i).

"scratch the kids, they're staying with grandma", "the kids wont be coming after all": no kids,
when the rest only says where they are ("actually no kids").

"3, they're 4 7 and 13" or "yes 2, ages 3 and 9" after the business asked whether any kids are
coming: the count and its ages ("3 kids, ages 4, 7 and 13"; the readers place a kid of 13 among
the adults); ages not as many as the count leave the message as it was. "2 of them are 8, the
others are 4 and 11" after "How old are the 4 kids?" (or "How old are the kids?"): the ages one by
one ("8, 8, 4 and 11"); the reply only says what was asked, and the readers set the ages against
the order's kids (as many, or asked: `recount`), not against the reply's count.

"forgot to mention my 2 sons are coming too (8 and 10)": "plus my 2 sons, 8 and 10", when the
ages are as many as the kids named."""

from __future__ import annotations

import re

from orchestrator.reading.kid_answers import framed_unsigned

_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_N = r"(\d|one|two|three|four|five|six)"
_AGE_LIST = r"(\d{1,2}\b(?:\s*(?:,|&|\band\b|\bn\b)?\s*\d{1,2}\b){0,7})"
_LEAD = (
    r"^\W*(?:(?:oh|ok|okay|so|hey|ugh|welp|well|dang|darn|update|unfortunately|sadly|actually|also|"
    r"but|and|hi|oops)\W+)*"
    # "change of plans, scratch the kids": the news announced before it (round q83o)
    r"(?:(?:(?:a\s+|slight\s+|small\s+|little\s+)?change\s+of\s+plans?|(?:quick\s+)?update|heads\s+up)\W+)?"
)
_KIDS_OUT = re.compile(
    _LEAD + r"(?:(?:scratch|drop|remove|take off|cancel|nix|forget)\s+the\s+kids"
    r"|the\s+kids\s+(?:can't|cant|won't|wont|aren't|arent|are not|will not)\s+(?:be\s+)?"
    r"(?:coming|come|make it|be there|join(?:ing)?(?:\s+us)?)(?:\s+(?:after all|anymore|any more))?)"
    r"(?:[^\w?\n]+(?:they'?re|theyre|they are|they'll be|theyll be|they will be)\s+"
    r"(?:staying|going|at|with|spending)\b[^\d\n]{0,60})?"
    # "... 🙌 date night it is", "scratch the kids 😢": a feeling or the evening it makes (no "?")
    r"(?:[^\w?\n]*\b(?:date\s+night|adults\s+only|just\s+(?:us|the\s+adults))(?:\s+(?:it\s+is|now))?)?"
    r"[^\w?\n]*$",
    re.IGNORECASE,
)
_ANY_KIDS = re.compile(r"\bany kids\b|\bkids coming\b", re.IGNORECASE)
_KID_COUNT = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|yup|yea)\W+)?" + _N + r"(?:\s+kids)?\s*[,:-]?\s*"
    r"(?:they'?re|theyre|they are|ages?|aged)\s*:?\s*" + _AGE_LIST + r"[\s.!]*$",
    re.IGNORECASE,
)
# the question's kind; the kids' count is the order's (`recount` asks when the ages are not as many)
_HOW_OLD = re.compile(r"\bhow old are (?:the|your)\s+(?:\d{1,2}\s+)?(?:kids|children)\b", re.IGNORECASE)
_SOME_ARE = re.compile(
    r"^\W*" + _N + r"\s+of them are\s+(\d{1,2})\s*[,;]?\s*(?:and\s+)?the\s+(?:others?|rest|other\s+"
    r"(?:\d|two|three))\s+(?:are|is)\s+" + _AGE_LIST + r"[\s.!]*$",
    re.IGNORECASE,
)
_MINE_TOO = re.compile(
    _LEAD + r"(?:(?:i\s+)?forgot to (?:mention|say)\s+(?:that\s+)?)?(?:my|our)\s+" + _N + r"\s+"
    r"(sons|daughters|kids|boys|girls|nephews|nieces|grandkids)\s+(?:are|r)\s+(?:coming|joining)"
    r"(?:\s+(?:too|as well|also))?\s*[,(-]?\s*(?:ages?\s*|they'?re\s+)?" + _AGE_LIST + r"\s*\)?[\s.!]*$",
    re.IGNORECASE,
)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUM[word.lower()]


def _ages(text: str) -> list[str]:
    return re.findall(r"\d{1,2}", text)


def _listed(ages: list[str]) -> str:
    return ages[0] if len(ages) == 1 else f"{', '.join(ages[:-1])} and {ages[-1]}"


def guests_told(asked: str, text: str) -> str | None:
    """Customer `text` written out as the change of guests it tells, after the business's last
    reply `asked`, else None."""
    if not asked:
        return None  # a first message: read as it is
    if _KIDS_OUT.match(framed_unsigned(text)):  # "...Date night it is!\n\nRachel" (set 179's fq004)
        return "actually no kids"
    if _ANY_KIDS.search(asked) and (kids := _KID_COUNT.match(text)):
        ages = _ages(kids[2])
        return f"{len(ages)} kids, ages {_listed(ages)}" if len(ages) == _count(kids[1]) else None
    if _HOW_OLD.search(asked) and (some := _SOME_ARE.match(text)):
        return _listed([some[2]] * _count(some[1]) + _ages(some[3]))
    if mine := _MINE_TOO.match(text):
        ages = _ages(mine[3])
        if len(ages) == _count(mine[1]):
            return f"plus my {mine[1]} {mine[2]}, {_listed(ages)}"
    return None
