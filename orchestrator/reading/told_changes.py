"""Guests coming or going, told in a follow-up by who they are or as a request, where the other
change readers of `followups` want a guest word: "2 of the groomsmen can't make it so its 22
adults now", "3 more of the groomsmen can make it so its 11 now", "can we do 2 more? ... so 14
total now", "I forgot to count the two partners, it's 17 adults", "I left out the 3 interns".

Each is a change of the order's count (+N or -N) with no band: `recount` applies it to an order
of adults only, asks "adults or kids?" when the order has kids, and when the message states the
new count as well the change must agree with it (15 + 2 is 17) or the draft asks which is it. A
kid's word ("2 of the girls", "forgot the 2 kids") is left to the readers that know its band;
"can we do 2 more" followed by a word ("2 more lobster tails") is food, not guests."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated
from orchestrator.reading.alternation import alternation
from orchestrator.reading.words import ADULT_WORDS, PEOPLE_WORDS, YOUNG

Span = tuple[int, int]

_YOUNG = re.compile(rf"^(?:{YOUNG})$")
# groups of several people each ("2 of the families can't make it"): no count of guests (q84c)
_UNITS = re.compile(r"^(?:families|fams|households|groups|tables|teams|crews)$")
# whose group: "of the groomsmen", "of our partners", "of my coworkers"
_OF_WHOM = r"of\s+(?:the|our|my|his|her|their)\s+([a-z][a-z'-]+)"
# "2 of the groomsmen can't make it", "1 of the partners cant come after all", "2 of the groomsmen
# got stuck on a work trip and can't make it" (a reason of up to six words, joined by "and")
_OUT = gated(re.compile(
    rf"\b(\d{{1,3}})\s+{_OF_WHOM}\s+"
    # why, before the words of going: "got stuck on a work trip and", "are sick and"
    r"(?:(?:got|get|are|r|were|have|had|fell)\s+(?:[a-z']+\s+){0,5}?and\s+)?"
    r"(?:(?:just|now|also|unfortunately)\s+)?"
    r"(?:can't|cant|cannot|can not|won't|wont|couldn't|couldnt)\s+(?:make it|come|be there|attend)"
    r"(?:\s+(?:anymore|any more|after all))?\b"
))  # fmt: skip
# "can we do 2 more?", "could we add 4 more, so 20 total": a request for guests (a word after
# "more" names what: "2 more lobster tails" is food, not here)
_ASKED_MORE = gated(re.compile(
    r"\b(?:can|could)\s+(?:we|i|you)\s+(?:do|add|get|have)\s+(\d{1,3})\s+more\b(?=\s*(?:$|[?.!,;\n]))"
))  # fmt: skip
# grown-ups of a group, counted by who they are: the only words "forgot to count the N ..." takes
_GROWN = alternation((
    *ADULT_WORDS, *PEOPLE_WORDS, "partners", "interns", "volunteers", "groomsmen", "bridesmaids",
    "new hires", "hires", "associates", "attorneys", "paralegals", "assistants", "nurses",
    "teachers", "staff", "managers", "supervisors", "roommates", "neighbors", "neighbours",
))  # fmt: skip
# "I forgot to count the two partners", "I left out the 3 interns", "forgot about our 2 volunteers"
_FORGOT = gated(re.compile(
    r"\b(?:forgot|forget|left out|didn't count|didnt count|did not count|missed)\s+"
    r"(?:(?:to\s+(?:count|include|add)|about)\s+)?(?:the|my|our)\s+(\d{1,3})\s+"
    rf"(?:{_GROWN})\b"
))  # fmt: skip


def told_changes(text: str) -> list[tuple[int, Span]]:
    """(+N or -N, span) of each change of the count normalized `text` tells by who comes or goes
    or as a request; not those of kids, whose band other readers take or ask."""
    found: list[tuple[int, Span]] = []
    for m in _OUT.finditer(text):
        if not _YOUNG.match(m.group(2)) and not _UNITS.match(m.group(2)):
            found.append((-int(m.group(1)), m.span()))
    found += [(int(m.group(1)), m.span()) for m in _ASKED_MORE.finditer(text)]
    found += [(int(m.group(1)), m.span()) for m in _FORGOT.finditer(text)]
    return found
