"""Guests who take the place of those dropping out, of no number the readers count (round q86l):
"one of the couples dropped out but my neighbors are taking their spot" after 6 couples, and "one
couple dropped out but another couple from work is taking their place, so we're still at 14" were
read as the couple out alone (10 and 12 adults, no flag): the ones who take their place were
lost. How many take the place is asked (the count said beside it, "still 14", is left to a
person too: the readers do not tie it to the swap). "2 of the couples cant make it but my in-laws
are coming in their place" is the joiners' readers' (a relation of known number, read)."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

# "X is taking their place", "are taking our spot", "will take their seats", "filling their spots"
_TAKING = gated(re.compile(
    r"\b(?:(?:is|are|r|will|gonna|going to)\s+)?(?:taking|take|takes|filling|fill|fills)\s+"
    r"(?:their|his|her|the|those|them)\s+(?:place|places|spot|spots|seat|seats)\b"
))  # fmt: skip
# someone said not to come in the same message
_OUT = re.compile(
    r"\b(?:can't|cant|cannot|can not|won't|wont|not coming|dropped|drop out|backed out|bailed|"
    r"cancell?ed|had to cancel|pulled out|out)\b"
)


def place_taken(text: str) -> list[tuple[str, str]]:
    """The check of guests said to take the place of those out in the raw lower-cased `text`."""
    m = _TAKING.search(text)
    if m is None or not _OUT.search(text, 0, m.start()):
        return []
    return [("guests", f"'{m.group(0).strip()}': who takes their place, and how many now?")]
