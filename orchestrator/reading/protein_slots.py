"""One of each guest's proteins named after the count of them: "2 proteins each, one of them
chicken", "2 proteins pp - 1 of which is chicken". The "one of them" is one of the proteins, not
one guest: the protein is everyone's (round q82q; read as 1 guest's it made the poll that follows
name 17 people of 16). "16 adults, 1 of them wants lobster" names a guest and is left as it was."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.asks import ProteinAsk

# the proteins' count (each, per person), then "1 of them/which (is/being/has to be)" right before
# the protein named
_ONE_OF_PROTEINS = re.compile(
    r"\b\d\s+(?:proteins?|meats?|choices)(?:\s+(?:each|apiece|pp|per\s+(?:person|guest|head|plate)"
    r"|for\s+(?:everyone|everybody|each\s+guest)))?\s*[,;:-]?\s*(?:and\s+|with\s+)?"
    r"(1\s+of\s+(?:them|those|which|the\s+2)\s+(?:is\s+|being\s+|should\s+be\s+|will\s+be\s+|"
    r"has\s+to\s+be\s+|must\s+be\s+|would\s+be\s+)?(?:the\s+)?)$"
)


def one_of_the_proteins(before: str) -> re.Match[str] | None:
    """The "1 of them" of "2 proteins each, 1 of them " ending `before` (group 1), if any."""
    return _ONE_OF_PROTEINS.search(before)


def filled_slots(asks: Sequence[ProteinAsk], paying: int) -> int:
    """How many of each guest's proteins the asks fill beside those named with no count: the rest's
    proteins kept after a swap for a counted few, and the slot of people counted (`_counted_slot`)."""
    return len(swapped_rest(asks)) + _counted_slot(asks, paying)


def swapped_rest(asks: Sequence[ProteinAsk]) -> set[str]:
    """The proteins the rest of the guests keep after a swap for a counted few ("except 4 want tofu
    instead of shrimp": the shrimp), each one slot of a guest's proteins beside the tofu."""
    counted = {a.sentence for a in asks if a.people and a.count_span is not None}
    return {a.protein for a in asks if a.rest and a.sentence in counted}


def _counted_slot(asks: Sequence[ProteinAsk], paying: int) -> int:
    """1 when the choices counted by people ("9 want shrimp, 5 want filet and 2 want salmon") name
    every paying guest once: one of each guest's proteins, beside those named for everyone (a
    count that misses or passes the party fills no slot, and the per-person check asks)."""
    counted = [a for a in asks if a.people and a.portions and not a.extra and a.count_span is not None]
    return int(bool(counted) and sum(a.portions or 0 for a in counted) == paying)

