"""Which topics the offline responder answers from its policies rather than with a quote: a
policy question asked beside a party's size, "same food" resolved against the conversation's
order, and the policy topics a reply without a quote answers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from orchestrator.extraction import Inquiry
from orchestrator.reading.asked_food import included_questions
from orchestrator.reading.quote_booked import booking_unsettled
from orchestrator.replies import Piece

# Policy questions a party's size is only the context of ("is there a minimum? only 4 or 5 of us",
# "do we get the deposit back if we cancel? about 20 adults", "is gratuity included? 15 adults",
# "how far ahead do i need to book? a party for 25").
SIZING_QUESTIONS = frozenset({
    "minimum", "included", "travel_policy", "deposit", "cancellation", "changes", "gratuity", "notice",
    "equipment",
})
# Of those, the ones the policy answers even beside a definite count ("is there a minimum? its just
# 6 of us", "do we tip the chef? 12 adults", "what comes with the dinner? it would be 12 of us"):
# with no proteins, add-ons or ZIP and no price asked there is no order to quote ("what does the
# chef bring? do we need to provide the grill? a reunion for 30 adults": what the chef brings).
POLICY_FIRST = frozenset(
    {"minimum", "deposit", "cancellation", "changes", "gratuity", "notice", "included", "equipment"}
)


def sizing_only(inquiry: Inquiry, topics: frozenset[str], *, counted: bool = True) -> bool:
    """A policy question asked with a rough party size (`counted`; without a count, the proteins
    asked about: "is lobster included?") and nothing else of an order: the answer is the policy,
    not a quote of a count the reading is unsure of."""
    named = inquiry.proteins if counted else ()
    ordered = named or inquiry.add_ons or inquiry.zip_code or inquiry.removed
    return bool(topics & SIZING_QUESTIONS) and "price" not in topics and not ordered


def food_asked_about(normalized_text: str, food_word: re.Pattern[str]) -> bool:
    """Every catalog word of the message stands in a question of what the dinner comes with
    ("does the dinner come with rice and veggies or just the meat? we'd be 15 adults", "what
    comes with the dinner? do we get rice and veggies or just the meat?"): the food is what is
    asked about, not an order, so the count beside it is the question's context."""
    questions = included_questions(normalized_text)
    named = [m.start() for m in food_word.finditer(normalized_text)]
    return bool(questions and named) and all(any(s <= at < e for s, e in questions) for at in named)


def references(topics: frozenset[str], *, ordered: bool, counted: bool = False) -> frozenset[str]:
    """ "same food" names the order of the conversation when it has proteins (`ordered`: read with
    it); without one, it names an earlier order only staff can look up. An earlier event named
    beside a party (`counted`) with no protein and no policy question ("doing it again this year,
    14 adults") is such an order too: its food is the earlier event's, never the included default."""
    past = "same_order" in topics and not ordered
    past |= "earlier_event" in topics and counted and not ordered and not topics & SIZING_QUESTIONS
    named = frozenset({"past_order"}) if past else frozenset()
    return topics - {"same_order", "earlier_event"} | named


# The topics `answers.policy_pieces` answers from the published policies.
POLICY_TOPICS = frozenset({"deposit", "cancellation", "booking", "notice", "gratuity", "tax",
                            "kids_price", "minimum", "included", "menu", "travel_policy"})


def policies_answered(
    topics: frozenset[str], body: Sequence[Piece], policies: Sequence[Piece]
) -> tuple[str, ...]:
    """The policy topics a reply without a quote answers: those whose answers are in its body."""
    if not any(piece in body for piece in policies):
        return ()
    return tuple(sorted(topics & POLICY_TOPICS))


class Turn(Protocol):
    """An earlier message, as `offline_reply.TurnLike`."""

    @property
    def role(self) -> str: ...

    @property
    def text(self) -> str: ...


def booking_asks(
    history: Sequence[Turn], text: str, flags: tuple[str, ...], for_staff: bool
) -> tuple[list[Piece], tuple[str, ...], bool]:
    """ "book it" naming no order (`booking_unsettled`): the question that settles it, `flags`
    with the reviewer's flag first and the draft held for staff; for any other message, no
    question and `flags`, `for_staff` as they were."""
    why = booking_unsettled([*((t.role, t.text) for t in history), ("customer", text)])
    if why is None:
        return [], flags, for_staff
    if "before any quote" in why:
        ask = "What should we book: how many guests, which proteins, and the party's ZIP code?"
    elif "not our quote's total" in why:  # "ok 600 is fine, book it" after $660 (round q84a)
        ask = "That total is not the one we quoted for this order: should we book it as quoted?"
    elif "said for" in why:  # "ok $660 for 14 people works, book it" after $660 for 12 (q84o)
        ask = ("Our quote was for a different number of guests: should we book it as quoted, or "
               "for the number you said?")
    elif "more said beside it" in why:  # "book it" beside words not read (round q84a)
        ask = "Should we book the order as we quoted it, or would you like to change something?"
    else:
        ask = "Which of the two quotes should we book?"
    return [Piece(ask)], (f"check_order: {why}", *flags), True
