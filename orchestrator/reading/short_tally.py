"""A tally of portions short of the included ones: "6 adults. Our picks: 4 filet, 4 chicken, 2
salmon" counts 10 portions where the 6 guests have 12 included. Every protein has its own count
and none is per guest, so the tally is meant as everyone's choices; that it falls short of the
included portions (yet covers more than one a guest, so it is no list of one choice a person)
says someone's choice is missing, and a careful caterer asks who, rather than price the 10."""

from __future__ import annotations

from collections.abc import Sequence

from orchestrator.reading.asks import ProteinAsk


def _plain_count(ask: ProteinAsk) -> bool:
    """A protein with a number of portions in all and no other scope ("4 filet"): not one counted
    from the people a clause names ("my parents salmon"), whose portions are theirs by the rule."""
    return ask.portions is not None and ask.each_for is None and not (
        ask.extra or ask.people or ask.of_each or ask.one_each or ask.for_named or ask.group
        or ask.rest or ask.half or ask.share or ask.by_person
    )  # fmt: skip


def short_tally(asks: Sequence[ProteinAsk], paying: int, included: int) -> list[str]:
    """The check for a tally of two or more counted proteins whose portions come to more than
    one a paying guest but fewer than the `included` each, or none."""
    if len(asks) < 2 or not all(_plain_count(a) for a in asks):
        return []
    total = sum(a.portions or 0 for a in asks)
    allowance = paying * included
    if not paying < total < allowance:
        return []
    return [f"{total} portions for {paying} paying guests ({allowance} included): who is "
            "missing a choice?"]  # fmt: skip
