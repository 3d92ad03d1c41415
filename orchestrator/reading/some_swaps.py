"""A swap for some guests in the message that names the order: "chicken and shrimp for everyone
except 4 of us want lobster instead of shrimp". After a protein everyone has, a swap for a count
of guests (or a group) is applied as a follow-up's would be: those guests get the new protein, the
others keep the old one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.changes import Swap
from orchestrator.reading.conversation import split_for_some

Span = tuple[int, int]

_EXCEPT = re.compile(r"\b(?:except(?:\s+that)?|but)\s*,?\s*$")


def swaps_for_some(
    text: str, kept: Sequence[ProteinAsk], swaps: Sequence[Swap]
) -> tuple[list[ProteinAsk], list[Swap], list[Span]]:
    """(the asks with the swaps for some applied, the swaps left, the spans read: the "except"
    that opens such a swap). Unchanged when any swap for some is not after a protein everyone
    has, or names no count or group."""
    unchanged = list(kept), list(swaps), []
    partial = [w for w in swaps if w.partial]
    if not partial or any(w.count is None and w.group is None for w in partial):
        return unchanged
    everyone = {a.protein: a.start for a in kept if _everyone(a)}
    if any(w.old not in everyone or everyone[w.old] > w.span[0] for w in partial):
        return unchanged
    out, applied = split_for_some(tuple(kept), tuple((w.old, w.new, w.group, w.count) for w in partial))
    if not applied:
        return unchanged
    spans = []
    for w in partial:
        if m := _EXCEPT.search(text[max(0, w.span[0] - 14) : w.span[0]]):
            at = max(0, w.span[0] - 14) + m.start()
            spans.append((at, at + len(m.group(0).rstrip(" ,"))))
    return list(out), [w for w in swaps if not w.partial], spans


def _everyone(ask: ProteinAsk) -> bool:
    return ask.portions is None and not (ask.half or ask.rest or ask.group or ask.extra or ask.share)
