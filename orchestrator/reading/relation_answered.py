"""Young relations the first message named with no count ("12 adults and our grandkids"),
flagged as a thing asked for, then counted by a later message with the same word ("5 grandkids:
13, 11, 9, 6 and 3", the answer to our question): the flag is answered. The word is read from the
message as written, since the normalizing writes "5 grandkids" as "5 kids"; a count by another
word ("3 kids: 9, 7 and 4", "my 2 nephews") answers nothing of it and the flag stays (round q83y)."""

from __future__ import annotations

import re

from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.reasons import of_kind, quoted

_THING_ASKED = "a thing asked for"  # the kind `requested_checks` words the flag with
_COUNTED_RELATION = re.compile(
    r"\b\d{1,2}\s+(grandkids|grandchildren|grandsons|granddaughters|nieces|nephews|cousins|siblings)\b"
)


def relations_counted(text: str) -> frozenset[str]:
    """The young relations' words a number counts in `text` as written ("5 grandkids")."""
    return frozenset(m.group(1) for m in _COUNTED_RELATION.finditer(text.lower()))


def relation_answered(
    checks: tuple[tuple[str, str], ...], later: Inquiry
) -> tuple[tuple[str, str], ...]:
    """`checks` without the flags on a relation asked for that the `later` message counts as
    kids (their count read) by the same word."""
    if not later.kids_said or not later.relations:
        return checks
    return tuple(
        c for c in checks
        if not (c[0] == "message" and of_kind(c[1], _THING_ASKED) and quoted(c[1]) in later.relations)
    )  # fmt: skip
