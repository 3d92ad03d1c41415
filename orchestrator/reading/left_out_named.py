"""People the customer says our quote left out, whom the order already counts (round q82m): "oops
u forgot my parents, its 4 adults and the 3 kids" after "me, my husband and our 3 kids (9, 7 and 4)
plus my parents", quoted for 2 adults. The quote misread the first message; the reading of it
counted the parents, and the count the customer gives now is that count: the people named are
among it, no one more. A count that differs, or people the first message never named, is asked."""

from __future__ import annotations

import re
from dataclasses import replace

from orchestrator.reading.inquiry import Inquiry

_LEFT_OUT = re.compile(
    r"\b(?:you|u|y'?all)\s+(?:forgot|forget|left\s+(?:out|off)|missed|"
    r"(?:didn'?t|did\s+not)\s+(?:count|include|add))\b"
)


def left_out(text: str) -> bool:
    """Whether normalized `text` says our quote left someone out ("u forgot my parents")."""
    return bool(_LEFT_OUT.search(text))


def left_out_counted(state: Inquiry, later: Inquiry) -> Inquiry:
    """`later` without the checks on the people it says the quote left out, when `state` named
    them too and `later`'s adults are `state`'s: counted there already."""
    if not later.left_out or not later.adults_said or later.adults != state.adults:
        return later
    if not later.kin_said or not later.kin_said <= state.kin_said:
        return later
    named = {n.check for n in later.named if n.check in later.checks}
    if not named:
        return later
    return replace(later, checks=tuple(c for c in later.checks if c not in named))
