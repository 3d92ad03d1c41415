"""Round 31b (issue 12): the forty-seventh and forty-eighth blind sets' choices and items.
Proteins joined by Spanish "y", "e" or "con" share the group named after them; "(one of each per
person)" in brackets is one of each per guest; the guests told by an allergy are no count of the
party, and an allergy to a food of the order is still asked."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from tests.orchestrator.readings import guests, order, portions


@pytest.mark.parametrize("joined", ["y", "e", "con"])
def test_spanish_proteins_joined_before_a_group_all_go_to_it(joined: str, catalog: Catalog) -> None:
    text = (f"Somos 10 adultos y 4 niños de 6, 8, 9 y 11 años. Filete {joined} camarón para los "
            "adultos, pollo para los niños. 95828")  # fmt: skip
    read = order(text, catalog)
    assert guests(read) == (10, 4, 0)
    assert portions(read) == {"filet_mignon": 10, "shrimp": 10, "chicken": 4}
    assert not read.checks


def test_one_of_each_per_person_in_brackets_is_per_guest(catalog: Catalog) -> None:
    read = order("Headcount: 18 adults\nProteins: filet mignon and salmon (one of each per person)\n"
                 "ZIP: 95762", catalog)  # fmt: skip
    assert portions(read) == {"filet_mignon": 18, "salmon": 18}
    assert not read.checks


def test_one_of_each_for_most_people_is_asked(catalog: Catalog) -> None:
    read = order("10 adults, chicken and shrimp (one of each for most people). 95827", catalog)
    assert read.checks


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("13 adults, filet and chicken. one guest has a shellfish allergy so thats why no shrimp. "
         "95831", 13),
        ("11 adults filet and chicken, 95821 a couple of our guests are allergic to peanuts fyi", 11),
    ],
)
def test_guests_told_by_an_allergy_are_no_count(text: str, adults: int, catalog: Catalog) -> None:
    read = order(text, catalog)
    assert guests(read) == (adults, 0, 0)
    assert portions(read) == {"filet_mignon": adults, "chicken": adults}
    assert not read.checks


def test_an_allergy_to_a_food_of_the_order_is_still_asked(catalog: Catalog) -> None:
    read = order("16 adults, chicken and shrimp. 2 of our guests are allergic to shellfish. 95825", catalog)
    assert any("allergy" in check for check in read.checks)
