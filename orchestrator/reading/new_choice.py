"""Proteins named after a quote that are the whole new choice (round q80m): one for everyone
beside one the customer keeps ("what if lobster for everybody but keep the filet?" after filet and
shrimp: filet and lobster, the shrimp gives way), or a list after "make it" none of whose proteins
the order has ("what if we make it filet and lobster?" after shrimp and chicken)."""

from __future__ import annotations

from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.replacements import plain


def new_choice(merged: Inquiry, later: Inquiry) -> bool:
    """Whether the proteins `later` names (with those it keeps) replace `merged`'s order: each of
    the order's proteins for everyone, none added ("add", "also"), taken out or swapped; either a
    "make it" list with none of the order's proteins ("make it shrimp and chicken" after filet and
    chicken: which one gives way? asked), or kept ones of the order and new ones not in it as many
    as the order's ("keep the filet, lobster for everyone" beside three proteins is asked)."""
    order = {a.protein for a in merged.proteins}
    kept = set(later.retained)
    new = {b.protein for b in later.proteins}
    if not new or later.adds or later.removed or later.swaps or later.partial_swaps:
        return False
    if not all(map(plain, merged.proteins)) or not all(map(plain, later.proteins)) or new & order:
        return False
    if later.made_list and not kept:
        return True
    if not kept or not kept <= order or len(kept) + len(new) != len(order):
        return False
    each = later.per_person if later.per_person is not None else merged.per_person
    return each is None or each == len(order)
