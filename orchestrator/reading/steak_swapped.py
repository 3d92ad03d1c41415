"""The word "steak" given up in a later message, after an order with one steak: "swap the steak
for salmon" after a quote of chicken and NY strip, "can we do shrimp instead of the steak?" after
filet and chicken, "chicken instead of the steak for those 3" (round q86p). On its own "steak" is
either cut and asked; given up from an order that has one of them, it is that one (the swap was
left "not in the order" and asked). With both cuts in the order, or none, it stays as it was
(asked)."""

from __future__ import annotations

from dataclasses import replace

from orchestrator.reading.inquiry import Inquiry

# the catalog's options for the ambiguous word (hibachi.toml's [[ambiguous]] "steak")
_STEAKS = frozenset({"ny_strip", "filet_mignon"})


def quoted_steak(order: Inquiry, later: Inquiry) -> Inquiry:
    """`later` with "steak" given up in its swaps read as the one steak of `order`."""
    ours = {a.protein for a in order.proteins} & _STEAKS
    said = any(old == "steak" for old, *_ in (*later.swaps, *later.partial_swaps))
    if not said or len(ours) != 1:
        return later
    steak = next(iter(ours))
    return replace(
        later,
        swaps=tuple((steak if old == "steak" else old, new) for old, new in later.swaps),
        partial_swaps=tuple(
            (steak if old == "steak" else old, new, group, count)
            for old, new, group, count in later.partial_swaps
        ),
        whole_swaps=tuple((steak if old == "steak" else old, new) for old, new in later.whole_swaps),
    )
