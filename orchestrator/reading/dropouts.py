"""The words of guests dropping out of the count before, told as news ("4 people dropped out", "2 of
them can't come", "we lost 3 guests") or as the change itself ("2 fewer people", "minus 3, they
can't come"), moved out of `followups` (round q78k), which reads them: a count and, where a word
names one, its band. A dropout told as news and the removal that restates it count once
(`guests_off.told_once`)."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated
from orchestrator.reading.alternation import alternation
from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS, TODDLER_WORDS

_ADULT, _KID = alternation(ADULT_WORDS), alternation((*KID_WORDS, *TODDLER_WORDS))
_PEOPLE = alternation(PEOPLE_WORDS)

# "4 people dropped out", "2 of them can't come", "2 of our guests have dropped" (not "dropped off")
_WHO_OUT = (
    rf"(\d{{1,3}})\s+(?:(?:{_PEOPLE}|{_ADULT}|{_KID})\s+|of\s+(?:us|them|(?:the|our|my)\s+({_ADULT}|"
    rf"{_KID}|{_PEOPLE}))\s+)?"
)
DROP = gated(re.compile(
    rf"\b{_WHO_OUT}(?:(?:just|now|also|have|has|had to|unfortunately)\s+)?(?:can't|cant|cannot|"
    r"can not|couldn't|couldnt|could not|won't|wont|will not|are not|aren't|is not|isn't)\s+"
    r"(?:make it|come|coming|be there|"
    r"attend|be coming)(?:\s+(?:anymore|any more|after all|now))?\b"
    r"|\b" + _WHO_OUT + r"(?:(?:just|now|also|have|has|unfortunately)\s+)?(?:dropped(?: out|"
    r"(?!\s+(?:off|by|in)\b))|backed out|bailed|cancell?ed(?:\s+on\s+(?:us|me))?|pulled out|"
    r"(?:is|are|r)\s+out\s+sick)\b"  # "1 of the players is out sick": not coming
))  # fmt: skip
LOST = gated(re.compile(rf"\bwe\s+lost\s+(\d{{1,3}})\s+(?:{_PEOPLE}|{_ADULT})\b"))
_LOST_WORD = re.compile(r"we\s+lost\s+\d{1,3}\s+([a-z-]+)")


def lost_word(text: str, span: tuple[int, int]) -> str | None:
    """The guest word of "we lost 2 adults" at `span` of `text` ("adults": their band), or None
    (q84m: "the 5 yr old and the 9 yr old cant make it anymore, and we lost 2 adults too")."""
    m = _LOST_WORD.match(text, *span)
    return m.group(1) if m else None
# "2 fewer people", "minus 3, they can't come": guests dropping out, band from the word if any.
THEY_OUT = (
    r"(?:\s*[,-]?\s*(?:they|who|as they)\s+(?:can't|cant|cannot|won't|wont)\s+(?:make it|come)"
    r"(?:\s+(?:anymore|any more|after all))?)?"
)
FEWER = gated(re.compile(
    rf"\b(\d{{1,3}})\s+(?:fewer|less)(?:\s+({_PEOPLE}|{_ADULT}|{_KID}))?\b{THEY_OUT}"
    rf"|\bminus\s+(\d{{1,3}})(?:\s+({_PEOPLE}|{_ADULT}|{_KID}))?\b{THEY_OUT}"
))  # fmt: skip
