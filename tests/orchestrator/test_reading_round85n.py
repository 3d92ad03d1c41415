"""Round q85n (changes after a quote, set 184 fv042): a swap for some guests of both the order's
proteins ("2 of them want tofu instead of filet and shrimp") is their whole plate; two proteins
for a count of people ("chicken and shrimp for 6 of them") are both theirs; the vegetarians' food
"for them" beside the same food in the order leaves the others theirs; "except 3 adults who are
vegetarian and want tofu and vegetables" (and its Spanish) is a swap for the few."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.excepted_few import excepted_few
from tests.orchestrator.readings import guests, order, portions

_FILET = "16 adults, filet and shrimp, 95820"


@pytest.mark.parametrize("text", [
    "2 of them want tofu instead of filet and shrimp",
    "2 of them want tofu instead of the filet & shrimp",
    "tofu instead of filet and shrimp for 2 of them",
])  # fmt: skip
def test_a_swap_of_both_proteins_is_the_few_guests_whole_plate(catalog: Catalog, text: str) -> None:
    o = order(text, catalog, _FILET)
    assert portions(o) == {"tofu": 4, "filet_mignon": 14, "shrimp": 14} and o.sure


def test_the_second_protein_kept_is_no_swap(catalog: Catalog) -> None:
    o = order("2 of them want tofu instead of filet and shrimp is fine", catalog, _FILET)
    assert portions(o) == {"tofu": 2, "filet_mignon": 14, "shrimp": 16}


def test_a_second_protein_the_order_lacks_is_asked(catalog: Catalog) -> None:
    assert not order("2 of them want tofu instead of filet and scallops", catalog, _FILET).sure


@pytest.mark.parametrize(("text", "want"), [
    ("24 adults. chicken and shrimp for 6 of them, the other 18 chicken and ny strip. 95820",
     {"chicken": 24, "shrimp": 6, "ny_strip": 18}),
    ("20 adults. filet and lobster for 8 of them, the other 12 want chicken and shrimp. 95630",
     {"filet_mignon": 8, "lobster_tail": 8, "chicken": 12, "shrimp": 12}),
])  # fmt: skip
def test_two_proteins_for_some_people_are_both_theirs(
    catalog: Catalog, text: str, want: dict[str, int]
) -> None:
    o = order(text, catalog)
    assert portions(o) == want and o.sure


@pytest.mark.parametrize(("before", "want"), [
    ("16 adults, chicken and tofu, 95820", {"chicken": 14, "tofu": 18}),
    ("16 adults, chicken and shrimp, 95820", {"chicken": 14, "shrimp": 14, "tofu": 4}),
])  # fmt: skip
def test_the_vegans_plate_beside_the_same_food_in_the_order(
    catalog: Catalog, before: str, want: dict[str, int]
) -> None:
    o = order("2 of them are vegan so tofu for them", catalog, before)
    assert portions(o) == want


@pytest.mark.parametrize(("text", "want"), [
    ("we are 10 adults. chicken and filet for everyone except 2 who are vegetarian and want tofu "
     "and veggies. 95828", {"chicken": 8, "filet_mignon": 8, "tofu": 2, "vegetables": 2}),
    ("10 adults. chicken and filet for everyone except 2 who dont eat meat and want tofu and "
     "shrimp. 95828", {"chicken": 8, "filet_mignon": 8, "tofu": 2, "shrimp": 2}),
    ("somos 10 adultos. pollo y filete para todos excepto 2 que son vegetarianos y quieren tofu y "
     "verduras. 95823", {"chicken": 8, "filet_mignon": 8, "tofu": 2, "vegetables": 2}),
])  # fmt: skip
def test_the_few_excepted_who_eat_no_meat_have_their_own(
    catalog: Catalog, text: str, want: dict[str, int]
) -> None:
    o = order(text, catalog)
    assert guests(o) == (10, 0, 0) and portions(o) == want and o.sure


_TWENTY = "20 adults, NY strip and salmon, 95757"


def test_a_new_count_in_place_of_the_quoted_one_with_who_makes_it(catalog: Catalog) -> None:
    text = "We're now 24 adults instead of 20 - my brothers are bringing their wives after all. Same menu."
    o = order(text, catalog, _TWENTY)
    assert guests(o) == (24, 0, 0) and portions(o) == {"ny_strip": 24, "salmon": 24} and o.sure


@pytest.mark.parametrize("text", [
    "we're 24 adults instead of 20, my 3 brothers are bringing their wives",  # 3 wives, 4 more
    "we're 21 adults instead of 20, my brothers are bringing their wives",  # no room for them
    "we're 24 adults instead of 22, my brothers are bringing their wives",  # not the order's count
])  # fmt: skip
def test_a_new_count_that_the_people_named_may_not_make_is_asked(catalog: Catalog, text: str) -> None:
    assert not order(text, catalog, _TWENTY).sure


@pytest.mark.parametrize("text", [
    "Hi! we are 12 adults and 2 kids (7 and 10). chicken and shrimp for everyone except 3 adults "
    "who are vegetarian and want tofu and vegetables. 95823",
    "Hola! somos 12 adultos y 2 niños (7 y 10 años). pollo y camarones para todos excepto 3 adultos "
    "que son vegetarianos y quieren tofu y verduras. 95823",
])  # fmt: skip
def test_the_few_adults_excepted_are_some_of_the_party(catalog: Catalog, text: str) -> None:
    o = order(text, catalog)
    assert guests(o) == (12, 2, 0) and o.sure
    assert portions(o) == {"chicken": 11, "shrimp": 11, "tofu": 3, "vegetables": 3}


def test_adults_excepted_for_another_reason_keep_their_band() -> None:
    assert excepted_few("15 adults except 3 adults who cant come") == "15 adults except 3 adults who cant come"
