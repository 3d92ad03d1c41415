"""The note of a guest total priced as adults ("priced all 23 guests as adults 13+", round q74a):
one wording, raised where the total is read (`guest_total`), and worded as a `Reason` of its own
kind, so the conversation drops it by what it is (a follow-up whose total is the people it names
joining; a count changed since), not by its opening words."""

from __future__ import annotations

from collections.abc import Iterable

from orchestrator.reading.reasons import Reason, of_kind, worded

ALL_ADULTS = "a guest total priced as adults"


def all_adults(adults: int) -> Reason:
    """The note of `adults` guests of a total, all priced as adults."""
    return worded(f"priced all {adults} guests as adults 13+", ALL_ADULTS, numbers=(adults,))


def without_all_adults(notes: Iterable[str], drop: bool = True) -> tuple[str, ...]:
    """`notes` less the note of a total priced as adults (when `drop`: "priced all 25 guests as
    adults" after a follow-up that changed the 25)."""
    return tuple(n for n in notes if not (drop and of_kind(n, ALL_ADULTS)))
