"""Couples of the order who drop out, said in a follow-up: "2 of the couples cant make it" is 4
guests fewer (a couple is two people), as "4 people cant make it" is. "a couple of them cant
make it" (two people, or two couples?) names no number and is left to the checks, which ask;
"one couple cant make it" is two guests fewer."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated
from orchestrator.reading.words import HEDGES

Span = tuple[int, int]

_COUPLES_OUT = gated(re.compile(
    r"\b(\d{1,2}|one)\s+(?:of\s+(?:the|our|my|those)\s+)?couples?\s+"
    r"(?:(?:just|now|also|unfortunately|sadly)\s+)?"
    r"(?:(?:can't|cant|cannot|can not|won't|wont|will not|aren't|arent|are not)\s+"
    r"(?:make it|come|coming|be there|attend|be coming)(?:\s+(?:anymore|any more|after all|now))?"
    r"|dropped out|backed out|bailed|cancell?ed|pulled out)\b"
))  # fmt: skip
# "if 2 of the couples cant make it": a case weighed, no change said
_HEDGED = re.compile(rf"\b(?:{HEDGES})\b[^.!?;\n]*\Z")


def couples_out(text: str) -> list[tuple[int, Span]]:
    """(guests fewer, span) for each count of couples said not to come in normalized `text`."""
    return [
        (2 * (1 if m.group(1) == "one" else int(m.group(1))), m.span())
        for m in _COUPLES_OUT.finditer(text)
        if not _HEDGED.search(text, 0, m.start())
    ]
