"""A swap for half the party in a follow-up: "15 adults, chicken and shrimp", then "la mitad
quiere filete en vez de camarón" or "half of them want chicken instead of the filet". Read as a
swap for all, it moved everyone's shrimp to filet with no flag (round q77d). Half of an even
party of paying guests is a count; half of an odd one is asked, as is a half beside a count the
message itself changes ("add 2 adults, half of them want chicken": the 2, or all?)."""

from __future__ import annotations

from dataclasses import replace

from orchestrator.reading.inquiry import Inquiry


def halves_counted(merged: Inquiry, later: Inquiry) -> Inquiry:
    """`later` with its swaps for half the guests given half of the paying guests of `merged` (the
    order it corrects) as their count, when that party is even and `later` counts no guests;
    else unchanged (a swap for some with no count, asked how many of each)."""
    paying = (merged.adults or 0) + (merged.children or 0)
    if not later.half_swaps or paying <= 0 or paying % 2 or later.adults_said or later.kids_said:
        return later
    halves = set(later.half_swaps)
    counted = tuple(
        (old, new, group, paying // 2 if (old, new) in halves and group is None and count is None
         else count)
        for old, new, group, count in later.partial_swaps
    )
    return replace(later, partial_swaps=counted)
