"""Portions counted for the guests of the order before that a follow-up's new guest count makes
doubtful (moved out of recount.py)."""

from __future__ import annotations

from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.per_plate import per_plate


def stale_counts(before: Inquiry, merged: Inquiry, later: Inquiry) -> list[tuple[str, str]]:
    """Portions counted for the guests of the order before ("12 lobster and 12 filet" for 12)
    that the new guest count makes doubtful: 2 more guests, or 2 dropping out, leave the counts
    as said, and the draft would price missing or extra portions. Counts `later` gives anew, per
    guest ("2 each") or of people ("4 of them want lobster") are not doubtful."""
    if not before.paying or merged.paying == before.paying or later.keeps_rest:
        return []  # "22 adults, same proteins": the counts stay as said
    if _off_with_guests(before, merged, later):
        return []  # "my brother cant make it, take off his filet and shrimp": counted anew
    joined = merged.paying - before.paying
    if (
        later.proteins
        and all(b.group == "kids" for b in later.proteins)
        and not later.adults_said
        and joined == (later.children or 0)
    ):
        return []  # "2 more kids (7, 10), chicken for them": the counts said stay the adults
    new = {id(b) for b in later.proteins}
    # "2 proteins each: one salmon one shrimp": one guest's plate, per guest whatever the count
    plated = per_plate(merged.proteins, merged.per_person, before.paying)[0]
    stale = [a.said for a, p in zip(merged.proteins, plated, strict=True) if a.portions is not None
             and id(a) not in new and not a.extra and not a.people and p.each_for is None]  # fmt: skip
    if not stale:
        return []
    return [("added", f"{', '.join(dict.fromkeys(stale))} counted for {before.paying} guests, "
                      f"now {merged.paying}: how many of each?")]  # fmt: skip


def _off_with_guests(before: Inquiry, merged: Inquiry, later: Inquiry) -> bool:
    """Portions taken off by the message that drops the guests, as many as those guests had
    ("take off his filet and shrimp" of 10 portions for 5): the counts are said anew."""
    gone = before.paying - merged.paying
    off = sum(n for _, n in later.portions_off)
    had = [a.portions for a in before.proteins]
    if gone <= 0 or not off or None in had:
        return False
    return sum(n or 0 for n in had) * gone == off * before.paying
