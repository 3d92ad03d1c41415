"""The order of a whole conversation: the earlier customer messages read oldest first, each
later one applied to the order before it (reading/conversation.py), when the current message is
about the quote; a message about something else (a deposit question, the party's address) keeps
the order as the conversation left it."""

from __future__ import annotations

from collections.abc import Sequence

from orchestrator.reading.booked_zip import booked_elsewhere
from orchestrator.reading.conversation import apply_later
from orchestrator.reading.details_after import details_after
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.part_recount import part_counted_again
from orchestrator.reading.reasons import SOME_KIDS, of_kind
from orchestrator.reading.told_after import allergy_apart, allergy_with_change, told_after


def merge_history(current: Inquiry, earlier: Sequence[Inquiry]) -> Inquiry:
    """The order of the whole conversation (earlier customer messages oldest first), corrected
    by each later message, when the current message is about the quote (a deposit question is
    not a new quote)."""
    if not earlier:
        return allergy_apart(current)
    # ("coach says 13 players now instead of 11": a part of the order counted anew)
    again = part_counted_again(current, earlier)
    if not current.quote_related and not _kids_unsure(current) and not again:
        if current.details is not None:  # "The party is at 7421 Sunrise Blvd. Starts at 6."
            return details_after(current, lambda: merge_history(earlier[-1], earlier[:-1]))
        return told_after(current, lambda: merge_history(earlier[-1], earlier[:-1]))
    state = before = earlier[0]
    for later in [*earlier[1:], current]:
        state, before = apply_later(state, later), state
    return allergy_with_change(booked_elsewhere(before, current, state), current)  # "book it! ... 95661"


def _kids_unsure(current: Inquiry) -> bool:
    """ "mostly adults. is tip included?" answering whether all the guests are adults: a reply
    about the order's count, which stays asked (how many kids?), not a question alone."""
    return any(of_kind(why, SOME_KIDS) for _, why in current.checks)
