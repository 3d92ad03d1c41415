"""Round q74b: a check a later reader looks for is found by its kind (`reading.checks`), never by
its words; the reviewer sees the same text as before."""

from __future__ import annotations

import pickle

from orchestrator.reading.reasons import (
    AGES_NOT_GIVEN,
    KIDS_AMONG_UNPLACED,
    SAID_BEYOND,
    SOME_KIDS,
    ages_not_given,
    not_understood,
    numbers_of,
    of_kind,
    quoted,
    said_beyond,
)


def test_the_reasons_keep_their_words() -> None:
    assert ages_not_given(3) == "ages of the 3 kids not given: priced as 6-12"
    assert not_understood("mostly adults", SOME_KIDS) == (
        "did not understand 'mostly adults' (some may be kids: how many?)"
    )
    assert said_beyond("3 people", 3, 0, "adults") == "'3 people' but 0 adults read: how many?"
    assert KIDS_AMONG_UNPLACED == "kids among a count not in the order"
    assert {("kids", ages_not_given(3))} == {("kids", "ages of the 3 kids not given: priced as 6-12")}


def test_a_check_is_found_by_its_kind_not_its_text() -> None:
    assert of_kind(ages_not_given(4), AGES_NOT_GIVEN) and numbers_of(ages_not_given(4)) == (4,)
    # the same words typed elsewhere are no check of that kind
    assert not of_kind("ages of the 4 kids not given: priced as 6-12", AGES_NOT_GIVEN)
    reason = not_understood("the parents", "a group not counted")
    assert quoted(reason) == "the parents" and quoted("did not understand 'x' (y)") == ""
    beyond = said_beyond("3 people", 3, 0, "adults")
    assert of_kind(beyond, SAID_BEYOND) and numbers_of(beyond) == (3, 0)
    copy = pickle.loads(pickle.dumps(reason))  # noqa: S301 (our own object)
    assert copy == reason and of_kind(copy, "a group not counted")
