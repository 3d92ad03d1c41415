"""A choice told for "the N of us" where N was the whole party ("just the 2 of us 💕 lobster and
filet"): everyone's choice, one portion each. When a follow-up adds adults ("we'll invite my
parents too. add 2 adults, same food"), it stays everyone's, for the new count too, not a fixed
2 portions beside 4 guests."""

from __future__ import annotations

from dataclasses import replace

from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.inquiry import Inquiry


def everyone_again(state: Inquiry) -> tuple[ProteinAsk, ...]:
    """The proteins of `state` with each told for as many people as its paying guests (and for
    no group, person or share) written as everyone's choice; the others as they were."""
    paying = (state.adults or 0) + (state.children or 0)

    def whole(a: ProteinAsk) -> bool:
        return (
            a.people
            and a.portions == paying
            and paying > 0
            and a.group is None
            and not (a.extra or a.for_named or a.share or a.half or a.per_guest or a.rest)
            and a.each_for is None
        )

    return tuple(
        replace(a, portions=None, people=False, count_span=None) if whole(a) else a
        for a in state.proteins
    )
