"""Round q86f (set 187's fy006, fy008, fy009, fy038, fy045, fy075, fy076, fy080; set 184's fv080):
after a quote, a counted few who eat differently get their own plate ("2 more adults are coming,
theyre vegan so tofu and veggies for them", "4 of my coworkers are vegan - can those 4 get tofu and
vegetables instead?", "the kids wont touch anything but chicken"), the others keep the order; a
swap's reason said after it is explained; a swap whose count or old protein is unclear asks."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.diet_answers import diet_answer
from orchestrator.reading.diet_newcomers import diet_newcomers
from orchestrator.reading.meatless_instead import meatless_instead
from orchestrator.reading.swap_reason_after import swap_reasons_after
from tests.orchestrator.readings import guests, order, portions

_CS20 = "20 adults chicken and shrimp 95630"
_CN20 = "20 adults, chicken and ny strip, 95833"


@pytest.mark.parametrize("text", [
    "2 more adults are coming, theyre vegan so tofu and veggies for them",
    "2 more people are coming, both vegetarian so tofu and veggies for the 2 of them",
    "2 more guests coming, they're vegetarian so tofu & veggies for them",
])  # fmt: skip
def test_newcomers_of_a_diet_have_their_own_plate(catalog: Catalog, text: str) -> None:
    o = order(text, catalog, _CS20)
    assert guests(o) == (22, 0, 0) and o.sure
    assert portions(o) == {"chicken": 20, "shrimp": 20, "tofu": 2, "vegetables": 2}


def test_newcomers_the_pronoun_is_all_of_them_or_left() -> None:
    assert diet_newcomers("2 more adults are coming, theyre vegan") == (
        "2 more adults are coming, 2 of them are vegan")
    assert diet_newcomers("3 more are coming, both vegan") == "3 more are coming, both vegan"


def test_one_newcomer_of_a_diet_is_asked(catalog: Catalog) -> None:
    assert not order("2 more are coming, one of them is vegan", catalog, _CS20).sure
    assert not order("2 more adults are coming, theyre vegan", catalog, _CS20).sure  # their food?


@pytest.mark.parametrize("text", [
    "Thanks! 4 of my coworkers are vegan - can those 4 get tofu and vegetables instead? Everyone "
    "else the same.",
    "4 of my coworkers are vegan, can they get tofu and vegetables instead? everyone else the same",
])  # fmt: skip
def test_a_few_of_a_diet_take_two_meatless_choices_instead(catalog: Catalog, text: str) -> None:
    o = order(text, catalog, _CN20)
    assert o.sure and portions(o) == {"chicken": 16, "ny_strip": 16, "tofu": 4, "vegetables": 4}


def test_one_meatless_choice_instead_is_asked(catalog: Catalog) -> None:
    text = "4 of them are vegan, can they get tofu instead?"
    assert meatless_instead(text) == text  # instead of which? left
    assert not order(text, catalog, _CN20).sure


@pytest.mark.parametrize("text", [
    "95822! and 2 of the girls are vegetarian so tofu & veggies for them, rest same",
    "same as before but 2 of the guys went vegetarian lol so tofu & veggies for those 2, rest same",
])  # fmt: skip
def test_some_of_the_party_gone_meatless(catalog: Catalog, text: str) -> None:
    o = order(text, catalog, "10 adults chicken and shrimp")
    assert guests(o) == (10, 0, 0) and o.sure
    assert portions(o) == {"chicken": 8, "shrimp": 8, "tofu": 2, "vegetables": 2}


def test_the_kids_wont_touch_anything_but_one_protein(catalog: Catalog) -> None:
    o = order("the kids wont touch anything but chicken lol", catalog,
              "8 adults 4 kids (6, 8, 9, 11) salmon and filet for all 95822")  # fmt: skip
    assert o.sure and portions(o) == {"salmon": 8, "filet_mignon": 8, "chicken": 4}


def test_a_reason_after_a_swap_is_explained(catalog: Catalog) -> None:
    before = "12 adults, ny strip and shrimp, 95831"
    o = order("half of them want tofu instead of the ny strip, trying to eat lighter lol", catalog, before)
    assert o.sure and portions(o) == {"tofu": 6, "ny_strip": 6, "shrimp": 12}
    o = order("a third of them want chicken instead of the ny strip, they dont eat red meat", catalog,
              before)  # fmt: skip
    assert o.sure and portions(o) == {"chicken": 4, "ny_strip": 8, "shrimp": 12}
    # a reason that does not fit the protein swapped out is not theirs: asked
    assert not swap_reasons_after("4 of them want chicken instead of the ny strip, they dont eat shellfish")
    assert not order("a third of them want chicken instead of the ny strip, they dont eat shellfish",
                     catalog, before).sure  # fmt: skip


def test_a_counted_swap_before_a_reason_opening_with_lol(catalog: Catalog) -> None:
    o = order("lol update, 3 of the guys aren't vegan after all, can they have ny strip instead of tofu?",
              catalog, "8 of us, all vegan, tofu and vegetables please. 95818")  # fmt: skip
    assert o.sure and portions(o) == {"ny_strip": 3, "tofu": 5, "vegetables": 8}


@pytest.mark.parametrize(("text", "sure"), [
    ("2 of our guests are vegetarian so tofu and vegetables for those 2, chicken and shrimp for the "
     "other 16", True),
    ("2 of them are vegetarian so tofu and veggies for those 2, chicken and shrimp for the other 18",
     False),  # 2 and 18 are not the 18 quoted
    ("2 of them are vegan, so tofu and vegetables for those 2 and chicken and shrimp for the other 16",
     True),
    ("2 of the 18 are vegan so tofu and vegetables for those 2, chicken and shrimp for the rest", True),
])  # fmt: skip
def test_two_parts_in_a_follow_up_make_the_party_quoted(catalog: Catalog, text: str, sure: bool) -> None:
    o = order(text, catalog, "18 adults, chicken and shrimp. 95823")
    assert o.sure is sure and guests(o) == (18, 0, 0)
    if sure:
        assert portions(o) == {"tofu": 2, "vegetables": 2, "chicken": 16, "shrimp": 16}


def test_the_answer_to_how_many_of_a_diet() -> None:
    asked = "How many of the 24 are vegan, and what would they like instead: tofu, vegetables, or both?"
    assert diet_answer(asked, "5 of them. They'd want tofu and vegetables") == (
        "5 of them are vegan, They'd want tofu and vegetables")
    assert diet_answer(asked, "just 3") == "3 of them are vegan"
    assert diet_answer(asked, "30 of them.") is None  # more than asked about
    assert diet_answer("What date is the party?", "5 of them.") is None
