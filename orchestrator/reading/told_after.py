"""What a message that is not about the order itself tells of it: an allergy, a guest's dislike or
a share of the party said to eat no meat, told after the order or beside a first one. The order
stands; each is a check where the order has the food, a note where it does not."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from orchestrator.reading.allergies import allergy_noted, checks_for, share_checks
from orchestrator.reading.disliked import dislike_checks
from orchestrator.reading.inquiry import Inquiry


def told_after(current: Inquiry, order: Callable[[], Inquiry]) -> Inquiry:
    """ "oh fyi my mom has a shellfish allergy" after an order with shrimp: the order of the
    conversation with the allergy asked (who eats what instead?), not the message on its own.
    After an order without the food (chicken and filet), the order stands: it is quoted again
    with the allergy noted, so the customer sees that nothing changed (blind118 dh081). "our VP
    hates chicken lol" after an order with chicken is asked the same way (who has what instead?),
    and "also half of us are vegetarian" after an order of meat or fish alone (which for them?).
    `order` reads the conversation's order before `current`, only when there is something to tell."""
    if not current.allergies and not current.dislikes and not current.meatless_share:
        return current
    state = order()
    if not state.has_guests or not state.proteins:
        return current
    ordered = {a.protein for a in state.proteins}
    checks = checks_for(current.allergies, ordered) + dislike_checks(current.dislikes, ordered)
    checks += share_checks(current.meatless_share, ordered)
    if checks:
        return replace(state, checks=(*state.checks, *checks))
    if not current.allergies:  # "my wife doesn't like shrimp" after chicken and filet: it stands
        return replace(state, topics=current.topics)
    return replace(
        state,
        topics=current.topics,
        allergies=current.allergies,
        assumptions=(*state.assumptions, allergy_noted(current.allergies)),
    )


def allergy_apart(first: Inquiry) -> Inquiry:
    """ "25 adults, chicken and filet, one guest has a shellfish allergy": the first message's
    quote notes the allergy as a follow-up's does (no food of it in the order); beside shrimp it
    is already a check (`allergies.checks_for`, read by the extraction)."""
    if not first.allergies or not first.has_guests or not first.proteins:
        return first
    if checks_for(first.allergies, {a.protein for a in first.proteins}):
        return first
    return replace(first, assumptions=(*first.assumptions, allergy_noted(first.allergies)))


def allergy_with_change(state: Inquiry, current: Inquiry) -> Inquiry:
    """ "could we add the sake service? also one of our members has a fish allergy" after chicken
    and salmon: an allergy told in a message that also changes the order is checked against the
    whole corrected order `state`, as one told on its own is (`told_after`); beside none of its
    food, it is noted."""
    if not current.allergies or not state.has_guests or not state.proteins:
        return state
    checks = checks_for(current.allergies, {a.protein for a in state.proteins})
    if checks:
        return replace(state, checks=(*state.checks, *(c for c in checks if c not in state.checks)))
    note = allergy_noted(current.allergies)
    if note in state.assumptions:
        return state
    return replace(state, allergies=current.allergies, assumptions=(*state.assumptions, note))
