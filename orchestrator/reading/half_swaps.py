"""A swap for half the party in a follow-up: "15 adults, chicken and shrimp", then "la mitad
quiere filete en vez de camarón" or "half of them want chicken instead of the filet". Read as a
swap for all, it moved everyone's shrimp to filet with no flag (round q77d). Half of an even
party of paying guests is a count, as is a third or a quarter that comes out whole ("a third of
the 30 would rather have scallops instead of shrimp": 10; read before as a swap for all, round
q81m) or half of a protein ("upgrade half the shrimp to lobster"). Asked: a share of an odd party
or one that is not whole, of a count other than the party's, of a protein not everyone has, or
beside a count the message itself changes ("add 2 adults, half of them want chicken": the 2, or
all?). A swap for a
counted part beside a count of guests who keep the old protein ("lobster for just 5 of them and
shrimp for the other 5", `split_swaps`) is applied only where the two counts make the party and
the old protein is everyone's; else its count is dropped (asked how many of each, round q77j)."""

from __future__ import annotations

from dataclasses import replace

from orchestrator.reading.inquiry import Inquiry


def halves_counted(merged: Inquiry, later: Inquiry) -> Inquiry:
    """`later` with its swaps for a share of the guests ("half of them", "upgrade half the shrimp",
    "a third of the 30") given that share of the paying guests of `merged` (the order it corrects)
    as their count, when the share comes out whole, the count said with it is that party's, and
    `later` counts no guests; else unchanged (a swap for some with no count, asked how many of
    each). Only a protein everyone has is shared out ("half the shrimp" of 10 shrimp among 22 is 5)."""
    paying = (merged.adults or 0) + (merged.children or 0)
    later = _parts_checked(merged, later, paying)
    if not later.share_swaps or paying <= 0 or later.adults_said or later.kids_said:
        return later
    everyone = _everyones(merged, paying)
    shares = {
        (old, new): paying * part // whole
        for old, new, part, whole, total in later.share_swaps
        if not paying * part % whole and total in (0, paying) and old in everyone
    }
    counted = tuple(
        (old, new, group, shares.get((old, new)) if group is None and count is None else count)
        for old, new, group, count in later.partial_swaps
    )
    return replace(later, partial_swaps=counted)


def _everyones(merged: Inquiry, paying: int) -> set[str]:
    """The proteins every paying guest of `merged` has (not extras)."""
    return {a.protein for a in merged.proteins if a.portions in (None, paying) and not a.extra}


def _parts_checked(merged: Inquiry, later: Inquiry, paying: int) -> Inquiry:
    """`later` with the count of a swap for a part dropped unless it and the count kept beside it
    make the `paying` guests of `merged` and the old protein is everyone's ("5 for lobster and
    shrimp for the other 5" of 12: who has which?)."""
    if not later.split_kept:
        return later
    everyone = _everyones(merged, paying)
    sure = len(later.split_kept) == 1 and not (later.adults_said or later.kids_said)
    kept = later.split_kept[0]
    checked = tuple(
        (old, new, group, count if sure and group is None and count is not None
         and kept + count == paying and old in everyone else None)
        for old, new, group, count in later.partial_swaps
    )
    return replace(later, partial_swaps=checked)
