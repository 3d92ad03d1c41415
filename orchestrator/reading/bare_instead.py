"""A bare "instead" (no "of" after it) beside the proteins a message names, with nothing taken
out by name: what it replaces is the conversation's order. One protein ("scallops instead") is
asked which one it replaces unless the order has one (`conversation.merge_history`); two or more
named plainly right before it ("could we make it shrimp and vegetables instead?") are the new
choice for everyone, replacing the order's proteins, asked only when there is no order before."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.changes import instead_spans
from orchestrator.reading.replacements import plain

Span = tuple[int, int]

# between the last protein named and "instead": words of the dish or of everyone, no number
# ("shrimp and vegetables instead", "chicken and shrimp for everyone instead", "... tails instead")
_UP_TO_INSTEAD = re.compile(
    r"(?:\s+(?:tails?|steaks?|please|pls|for\s+(?:everyone|everybody|all(?:\s+of\s+us)?|the\s+group)))*"
    r"\s+instead\b"
)


@dataclass(frozen=True, slots=True)
class BareInstead:
    """The spans of the bare "instead" words and the check the conversation settles."""

    spans: list[Span]
    check: tuple[str, str]


def bare_instead(norm: str, kept: Sequence[ProteinAsk]) -> BareInstead | None:
    """The bare "instead" of normalized `norm` beside the proteins `kept`, when one protein is
    named, or two or more named plainly with "instead" right after the last of them."""
    if not kept or not (spans := instead_spans(norm)):
        return None
    if len(kept) == 1:  # "scallops instead": of which one?
        return BareInstead(spans, ("instead", f"{kept[0].said} instead: of which protein?"))
    last = max(kept, key=lambda a: a.end)
    if not all(map(plain, kept)) or not _UP_TO_INSTEAD.match(norm, last.end):
        return None
    names = ", ".join(a.said for a in kept)
    return BareInstead(spans, ("instead_all", f"{names} instead: of what?"))
