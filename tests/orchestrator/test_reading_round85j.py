"""Round q85j (set 182's ft055, ft061, ft089, ft096): a list opening after "it'll be" with kids said
grown in brackets ("my parents, their 4 kids (all grown, that's us) and our spouses, so 10 adults")
adds up to its total, the grandkids told by their ages after it being the kids; "same food as I
mentioned" names this conversation's order; "our children are throwing us a 50th" names grown
children; a counted swap after a dash ("One more thing - 3 of our guests don't eat red meat, so can
those 3 get salmon ...") is those guests'."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.grandkids_choice import grandkids_as_kids
from orchestrator.reading.listed_sum import listed_sum
from orchestrator.reading.references import outside_reference, same_order
from orchestrator.reading.requesters import grown_requesters
from tests.orchestrator.readings import guests, order, portions


def test_a_list_after_itll_be_with_grown_kids_in_brackets(catalog: Catalog) -> None:
    o = order("Hi! Throwing my parents a 50th anniversary dinner 🥂 It'll be my parents, their 4 kids "
              "(all grown, that's us) and our spouses, so 10 adults. Plus the grandkids: 12, 9, 7 "
              "and 2. Filet and lobster for the adults, chicken for the grandkids. 95662", catalog)
    assert o.sure and guests(o) == (10, 3, 1)
    assert portions(o) == {"filet_mignon": 10, "lobster_tail": 10, "chicken": 3}


def test_the_list_that_does_not_add_up_is_not_blanked() -> None:
    text = "it'll be my parents, their 4 kids (all grown, that's us) and our spouses, so 12 adults"
    assert listed_sum(text) == []


def test_grandkids_are_the_kids_beside_kids_said_grown() -> None:
    text = "their 4 kids (all grown) and our spouses. plus the grandkids: 12, 9. chicken for the grandkids"
    assert grandkids_as_kids(text).endswith("chicken for the kids     ")
    young = "our 2 kids (8 and 6). plus the grandkids: 12, 9. chicken for the grandkids"
    assert grandkids_as_kids(young) == young


@pytest.mark.parametrize("text", [
    "same food as i mentioned.", "same menu as i mentioned before", "same food as in my first email",
    "same proteins as we discussed", "food same as i mentioned",
])  # fmt: skip
def test_same_food_as_said_earlier_is_this_conversations(text: str) -> None:
    assert same_order(text) and not outside_reference(text)


@pytest.mark.parametrize("text", [
    "same food as i mentioned to your chef at my sister's party", "same food as i mentioned on the phone",
    "same food as we had last year",
])  # fmt: skip
def test_same_food_said_elsewhere_is_looked_up(text: str) -> None:
    assert outside_reference(text)


def test_same_food_as_i_mentioned_takes_the_earlier_proteins(catalog: Catalog) -> None:
    o = order("RSVPs are in: 38 adults and 6 kids (4, 6, 8, 9, 11 and 12). Same food as I mentioned.",
              catalog, "We're expecting around 40-45 people, and we'd like chicken and shrimp. 95624")
    assert guests(o) == (38, 5, 1) and portions(o) == {"chicken": 43, "shrimp": 43}


def test_children_throwing_us_a_bare_ordinal_are_grown() -> None:
    text = "this year our children are throwing us a 50th, and we would love to have you back"
    assert grown_requesters(text)
    assert grown_requesters("my children are planning a party for our 45th!! 22 adults")
    assert not grown_requesters("my kids are throwing me a 40th! 15 adults")  # a birthday: asked


def test_children_throwing_us_a_50th_asks_no_kids(catalog: Catalog) -> None:
    o = order("This year our children are throwing us a 50th, and we would love to have you back: 26 "
              "adults including the two of us, filet mignon and shrimp. 95747", catalog)
    assert o.sure and guests(o) == (26, 0, 0)


def test_a_counted_swap_after_a_dash(catalog: Catalog) -> None:
    o = order("Thank you! One more thing - 3 of our guests don't eat red meat, so can those 3 get "
              "salmon instead of the NY strip?", catalog,
              "30 adults and 8 kids (all between 6 and 12), chicken and NY strip for everyone. 95762")
    assert o.sure and portions(o) == {"chicken": 38, "ny_strip": 35, "salmon": 3}
