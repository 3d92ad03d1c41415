"""A count per guest said twice for the same protein ("8 adults 2 lobster each!! thats right, 2
lobster each", a spoken order quoted and then restated: 'my husband said "2 lobster each" so 8
adults, 2 lobster each'): one order told twice, not twice the portions. Nobody asks for 4 each by
saying 2 each twice; a second count that differs is left as it is (and asked about)."""

from __future__ import annotations

from collections.abc import Sequence

from orchestrator.reading.asks import ProteinAsk


def _key(ask: ProteinAsk) -> tuple[object, ...] | None:
    """What makes two per-guest asks the same one told again; None for any other ask."""
    if ask.each_for is None or not ask.portions or ask.extra or ask.people or ask.for_named:
        return None
    if ask.share or ask.half or ask.rest or ask.others:
        return None
    return (ask.protein, ask.portions, ask.each_for, ask.group)


def restated_once(asks: Sequence[ProteinAsk]) -> tuple[ProteinAsk, ...]:
    """`asks` with a per-guest count that repeats an earlier one exactly left out."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for ask in asks:
        key = _key(ask)
        if key is not None and key in seen:
            continue
        if key is not None:
            seen.add(key)
        out.append(ask)
    return tuple(out)
