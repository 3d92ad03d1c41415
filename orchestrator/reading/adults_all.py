"""A protein "for all N of us adults" before the kids' own choice ("lobster for all 10 of us
adults and 2 kids (8, 11), the 2 kids just want chicken"): the protein is the adults', one portion
each, and the kids have theirs. Without a choice of the kids after it, the count that opens a list
of every kind of guest gives the protein to everyone (the protein reader's `_whole_party`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.asks import ProteinAsk, with_

# right after the protein: "for all 10 of us adults", "tails for all 8 of us grownups"
_FOR_ALL_ADULTS = re.compile(
    r"\s*(?:tails?\s+)?for\s+all\s+(?:of\s+)?(?:the\s+)?\d{1,4}\s+of\s+us\s+(?:adults?|grown[- ]?ups)\b"
)


def _plain(ask: ProteinAsk) -> bool:
    """A choice with no count, share or extra of its own."""
    return ask.portions is None and not (ask.extra or ask.half or ask.rest or ask.share)


def adults_for_all(text: str, asks: Sequence[ProteinAsk]) -> list[ProteinAsk]:
    """The asks with a protein "for all N of us adults" given to the adults when a plain choice of
    the kids follows it in the message."""
    out = list(asks)
    for i, ask in enumerate(asks):
        if ask.group is not None or not _plain(ask) or not _FOR_ALL_ADULTS.match(text, ask.end):
            continue
        if any(k.group == "kids" and _plain(k) and k.start > ask.end for k in asks):
            out[i] = with_(ask, group="adults", per_guest=False)
    return out
