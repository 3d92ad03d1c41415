"""Departments each counted with their head added ("accounting has 9 people plus their manager,
IT has 6 plus their director, so 17 adults total"): the writer's total is the count when every
department's number plus its one head adds up to it. The parts are then blanked (with the count
of departments before them, "for 2 departments"), so the total alone is read; a sum that does not
add up is left to the other readers, which ask."""

from __future__ import annotations

import re

Span = tuple[int, int]

# "accounting has 9 people plus their manager", "IT has 6 plus their director"
_HEAD = (
    r"(?:manager|director|lead|supervisor|boss|head|chair|coordinator|teacher|coach|captain|vp"
    r"|principal)"
)
_PART = (
    r"[a-z&'-]+(?:\s+[a-z&'-]+)?\s+(?:has|have|is|are)\s+(\d{1,3})"
    r"(?:\s+(?:people|ppl|staff|employees|folks|guys|members|adults|coworkers))?"
    rf"\s*(?:plus|\+|and|with|&)\s+(?:their|its|the|a)\s+(?:[a-z]+\s+)?{_HEAD}\b"
)
_PART_RE = re.compile(_PART)
_SEP = r"\s*(?:[,;]|\band\b)\s*(?:and\s+)?"
_SUMMED = re.compile(
    rf"\b({_PART}(?:{_SEP}{_PART})+)\s*,?\s*(?:so\s+(?:that'?s\s+|thats\s+|it'?s\s+)?|=\s*"
    r"|that'?s\s+|thats\s+)(?P<total>\d{1,3})\s+(?:adults|people|ppl|guests)\b"
)
# "for 2 departments:", "2 teams -": the count of departments the list then names
_DEPARTMENTS = re.compile(r"\b(\d{1,2})\s+(?:departments|depts|teams|offices|groups)\b[^.!?\n]{0,30}?$")


def department_sums(text: str) -> list[Span]:
    """The spans of normalized `text` holding departments counted with their heads that add up
    to the total the writer states (to be blanked so the total alone is read), or none."""
    if " has " not in text and " have " not in text:
        return []  # speed: every part says what a department has
    spans: list[Span] = []
    for m in _SUMMED.finditer(text):
        parts = list(_PART_RE.finditer(m.group(1)))
        if sum(int(p.group(1)) + 1 for p in parts) != int(m.group("total")):
            continue
        spans.append(m.span(1))
        said = _DEPARTMENTS.search(text, max(0, m.start() - 60), m.start())
        if said and int(said.group(1)) == len(parts):
            spans.append(said.span(1))
    return spans
