"""Partners some of the party bring, told as the reason of a follow-up's new count: "2 of them r
bringing their gfs so add 2 adults", "2 of my friends r bringing their bfs so 17 now", "3 of the
guys are bringing their wives so 14 adults now". The people bringing are some of those counted
before; their partners (a partner word: gf, bf, wife, husband, spouse, partner, date, plus one)
are grown-ups, as many as the number said. That number is the reason, no guests of its own:

- before "so add N (adults)" with the same N, the add says it (2 and "add 2" are the same 2; a
  bare "add 2" is written "add 2 adults" for the guest reader, `partners_add`);
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
# "r bringing their gfs", "are bringing their wives", "will bring a date", "are bringing dates now"
_BRING = (
    r"\s+(?:(?:are|r|will be|will|also|now|both|all)\s+)*(?:bringing|bring)\s+(?:(?:their|a|his|her)\s+"
    r"(?:gfs?|bfs?|girlfriends?|boyfriends?|wives|wife|husbands?|spouses?|partners?|dates?|"
    r"plus[- ]?ones?|plus[- ]?1s?|significant\s+others?|sos)|(?:gfs|bfs|girlfriends|boyfriends|wives|"
    r"husbands|spouses|partners|dates|plus[- ]?ones|plus[- ]?1s|significant\s+others))\b"
    r"(?:\s+(?:now|too|also|as well|after all))?"  # when: "now", "too"
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


_ADD_AT = re.compile(r"(?:add|adding|plus)\s+\d{1,2}")
_GUEST_WORD = re.compile(r"\s+(?:more\s+)?(?:adults?|grown-?ups|people|guests|ppl)\b")


def partners_add(text: str) -> tuple[list[Span], list[tuple[Span, str]]]:
    """(the spans explained, the spans rewritten) of normalized `text` for "2 of the singles are
    bringing dates now so add 2": the bare add, its number the partners said, written for the
    guest reader as "add 2 adults" in the reason's place (same length) and blanked where it
    stands, so the 2 are read as adults added (partners are grown-ups). Only the one such
    reason, unhedged, in a message that says no other number."""
    found = [
        m for m in _AS_ADD.finditer(text)
        if not _hedged(text, m.start(), m.end()) and _count(m.group("n")) == int(m.group("add"))
    ]  # fmt: skip
    if len(found) != 1 or len(re.findall(r"\d+", text)) > 2:
        return [], []
    m = found[0]
    if _GUEST_WORD.match(text, m.end("add")):
        return [], []  # "so add 2 adults": the guest reader reads it itself
    start, end = m.span("why")
    words = f"add {m.group('add')} adults"
    add = _ADD_AT.search(text, m.end("why"), m.end())
    if add is None or len(words) > end - start:
        return [], []
    blank = " " * (add.end() - add.start())
    return [(start, m.end())], [((start, end), words.ljust(end - start)), (add.span(), blank)]
