"""Guests added told with the new total they make, in one message, the delta first: "add 3 more, so
21 total", "+2 adults = 14 total", "can we add 5 more guests? That would make it 25", "one more
couple coming, 16 adults now", "adding my 2 cousins, so 17 of us". The total is the count; the
number added is why it changed, no guests of its own (3 more and 21 are not 24). It is returned as
the count added (`recount_adds`), so the conversation takes the message as read only when the
count before and it make the total said (18 + 3 = 21); any other sum keeps its check and asks
(17 + 3 is not 21: the writer's numbers disagree, never priced as either). Round q82s.

Taken only when the message holds these two numbers and no other, the delta once, unhedged, and
not of kids ("add 2 more kids, so 14 total" may hold kids: left to the readers)."""

from __future__ import annotations

import re

from orchestrator.reading.recount_group import AddedGroup
from orchestrator.reading.words import HEDGES, YOUNG

_GUEST = r"(?:adults?|guests?|people|ppl|persons|folks|grown-?ups)"
# the delta: "add 3 more", "adding 3 more adults", "adding my 2 cousins", "+2 adults", "+3 more"
_ADD = re.compile(
    r"(?:\badd(?:ing)?\s+(?:(?:my|our)\s+(?=\d{1,2}\s+[a-z]+s\b))?|(?<![\w+])\+\s?)"
    r"(?P<n>\d{1,2})(?:\s+more)?"
    rf"(?:\s+(?:{_GUEST}|(?!(?:{YOUNG}|more|of|total)\b)[a-z]+s)\b)?"
)
# a couple or couples more: two each ("one more couple coming", "2 more couples")
_COUPLES = re.compile(
    r"\b(?:(?P<one>one|a|1)\s+more\s+couple|(?P<n>\d)\s+more\s+couples)\b"
    r"(?:\s+(?:(?:is|are|r)\s+)?(?:coming|joining))?"
)
# the total after it, the end of the sum: "so 21 total", "so that's 18 total", "= 14 total",
# "that would make it 25", "16 adults now", "so 17 of us"
_TOTAL = re.compile(
    r"(?:\bso\s+(?:(?:that'?s|thats|we'?re|were|we\s+are|it'?s|its|now)\s+)?|=\s*)"
    rf"(?P<t>\d{{1,3}})\s*(?:(?:in\s+)?total|of\s+us|{_GUEST}(?:\s+(?:in\s+)?total)?)?\b"
    r"|\b(?:that|which|it)\s+(?:would|will|'?d|'?ll)\s+make\s+(?:it|us)\s+(?P<m>\d{1,3})\b"
    rf"|\b(?P<now>\d{{1,3}})\s+(?:{_GUEST}|of\s+us)\s+now\b"
)
# a kids' word right after the number the delta left unread ("+2 kids = 14 total"): not grown-ups
_KIDS = re.compile(rf"\s+(?:(?:little|young|more)\s+)?(?:{YOUNG}|of)\b")
_HEDGED = re.compile(rf"\b(?:{HEDGES}|or)\b")
# what may stand between the delta and the total: a comma, "?", a few words of why or asking
_BETWEEN = re.compile(r"[\s,.;:!?-]*(?:[a-z']+[\s,.;:!?-]+){0,4}?")


def delta_total(text: str) -> AddedGroup | None:
    """The number added and the span of its words, for guests added told before the new total
    they make in normalized `text`; None when the message is not only that."""
    if _HEDGED.search(text):
        return None
    deltas = [(int(m.group("n")), m) for m in _ADD.finditer(text) if not _KIDS.match(text, m.end())]
    deltas += [(2 if m.group("one") else 2 * int(m.group("n")), m) for m in _COUPLES.finditer(text)]
    totals = list(_TOTAL.finditer(text))
    if len(deltas) != 1 or len(totals) != 1:
        return None
    count, delta = deltas[0]
    total = totals[0]
    told = int(total.group("t") or total.group("m") or total.group("now"))
    if told <= count or not _BETWEEN.fullmatch(text, delta.end(), total.start()):
        return None
    rest = text[: delta.start()] + " " + text[total.end() :]
    if re.search(r"\d", rest):
        return None  # another number in the message: more than the sum is said
    return AddedGroup(count, delta.span())
