"""A swap for half the party in a follow-up: "15 adults, chicken and shrimp", then "la mitad
quiere filete en vez de camarón" or "half of them want chicken instead of the filet". Read as a
swap for all, it moved everyone's shrimp to filet with no flag (round q77d). Half of an even
party of paying guests is a count; half of an odd one is asked, as is a half beside a count the
message itself changes ("add 2 adults, half of them want chicken": the 2, or all?). A swap for a
counted part beside a count of guests who keep the old protein ("lobster for just 5 of them and
shrimp for the other 5", `split_swaps`) is applied only where the two counts make the party and
the old protein is everyone's; else its count is dropped (asked how many of each, round q77j)."""

from __future__ import annotations

from dataclasses import replace

from orchestrator.reading.inquiry import Inquiry


def halves_counted(merged: Inquiry, later: Inquiry) -> Inquiry:
    """`later` with its swaps for half the guests given half of the paying guests of `merged` (the
    order it corrects) as their count, when that party is even and `later` counts no guests;
    else unchanged (a swap for some with no count, asked how many of each)."""
    paying = (merged.adults or 0) + (merged.children or 0)
    later = _parts_checked(merged, later, paying)
    if not later.half_swaps or paying <= 0 or paying % 2 or later.adults_said or later.kids_said:
        return later
    halves = set(later.half_swaps)
    counted = tuple(
        (old, new, group, paying // 2 if (old, new) in halves and group is None and count is None
         else count)
        for old, new, group, count in later.partial_swaps
    )
    return replace(later, partial_swaps=counted)


def _parts_checked(merged: Inquiry, later: Inquiry, paying: int) -> Inquiry:
    """`later` with the count of a swap for a part dropped unless it and the count kept beside it
    make the `paying` guests of `merged` and the old protein is everyone's ("5 for lobster and
    shrimp for the other 5" of 12: who has which?)."""
    if not later.split_kept:
        return later
    everyone = {a.protein for a in merged.proteins if a.portions in (None, paying) and not a.extra}
    sure = len(later.split_kept) == 1 and not (later.adults_said or later.kids_said)
    kept = later.split_kept[0]
    checked = tuple(
        (old, new, group, count if sure and group is None and count is not None
         and kept + count == paying and old in everyone else None)
        for old, new, group, count in later.partial_swaps
    )
    return replace(later, partial_swaps=checked)
