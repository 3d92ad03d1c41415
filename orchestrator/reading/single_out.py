"""Partners counted before who will not come, told as some of the group being single, beside the
new adult count ("2 of the agents are single so it's actually 14 adults" after "8 agents + their
partners, so 16 adults"; "3 of the members are coming alone, so 11 adults"). Those N bring no one:
the party is N fewer than the count before. The number is returned as a negative `recount_adds`
(as `named_out` does), so the conversation takes the message as read only when the earlier count
minus N is the new count said (16 - 2 = 14); otherwise its check asks. A hedged clause ("maybe 2
of them are single") explains nothing."""

from __future__ import annotations

import re

from orchestrator.reading.sentences import sentence_start
from orchestrator.reading.words import HEDGES

Span = tuple[int, int]

# "2 of the agents are single", "3 of our members are coming alone", "2 of the guys aren't bringing
# anyone": some of a plural group of grown-ups, with no partner
_SINGLE = re.compile(
    r"\b(?P<n>\d{1,2})\s+of\s+(?:the|our|my|them)\s*(?P<who>[a-z]+s)?\s+(?:are|r|is)\s+(?:actually\s+)?"
    r"(?:single|solo|coming\s+(?:alone|solo|by\s+themselves|on\s+their\s+own)|"
    r"not\s+bringing\s+(?:anyone|anybody|a\s+(?:date|partner|spouse|plus[- ]?one)))\b"
    r"(?:\s+(?:after\s+all|now|anyway))?"
    # the new count right after: "so it's actually 14 adults", ", so 11 adults now"
    r"(?=\s*[,;-]?\s*(?:and\s+)?so\s+(?:it'?s\s+|its\s+|we'?re\s+|were\s+|we\s+are\s+|that'?s\s+)?"
    r"(?:actually\s+|only\s+|just\s+|now\s+)?\d{1,3}\s+(?:adults|grown-?ups)\b)"
)
# words of people who may be kids, or guest words other readers count
_NOT_GROWN = re.compile(
    r"(?:kids|children|boys|girls|teens|students|sons|daughters|babies|toddlers|grandkids|nephews|"
    r"nieces|players|scouts)\Z"
)
_HEDGED = re.compile(rf"\b(?:{HEDGES})\b")


def single_out(text: str) -> tuple[int, list[Span]]:
    """(minus the grown-ups said to come without a partner, the span of those words) in normalized
    `text`, when said once, unhedged, with the new adult count after it; else (0, [])."""
    found = [m for m in _SINGLE.finditer(text) if not _NOT_GROWN.search(m.group("who") or "")]
    m = once_unhedged(text, found, through=True)
    return (-int(m.group("n")), [m.span()]) if m else (0, [])


def once_unhedged(text: str, found: list[re.Match[str]], *, through: bool) -> re.Match[str] | None:
    """The one match of `found`, unless there are more or a hedge ("about", "maybe") stands in its
    sentence before it (`through`: or inside it)."""
    if len(found) != 1:
        return None
    m = found[0]
    start = sentence_start(text, m.start())
    return None if _HEDGED.search(text, start, m.end() if through else m.start()) else m
