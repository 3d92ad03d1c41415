"""Young relations and little ones named with no number and no owner ("12 adults and grandkids",
"a few grandkids", "nieces and nephews too", "and babies"): kids the count does not hold, of no
number and no age. The possessive forms ("our grandkids") are the relation check's; these, named
bare, passed it (round q83p): each asks, unless the parse read it or a number counts the word."""

from __future__ import annotations

import re

from orchestrator.reading.checks import Covered
from orchestrator.reading.reasons import not_understood

_YOUNG_KIN = re.compile(
    r"(?<!my )(?<!our )(?<!her )(?<!his )(?<!their )(?<!the )(?<!your )"
    r"\b(?:grand-?kids|grand-?children|grand-?babies|grandbabys|grandsons|granddaughters|nephews|"
    r"nieces|step-?kids|step-?children|godchildren|god-?kids|babies|infants|toddlers)\b(?!')"
)
# A number or a number's word right before ("3 grandkids", "a couple grandkids", "both nieces",
# "3 little grandkids"): a count another reader checks
_COUNTED_BEFORE = re.compile(
    r"(?:\d\s*|\b(?:a couple(?: of)?|couple of|both|a pair of|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twin)\s+)(?:(?:little|young|small|older|younger|teenage)\s+)?\Z"
)

# "3 grandkids (12, 8, 3), grandkids are so excited" (the count normalized to "3 kids"): the
# counted kids named again as the subject of a remark; not when they arrive ("are coming too")
_REMARK_AFTER = re.compile(
    r"\s+(?:are|r|were|will|would|love|loves|can'?t|cant|get|always)\b"
    r"(?!\s+(?:(?:also|now)\s+)?(?:com\w*|join\w*|be\s+there|here|attend\w*)\b)"
)

# "Children under 6: 2 ... Notes: grandkids will be there, they won't eat much": counted kids said
# to come, nothing added; "grandkids are coming too" adds (asked)
_ARRIVING = re.compile(r"\s+(?:are|r|will|would)\s+(?:com\w*|join\w*|be\s+there|be\s+here|attend\w*)\b")
_ADDING = re.compile(r"\b(?:too|also|as\s+well|plus|additionally)\b")


# The same young relations by another word ("our children and grandchildren ... the grandkids:
# 11, 9, 6 and 4"): one group, its count or ages told once
_SAME = {
    "grand": r"grand-?kids|grand-?children|grand-?babies|grandbabys",
    "step": r"step-?kids|step-?children",
    "god": r"godchildren|god-?kids",
    # "nieces and nephews ... my nieces and nephews: 10, 7 and 5": the pair told as one group
    "niece": r"nieces and nephews|nephews and nieces|nieces",
    "nephew": r"nieces and nephews|nephews and nieces|nephews",
}
# Their ages right after them: "the grandkids: 11, 9, 6 and 4", "grandkids (10, 7)"
_AGES_AFTER = r"\s*(?:[:(]|,|\s)\s*(?:ages?\s*:?\s*)?\d{1,2}\s*(?:,|&|and)\s*(?:and\s+)?\d{1,2}\b"


def _told_elsewhere(text: str, word: str) -> bool:
    """Whether the young relations of `word` are counted ("3 grandkids") or told by their ages
    ("the grandkids: 11, 9 and 4") somewhere in `text`, by the same word or another for them."""
    same = next((words for stem, words in _SAME.items() if word.startswith(stem)), re.escape(word))
    return bool(re.search(rf"\d\s+(?:[a-z]+\s+)?(?:{same})\b|\b(?:{same})\b{_AGES_AFTER}", text))


def young_kin_told(text: str, phrase: str) -> bool:
    """Whether `phrase` is young kin ("nieces", "grandkids") counted or told by their ages
    elsewhere in normalized `text`: the guests the readers counted, no thing asked for."""
    return bool(_YOUNG_KIN.fullmatch(phrase)) and _told_elsewhere(text, phrase)


def _counted_arrive(text: str, end: int) -> bool:
    """Whether the kids named before `end` are said to come with no word adding them."""
    sentence = re.split(r"[.!?\n|]", text[end:], maxsplit=1)[0]
    return bool(_ARRIVING.match(text, end)) and not _ADDING.search(sentence)


def unnumbered_young(
    text: str, covered: Covered, asked: str, *, kids_counted: bool
) -> list[tuple[str, str]]:
    """Checks for the young relations in normalized `text` named bare with no number, outside the
    `covered` spans, unless `asked` (the quoted words of earlier checks) names the word already or
    a number counts the same word elsewhere in the message ("3 grandkids (9, 7, 3) ... grandkids
    love shrimp"); with `kids_counted`, the counted kids named again in a remark."""
    checks: list[tuple[str, str]] = []
    for m in _YOUNG_KIN.finditer(text):
        word = m.group(0)
        if m.span() in covered or word in asked:
            continue
        if _COUNTED_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue
        if _told_elsewhere(text, word) or (
            kids_counted and (_REMARK_AFTER.match(text, m.end()) or _counted_arrive(text, m.end()))
        ):
            continue
        checks.append(("guests", not_understood(word, "kids of no number named, not counted")))
    return checks
