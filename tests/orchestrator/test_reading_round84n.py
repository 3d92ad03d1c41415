"""Round q84n (set 171's fi013, fi088; q84d-04, q84d-14, q84i-02): "same crew as last time minus
Dave" is one guest fewer ("minus the Hendersons" asked); "double what we had at my cousins party"
is a size by another party, no order to look up; a call asked for beside an order is quoted with
the call for staff; "can the chef cook under a covered patio?" is where, no food; a described few
("3 of our guests don't eat meat or seafood.") asked a paired swap in the next sentence is its
reason; kids added to a quoted order with no number are asked how many; "Hey guys," greets;
the friends' one age answered ("theyre all 12 too", set 163 fa077) is set beside their count."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.offline import OfflineResponder
from orchestrator.reading.friends_ages import friends_ages
from orchestrator.reading.named_minus import fewer_unsaid, named_minus
from orchestrator.reading.paired_swaps import paired_swaps
from orchestrator.service import Turn
from orchestrator.tools import ZipCentroidDistance
from tests.orchestrator.readings import guests, order, portions
from vocabulary.messages import Channel

_FILET_SHRIMP = (
    Turn(role="customer", text="10 adults filet and shrimp 95610"),
    Turn(role="business", text="Quote for 10 adults with 10 filet mignon, 10 shrimp: Total $600.00."),
)


@pytest.fixture
def responder(catalog: Catalog) -> OfflineResponder:
    return OfflineResponder(catalog=catalog, distance=ZipCentroidDistance.from_catalog(catalog))


def test_the_same_crew_minus_one_named_guest_is_one_fewer(catalog: Catalog) -> None:
    assert named_minus("same crew as last time minus dave (he moved)") == (
        "same crew as last time 1 less person (he moved)"
    )
    o = order("Same crew as last time minus Dave. Same food, same address.", catalog,
              "10 adults filet and shrimp 95610")  # fmt: skip
    assert guests(o) == (9, 0, 0) and portions(o) == {"filet_mignon": 9, "shrimp": 9} and o.sure


@pytest.mark.parametrize("text", [
    "same crew minus dave and his wife", "same crew minus the kids", "same crew minus my brother",
    "same group minus 2", "the same minus dave",
])  # fmt: skip
def test_other_words_after_minus_are_not_one_guest(text: str) -> None:
    assert named_minus(text) == text


def test_the_same_crew_minus_a_family_asks_how_many(responder: OfflineResponder) -> None:
    assert fewer_unsaid("same crew as last time minus the hendersons") is not None
    assert fewer_unsaid("same crew minus dave") is None  # read as one fewer
    draft = responder.respond(channel=Channel.EMAIL, history=_FILET_SHRIMP,
                              text="We'd like to book again. Same crew minus the Hendersons. Same food.")  # fmt: skip
    assert draft.needs_human and any("how many fewer" in f for f in draft.flags)


def test_double_what_we_had_elsewhere_asks_the_count(responder: OfflineResponder) -> None:
    text = "do u guys drive out to lodi?? we'd be like double what we had at my cousins party lol"
    draft = responder.respond(channel=Channel.INSTAGRAM, text=text)
    assert draft.quote is None and not draft.needs_human and "How many" in draft.text


def test_a_call_asked_beside_an_order_is_quoted_for_staff(responder: OfflineResponder) -> None:
    text = "20 ppl, chicken and ny strip, 95825. I have a couple of questions about setup, can you call me?"
    draft = responder.respond(channel=Channel.SMS, text=text)
    assert draft.quote is not None and not draft.needs_human
    assert any("call requested" in f for f in draft.flags) and "call" in draft.text


def test_a_call_asked_alone_goes_to_a_person(responder: OfflineResponder) -> None:
    draft = responder.respond(channel=Channel.SMS, text="can you call me?")
    assert draft.needs_human and draft.quote is None


def test_where_the_chef_cooks_is_no_food(catalog: Catalog) -> None:
    o = order("12 adults chicken and ny strip 95630. Can the chef cook under a covered patio?", catalog)
    assert guests(o) == (12, 0, 0) and o.sure


def test_a_described_few_asked_a_paired_swap_next_sentence(catalog: Catalog) -> None:
    text = ("It turns out 3 of our guests don't eat meat or seafood. Could those 3 get vegetables "
            "and tofu instead of the filet and shrimp?")
    o = order(text, catalog, "we're 20 adults, filet mignon and shrimp please. ZIP 95762.")
    assert portions(o) == {"filet_mignon": 17, "shrimp": 17, "vegetables": 3, "tofu": 3} and o.sure


def test_a_paired_swap_against_the_description_is_left(catalog: Catalog) -> None:
    text = "2 of them don't eat meat. can those 2 get chicken and tofu instead of the filet and shrimp?"
    assert "of them want" not in paired_swaps(text)
    assert not order(text, catalog, "10 adults filet and shrimp 95610").sure


def test_kids_added_with_no_number_are_asked(responder: OfflineResponder) -> None:
    draft = responder.respond(channel=Channel.INSTAGRAM, history=_FILET_SHRIMP,
                              text="too much lol the one before that, plus a few kids")  # fmt: skip
    assert draft.needs_human and draft.quote is None and "How many kids" in draft.text


def test_hey_guys_greets_the_business(catalog: Catalog) -> None:
    o = order("hey guys, 2 more adults", catalog, "10 adults filet and shrimp 95610")
    assert guests(o) == (12, 0, 0) and o.sure


def test_the_friends_age_answered_is_set_beside_their_count() -> None:
    first = "quote for my sons 12th bday! me, my husband, him and 7 of his friends. 95831"
    turns = [("customer", first), ("business", "How old are his 7 friends?"),
             ("customer", "theyre all 12 too")]  # fmt: skip
    written = first.replace("7 of his friends", "7 of his friends (all 12)")
    assert friends_ages(turns) == [("customer", written), turns[1], ("customer", written)]
    # more than an age in the answer, or no question of the friends' age: left
    assert friends_ages([*turns[:2], ("customer", "theyre all 12, add the sake")]) == [
        *turns[:2], ("customer", "theyre all 12, add the sake")]
    asked = [turns[0], ("business", "What date?"), turns[2]]
    assert friends_ages(asked) == asked


def test_the_friends_age_answered_prices_the_party(responder: OfflineResponder) -> None:
    history = (
        Turn(role="customer", text="hi quote for my sons 12th bday! me, my husband, him, his 2 "
             "sisters (15 and 8) and 7 of his friends. chicken and shrimp. 95831"),
        Turn(role="business", text="How old are his 7 friends? Kids 6-12 are $30."),
    )
    draft = responder.respond(channel=Channel.MESSENGER, text="theyre all 12 too", history=history)
    assert draft.order is not None and (draft.order.adults, draft.order.children) == (3, 9)
    assert not draft.needs_human
