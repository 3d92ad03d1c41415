"""Partners some of the party bring, told as the reason of a follow-up's new count: "2 of them r
bringing their gfs so add 2 adults", "2 of my friends r bringing their bfs so 17 now", "3 of the
guys are bringing their wives so 14 adults now". The people bringing are some of those counted
before; their partners (a partner word: gf, bf, wife, husband, spouse, partner, date, plus one)
are grown-ups, as many as the number said. That number is the reason, no guests of its own:

- before "so add N (adults)" with the same N, the add says it (2 and "add 2" are the same 2);
- before a new count ("so 17 now", "so 14 adults now"), it is the count added (`recount_adds`),
  and the conversation takes the message as read only when the count before plus it is the new
  count (15 + 2 = 17); otherwise its check asks.

A clause that hedges ("if", "maybe") or a different number in the add is left to the net."""

from __future__ import annotations

import re

from orchestrator.reading.sentences import sentence_start
from orchestrator.reading.words import HEDGES

Span = tuple[int, int]

# "2 of them", "2 of us", "3 of my friends", "2 of the guys": some of those counted
_SOME = r"\b(?P<n>\d{1,2}|one|two|three)\s+of\s+(?:them|us|(?:my|our|the|his|her)\s+[a-z]+s)"
# "r bringing their gfs", "are bringing their wives", "will bring a date"
_BRING = (
    r"\s+(?:(?:are|r|will be|will|also|now|both|all)\s+)*(?:bringing|bring)\s+(?:their|a|his|her)\s+"
    r"(?:gfs?|bfs?|girlfriends?|boyfriends?|wives|wife|husbands?|spouses?|partners?|dates?|"
    r"plus[- ]?ones?|plus[- ]?1s?|significant\s+others?|sos)\b"
)
_ADD = r"\s*[,;-]?\s*(?:so\s+)?(?:please\s+|pls\s+)?(?:add|adding|plus)\s+(?P<add>\d{1,2})(?:\s+more)?"
_ADD += r"(?:\s+(?:adults|grown-?ups|people|guests|ppl))?\b"
# "so 17 now", "so 14 adults now", "so we're 12 now", "so that's 10 adults"
_TOTAL = (
    r"\s*[,;-]?\s*so\s+(?:(?:it'?s|its|we'?re|were|we are|that'?s|thats|now)\s+)?"
    r"(?P<total>\d{1,3})(?:\s+(?:adults|grown-?ups|of us|people|guests|ppl))?(?:\s+(?:now|total))?"
    r"(?=\s*(?:$|[.!?,\n]|(?:same|keep|everything|the rest)\b))"
)
_AS_ADD = re.compile(f"(?P<why>{_SOME}{_BRING})" + _ADD)
_AS_TOTAL = re.compile(f"(?P<why>{_SOME}{_BRING})" + _TOTAL)
_WORDS = {"one": 1, "two": 2, "three": 3}
_HEDGED = re.compile(rf"\b(?:{HEDGES}|or)\b")


def _count(word: str) -> int:
    return _WORDS.get(word) or int(word)


def _hedged(text: str, start: int, end: int) -> bool:
    begin = sentence_start(text, start)
    return bool(_HEDGED.search(text, begin, end))


def partners_then_total(text: str) -> tuple[int, list[Span]]:
    """(the partners to check against the new count, the spans of the reason) for one such
    reason in normalized `text`; (0, spans) when "so add N" says the same N; else (0, [])."""
    found: list[tuple[int, Span]] = []
    for m in _AS_ADD.finditer(text):
        if not _hedged(text, m.start(), m.end()) and _count(m.group("n")) == int(m.group("add")):
            found.append((0, m.span("why")))
    for m in _AS_TOTAL.finditer(text):
        n = _count(m.group("n"))
        if not _hedged(text, m.start(), m.end()) and int(m.group("total")) > n:
            found.append((n, m.span("why")))
    if len(found) != 1:
        return 0, []
    return found[0][0], [found[0][1]]
