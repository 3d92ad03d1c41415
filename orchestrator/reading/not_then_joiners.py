"""A new total corrected against the one before, then the grown-ups who make the difference
(round q86j, 188 fz035): "ahh sorry its 24 not 22, 2 more moms rsvp'd. same food", "wait its 20
not 18, 2 more teachers signed up". The joiners are why the total changed, no guests of their
own: returned as the count added (`recount_adds`), so the conversation takes the total only when
the count before plus them make it (22 + 2 = 24), and asks otherwise. Only when the count taken
back and the joiners make the total said (22 + 2 = 24); who may be kids is never taken."""

from __future__ import annotations

import re

from orchestrator.reading.more_then_total import JOIN, NOT_GROWN

Span = tuple[int, int]

_NOT_THEN_JOINERS = re.compile(
    r"\b(?:it'?s|its|it\s+is|we'?re|we\s+are)\s+(?P<total>\d{1,3})\s*,?\s+not\s+(?P<was>\d{1,3})"
    r"\s*[,;.-]+\s*(?P<n>\d{1,2})\s+more\s+(?P<who>[a-z]+(?:-[a-z]+)?)\b" + JOIN
)


def not_then_joiners(text: str) -> tuple[int, list[Span]]:
    """(the grown-ups said to join, the span of their words) after "its 24 not 22" in normalized
    `text` when the count taken back and they make the total; else (0, [])."""
    found = [
        (int(m.group("n")), (m.start("n"), m.end("why")))
        for m in _NOT_THEN_JOINERS.finditer(text)
        if not NOT_GROWN.search(m.group("who")) and not re.search(r"\d", m.group("why"))
        and int(m.group("was")) + int(m.group("n")) == int(m.group("total"))
    ]  # fmt: skip
    return (found[0][0], [found[0][1]]) if len(found) == 1 else (0, [])
