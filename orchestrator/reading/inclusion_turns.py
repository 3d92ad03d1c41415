"""Whom a count includes, told in the next message of a burst: "it'll be 2 tables of 10,
everyone's an adult", then "that's incl us and the twins" (round q81p). A phone's fragments: the
later message, sent right after the count with no reply between and opening with the words of
inclusion, says who is inside that count, so the two are read as one message ("..., everyone's
an adult, that's incl us and the twins"), where the readers of a total with whom it includes
decide (a total of no band, "20 people, that's incl the kids", still asks what the kids are).
Only when the earlier message gives a number; a message of no count before it is left alone."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.turns import Turn

# "that's incl us and the twins", "thats counting me", "that includes my parents" ("counting" only
# after "that's": "counting down the days!" says no one)
_INCLUDES = re.compile(
    r"^\s*(?:(?:that'?s|thats|that\s+is|this\s+is|it'?s|its)\s+(?:incl\.?|including|counting)"
    r"|(?:that\s+)?includes|incl\.?|including)\s+(?=[a-z])",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\b", re.IGNORECASE
)


def inclusion_turns(turns: Sequence[Turn]) -> list[Turn]:
    """`turns` ((role, text), oldest first) with a customer message that says whom the count of
    the customer message right before it includes joined to that message."""
    out = list(turns)
    for i in range(len(out) - 1, 0, -1):
        (role, text), (prev_role, before) = out[i], out[i - 1]
        if role != "customer" or prev_role != "customer" or not _INCLUDES.match(text):
            continue
        if _NUMBER.search(before) is None:
            continue
        out[i - 1 : i + 1] = [("customer", f"{before.rstrip().rstrip(',')}, {text.strip()}")]
    return out
