"""A count on the first protein of two only ("14 of us 😊 2 salmon and chicken"): 2 salmon for 2
guests and chicken for the rest, chicken for everyone and 2 salmon beside it (12 guests with one
portion of their 2), or salmon and chicken for everyone ("2" the proteins each)? Nothing else in
the words settles it, so it is asked (round q84g); priced as read, it stated a confident total for
one reading of three. A count that is every paying guest's ("14 salmon and chicken" for 14) or
more than that, extras, groups, halves, the rest, people counted or named, and "N proteins each"
are read elsewhere and left alone."""

from __future__ import annotations

from collections.abc import Sequence

from orchestrator.reading.asks import ProteinAsk


def _plain(ask: ProteinAsk) -> bool:
    """A protein named with no scope of its own (no group, extra, half, rest or people)."""
    return not (
        ask.extra or ask.half or ask.rest or ask.share or ask.group or ask.people or ask.others
        or ask.for_named or ask.of_each or ask.one_each or ask.by_person
        or ask.each_for is not None
    )  # fmt: skip


def first_counted(asks: Sequence[ProteinAsk], *, paying: int, per_person: int | None) -> list[str]:
    """The check when the first of two proteins named together has a count short of the guests
    and the second none ("2 salmon and chicken" for 14); [] otherwise."""
    if per_person is not None or len(asks) != 2 or not all(_plain(a) for a in asks):
        return []
    first, second = sorted(asks, key=lambda a: a.start)
    if first.sentence != second.sentence or second.portions is not None or second.per_guest:
        return []
    if first.portions is None or not 1 <= first.portions < paying:
        return []
    return [f"{first.portions} {first.said} and {second.said} with no count for {paying} guests: "
            f"{first.portions} guests' {first.said} and {second.said} for the others, or both "
            "for everyone?"]  # fmt: skip
