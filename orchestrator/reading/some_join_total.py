"""Some of a grown group said to join, then the new total they make (round q86j, 188 fz003):
"Two of our custodians will be joining us too, so it's 37 now" after 35, "3 of our crossing
guards will be joining us as well, so we're at 31 now", "2 of our bus drivers want to come too so
24 adults now". The number joining is why the total changed, no guests of its own; it is returned
as the count added (`recount_adds`), so the conversation takes the message as read only when the
count before plus it is the total said (35 + 2 = 37), and asks otherwise (35 + 2 is not 40).

Read alone, the joiners' number was left unplaced and the draft asked. Not taken: who may be kids
(players, students, nephews: `more_then_total.NOT_GROWN`), a clause that hedges, a total not
above the joiners, a total said with kids or of people ("so 40 people now" may hold kids)."""

from __future__ import annotations

import re

from orchestrator.reading.more_then_total import NOT_GROWN
from orchestrator.reading.sentences import sentence_start
from orchestrator.reading.words import HEDGES

Span = tuple[int, int]

_SOME_JOIN = re.compile(
    # "2 of our custodians", "3 of our crossing guards", "2 of the choir moms"
    r"\b(?P<n>\d{1,2})\s+of\s+(?:our|the|my)\s+(?:[a-z]+\s+){0,2}?(?P<who>[a-z]+s)\b"
    # their arrival ("will be joining us too", "want to come too", "signed up", "rsvp'd")
    r"\s+(?:(?:also|now|just|finally)\s+)?"
    r"(?:(?:will\s+be|are|r|is)\s+(?:also\s+)?(?:joining|coming)(?:\s+us)?|(?:want|wanna)\s+(?:to\s+)?"
    r"(?:come|join(?:\s+us)?)|can\s+(?:come|make\s+it)|signed\s+up|rsvp'?d|rsvped|said\s+yes)"
    r"(?:\s+(?:too|also|as\s+well|after\s+all))?"
    # the new total: "so it's 37 now", "so we're at 31 now", "so 24 adults now"
    r"\s*[,;.-]?\s*(?:and\s+)?so\s+(?:(?:it'?s|its|we'?re|we\s+are|that'?s|now\s+we'?re)\s+)?"
    r"(?:at\s+)?(?P<total>\d{1,3})(?P<word>\s+(?:adults|grown-?ups))?(?P<now>\s+now)?\b"
    r"(?!\s*(?:kids?|children|people|guests|ppl)\b)"
)
_HEDGED = re.compile(rf"\b(?:{HEDGES}|or)\b")


def some_join_total(text: str) -> tuple[int, list[Span]]:
    """(the grown-ups said to join, the span of their words) for the one clause in normalized
    `text` telling some of a group joining before the new total; else (0, [])."""
    found = []
    for m in _SOME_JOIN.finditer(text):
        n, total = int(m.group("n")), int(m.group("total"))
        if NOT_GROWN.search(m.group("who")) or total <= n or not (m.group("word") or m.group("now")):
            continue
        if _HEDGED.search(text, sentence_start(text, m.start()), m.end()):
            continue
        found.append((n, (m.start(), m.start("total"))))
    if len(found) != 1:
        return 0, []
    return found[0][0], [found[0][1]]
