"""A count per guest said twice for the same protein ("8 adults 2 lobster each!! thats right, 2
lobster each", a spoken order quoted and then restated: 'my husband said "2 lobster each" so 8
adults, 2 lobster each'): one order told twice, not twice the portions. Nobody asks for 4 each by
saying 2 each twice; a second count that differs is left as it is (and asked about).

A count per guest for one group said after the same count for every guest ("10 adults 2 filet
each. oh and 2 filet each for the 2 kids too") is inside the first and counts once too; counts per
guest for every guest adding up past the included portions ("8 adults 2 lobster each, 4 kids 2
chicken each", "2 ny strip each. actually make it 2 filet each") are asked (round q80n): read as
four each, they priced a second helping nobody asked for. Asked only where a group or a
replacement can be meant: adults and kids both counted, or each count alone a full plate; "2
lobster tails each and one filet each" for adults stays three each."""

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
    """`asks` with a per-guest count that repeats an earlier one exactly, or repeats for one
    group an earlier count for every guest, left out."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for ask in asks:
        key = _key(ask)
        if key is not None and key in seen:
            continue
        if key is not None and ask.group and (ask.protein, ask.portions, 0, None) in seen:
            continue  # "2 filet each ... 2 filet each for the kids too": the kids had theirs
        if key is not None:
            seen.add(key)
        out.append(ask)
    return tuple(out)


def each_overflow(asks: Sequence[ProteinAsk], included: int, *, bands: int) -> list[str]:
    """A reason to ask when counts per guest for every guest, of different proteins, add up past
    the `included` portions each ("2 lobster each ... 2 chicken each"): for whom is each? Asked
    when the party has more than one paying band (`bands`: an "each" may be a group's) or when
    each count alone fills a plate (the second may replace the first); "2 lobster tails each and
    one filet each" for a party of adults is three portions each, as said."""
    every = [a for a in asks if _key(a) is not None and a.each_for == 0 and a.group is None]
    if len({a.protein for a in every}) < 2 or sum(a.portions or 0 for a in every) <= included:
        return []
    if bands < 2 and any((a.portions or 0) < included for a in every):
        return []
    # one "each" for the plate ("each will have 2 shrimp and 2 chicken") is one guest's order
    if None in {a.taken_back for a in every} or len({a.taken_back for a in every}) < len(every):
        return []
    said = " and ".join(f"{a.portions} {a.said} each" for a in every)
    return [f"{said}: {sum(a.portions or 0 for a in every)} portions for every guest, or each for "
            "some of them (or one instead of the other)?"]
