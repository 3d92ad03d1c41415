"""The vegetarians' whole plate beside the order's meat and fish for everyone: "16 adults, filet and
shrimp" then "2 of them are vegan so tofu for them. rest stays the same". The 2 have tofu for
both their portions (4, as the reading counts them), so the filet and the shrimp are the others'
(14 each), not everyone's with the tofu on top and a question which it replaces (round q85g,
blind 184 fv010).

Only when the meatless guests' own portions (tofu, vegetables, counted for them) are their whole
plates (as many as they have included), every other choice is for everyone (no count, share or
group, no extra), none of them is tofu or vegetables and they are a whole plate (two proteins
for two included: after "chicken and tofu" for everyone, the tofu named again may be anyone's);
anything else is left as it was."""

from __future__ import annotations

from collections.abc import Sequence

from orchestrator.reading.asks import ProteinAsk, with_

_MEATLESS_KEYS = frozenset({"tofu", "vegetables"})


def _for_everyone(ask: ProteinAsk) -> bool:
    return ask.portions is None and not (
        ask.extra or ask.half or ask.rest or ask.share or ask.group or ask.per_guest
    )


def meatless_plates(
    asks: Sequence[ProteinAsk], *, meatless: int, paying: int, included: int
) -> list[ProteinAsk]:
    """`asks` with the choices for everyone counted for the guests who are not `meatless`, when
    the meatless guests' own tofu or vegetables are their whole plates."""
    if not meatless or meatless >= paying:
        return list(asks)
    theirs = [a for a in asks if a.protein in _MEATLESS_KEYS]
    others = [a for a in asks if a.protein not in _MEATLESS_KEYS]
    if not theirs or not others or any(a.portions is None or a.extra for a in theirs):
        return list(asks)
    if sum(a.portions or 0 for a in theirs) != meatless * included or not all(
        _for_everyone(a) for a in others
    ):
        return list(asks)
    if len({a.protein for a in others}) != included:  # "chicken and tofu" before: whose tofu?
        return list(asks)
    rest = paying - meatless
    return [a if a.protein in _MEATLESS_KEYS else with_(a, portions=rest) for a in asks]
