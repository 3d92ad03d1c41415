"""People the occasion names before the list or count that holds the whole party: "my parents are
visiting so ... Me, my husband, our 2 kids and my parents", "game night w the boys, me and 7 of
the fellas", "me and my wife's anniversary, just the 2 of us", "plus the girls, kids: 10, 9". They
say why the party meets, not more guests: hidden from the guest reader only when what follows
counts the party (else the relation stays unplaced and is asked)."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated
from orchestrator.reading.kin import VISITING

Span = tuple[int, int]

_ONE_KIN = (
    r"(?:(?:my|our|his|her|their)\s+)?(?:parents|in-?laws|grandparents|folks|mom|dad|mother|"
    r"father|grandma|grandpa|mil|fil)"
)
_KINS = rf"{_ONE_KIN}(?:\s*(?:and|&|\+|n)\s*{_ONE_KIN})?"
# "my parents are visiting", "my parents visit from San Jose", "my in-laws r in town",
# "hosting my parents and her parents for dinner": relations come to the writer's home
_VISIT = gated(re.compile(
    rf"\b({_KINS})\s+{VISITING}|\b(?:hosting|having)\s+({_KINS})\s+(?:for|over)\b"
))  # fmt: skip
# The writer's list after it, naming relations again: "Me, my wife, our 2 kids and my parents"
_WRITER_LIST = re.compile(r"\b(?:me|myself)\s*(?:,|and\b|&|\+)")
_KIN_WORD = re.compile(r"\b(?:parents|in-?laws|grandparents|mom|dad|grandma|grandpa)\b")
# "game night w the boys", "girls night with the ladies": whom the night is with, then counted
# as the writer and company ("me and 7 of the fellas")
_NIGHT_WITH = re.compile(
    r"\bnight\s+((?:w/?|with)\s+(?:the|my)\s+(?:boys|girls|guys|fellas|ladies|gals))\b"
)
_WRITER_AND_N = re.compile(r"\bme\s*(?:and|&|\+|n)\s*\d{1,2}\s+(?:of\s+)?")
# "me and my wife's 10th anniversary": the couple's own occasion, held by "just the 2 of us"
_COUPLE_EVENT = re.compile(
    r"\b(me\s*(?:and|&|\+|n)\s*(?:my\s+)?(?:wife|husband|hubby|partner|bf|gf|boyfriend|"
    r"girlfriend|fiance|fiancee)'?s)\s+(?:\d{1,2}(?:st|nd|rd|th)\s+)?(?:wedding\s+)?"
    r"(?:anniversary|anniv|date night)\b"
)
_US_COUNT = re.compile(r"\b(?:just\s+)?(?:the\s+)?\d{1,2}\s+of\s+us\b")
# "plus the girls, kids: 10 (birthday girl), 10, 9": the group named, then its ages as the kids
_GROUP_THEN_KIDS = gated(re.compile(r"\b(?:the|our)\s+(?:girls|boys)\s*,\s*(?=kids\s*:\s*\d)"))


def occasion_people(text: str) -> list[Span]:
    """The spans of normalized `text` that name people as the occasion when a later list or count
    holds the party (blanked before the guest reading: the occasion, no guests)."""
    spans: list[Span] = []
    for m in _VISIT.finditer(text):
        group = 1 if m.group(1) else 2
        later = _WRITER_LIST.search(text, m.end())
        if later and _KIN_WORD.search(text, later.end()):
            spans.append(m.span(group))
    for pattern, holds in ((_NIGHT_WITH, _WRITER_AND_N), (_COUPLE_EVENT, _US_COUNT)):
        for m in pattern.finditer(text):
            if holds.search(text, m.end()):
                spans.append(m.span(1))
    spans += [m.span() for m in _GROUP_THEN_KIDS.finditer(text)]
    return spans
