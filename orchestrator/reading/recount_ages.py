"""Kids' ages told after the order they correct (`recount`), placed by band: the ages of as many
kids as the order has ("4, 8 and 11" after "3 kids"), one band for every kid ("all the kids are
between 6 and 10"), all but some of them ("all 6 except 2 who are still 5"), and the group the
first message left unplaced, counted by its ages ("18 of them are 13, the other 12 are 12").
Ages that do not fit the order's kids are asked."""

from __future__ import annotations

from dataclasses import replace

from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.reasons import unplaced


def ages_placed(
    before: Inquiry, merged: Inquiry, told: tuple[int, int, int], one_by_one: tuple[int, ...]
) -> tuple[Inquiry, list[str]]:
    """ "4, 8 and 11" after "3 kids": the kids' ages, when there are as many as kids."""
    children, toddlers, grown = told
    kids = (before.children or 0) + (before.toddlers or 0)
    if kids != children + toddlers + grown:
        return merged, [f"{children + toddlers + grown} ages given for {kids} kids: which kids?"]
    # the kids' ages kept (the youngest, as many as kids), so "the 3 yr old isn't coming" later
    # names one of them
    ages = tuple(sorted(one_by_one)[: children + toddlers])
    return replace(merged, adults=(before.adults or 0) + grown, children=children,
                   toddlers=toddlers, kid_ages=merged.kid_ages + ages), []  # fmt: skip


def one_band(before: Inquiry, merged: Inquiry, band: str) -> tuple[Inquiry, list[str]]:
    """ "all the kids are between 6 and 10" after "10 kids": every kid of the order in that band."""
    kids = (before.children or 0) + (before.toddlers or 0)
    if not kids and len(before.uncounted) == 1:  # "they're all between 11 and 12" after "10
        # scouts, 3 dads and me": the one group of young people left unplaced (round q85e, fu024)
        n = before.uncounted[0]
        return group_by_ages(merged, (n, 0, 0) if band == "children" else (0, n, 0)), []
    if not kids:
        return merged, ["kids' ages given, but the order has no kids: which guests?"]
    return replace(merged, children=kids if band == "children" else 0,
                   toddlers=kids if band == "toddlers" else 0), []  # fmt: skip


def all_but_told(before: Inquiry, split: tuple[str, int, str]) -> tuple[int, int, int]:
    """ "all 6 except 2 who are still 5" after "20 kids": the order's kids by band, as the ages
    told one by one would give them (6-12, 5 and under, 13 and over); more kids set apart than
    the order has give an empty count, which `ages_placed` asks about."""
    most, count, other = split
    kids = (before.children or 0) + (before.toddlers or 0)
    if not kids or count >= kids:
        return (0, 0, 0)
    bands = {"children": 0, "toddlers": 0, "adults": 0}
    bands[most] += kids - count
    bands[other] += count
    return bands["children"], bands["toddlers"], bands["adults"]


def group_by_ages(merged: Inquiry, told: tuple[int, int, int]) -> Inquiry:
    """ "18 of them are already 13, the other 12 are 12" after "30 students + 5 chaperones": the
    group the first message left unplaced, as many as the ages told, placed by band; the number
    it was is placed now."""
    children, toddlers, grown = told
    number = unplaced(sum(told))
    return replace(merged, adults=(merged.adults or 0) + grown, children=children, toddlers=toddlers,
                   checks=tuple(c for c in merged.checks if c[1] != number))  # fmt: skip
