"""The order said again with its changes after "except" (round q82h): "Same order as last year's
quote below, except we're 46 adults now and please drop the sake". "except" there takes nothing
out by itself: it opens the changes, each read (and each negation in them checked) on its own.

Only when a "same ..." frame comes before it in its sentence ("same order as", "same as last
time", "same menu") and a change clause follows it ("we're 46 adults now", "make it 20", "add the
show", "drop the sake", "swap the shrimp for scallops"); "same as last year except the shrimp"
names what is left out, and the negation stays asked."""

from __future__ import annotations

import re

from orchestrator.reading.sentences import sentence_start

_SAME = re.compile(r"\bsame\s+(?:order|menu|food|thing|setup|package|as)\b")
# a clause that says a change: the new count, or a verb of change
_CHANGE = re.compile(
    r"\s*(?:that\s+|now\s+)?(?:we'?re|we\s+are|we'?ll\s+be|we\s+will\s+be|it'?s|its|there'?ll\s+be|"
    r"make\s+(?:it|that)|add|drop|remove|swap|switch|change|bump)\b"
)


def except_opens_changes(text: str, start: int, end: int) -> bool:
    """Whether the "except" at `start`-`end` of normalized `text` opens the changes to an order
    said again ("same order as last year's quote, except we're 46 adults now")."""
    if text[start:end] != "except":
        return False
    return bool(_SAME.search(text, sentence_start(text, start), start)) and bool(
        _CHANGE.match(text, end)
    )
