"""Portions read from how customers give them per guest (reading/order.py `per_plate`,
reading/proteins.py "each wants"), upgrades named as swaps (reading/changes.py,
reading/swap_decisions.py `swaps_in_place`), places before a ZIP (reading/checks.py) and guests with
allergies (reading/groups.py): each read when the words settle it, asked when they do not."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from tests.orchestrator.readings import guests, order, portions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counts that add up to "N proteins each" are one guest's plate
        ("10 adults, 2 proteins each: one filet one salmon 95630",
         {"filet_mignon": 10, "salmon": 10}),
        ("9 adults, 3 proteins per person (2 shrimp 1 chicken) 95630", {"shrimp": 18, "chicken": 9}),
        ("3 proteins pp for 8 adults: 1 filet 1 salmon 1 chicken 95630",
         {"filet_mignon": 8, "salmon": 8, "chicken": 8}),
        # two halves of one protein each split every guest's N portions
        ("20 guests, 2 proteins each, half salmon half chicken 95630", {"salmon": 20, "chicken": 20}),
        ("12 adults 3 proteins each. half filet, half chicken 95630",
         {"filet_mignon": 18, "chicken": 18}),
        # a half that names its own plate is left as it is
        ("16 adults. 2 proteins each: half the group chicken + filet, other half shrimp + lobster "
         "95630", {"chicken": 8, "filet_mignon": 8, "shrimp": 8, "lobster_tail": 8}),
        # "each" after the count is every guest of it
        ("7 adults, each wants 2 lobster tails and 1 filet 95630",
         {"lobster_tail": 14, "filet_mignon": 7}),
        ("9 guests - each gets 2 scallops n 1 ny strip 95630", {"scallops": 18, "ny_strip": 9}),
        ("10 adults. each will have 2 shrimp and 2 chicken 95630", {"shrimp": 20, "chicken": 20}),
    ],
)  # fmt: skip
def test_portions_per_guest_are_read(text: str, expected: dict[str, int], catalog: Catalog) -> None:
    o = order(text, catalog)
    assert o.checks == ()
    assert portions(o) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("10 ppl 2 proteins each, 1 filet 2 shrimp 95630", "choices add up to 3"),
        ("16 adults, 3 proteins each: 1 chicken, 1 salmon 95630", "choices add up to 2"),
        ("15 adults, 3 proteins each, half salmon half chicken 95630", "half of 15"),
        ("12 adults, 2 proteins each. a third want lobster, the rest chicken 95630", "add up to 12"),
        ("12 adults, each wants 2 lobster or 1 filet 95630", "'or'"),
        ("10 adults, the 4 guys each want 2 lobster tails 95630", "the number 4"),
    ],
)
def test_portions_per_guest_not_settled_are_asked(text: str, reason: str, catalog: Catalog) -> None:
    o = order(text, catalog)
    assert not o.sure
    assert any(reason in check for check in o.checks), o.checks


def test_an_upgrade_naming_both_proteins_is_a_swap_of_every_portion(catalog: Catalog) -> None:
    o = order("can we upgrade the shrimp to lobster for everyone?", catalog,
              "18 adults, chicken and shrimp, rancho cordova 95670")  # fmt: skip
    assert o.checks == ()
    assert portions(o) == {"chicken": 18, "lobster_tail": 18}
    o = order("Could we upgrade everyone's chicken to lobster tail?", catalog,
              "party of 12, shrimp + chicken, 95758")  # fmt: skip
    assert portions(o) == {"shrimp": 12, "lobster_tail": 12}


def test_a_plain_upgrade_after_the_order_applies_within_the_message(catalog: Catalog) -> None:
    o = order("12 adults, chicken and shrimp but upgrade the shrimp to lobster 95816", catalog)
    assert o.checks == ()
    assert portions(o) == {"chicken": 12, "lobster_tail": 12}


@pytest.mark.parametrize(
    "text",
    [
        "8 adults chicken and shrimp. can we upgrade the shrimp to lobster? 95630",
        "we might upgrade the shrimp to lobster, 10 adults chicken and shrimp 95630",
        "20 adults chicken and shrimp, upgrade some of the shrimp to lobster 95630",
    ],
)
def test_an_upgrade_asked_hedged_or_for_some_is_asked(text: str, catalog: Catalog) -> None:
    assert not order(text, catalog).sure


@pytest.mark.parametrize(
    "text",
    [
        "16 adults, chicken and salmon, East Sac 95819",
        "15 adults, filet and shrimp, south natomas 95833",
        "13 adults, salmon and chicken, land park 95818",
        "shrimp + chicken for 10 adults, midtown 95816",
    ],
)
def test_a_neighbourhood_before_the_zip_is_a_place(text: str, catalog: Catalog) -> None:
    o = order(text, catalog)
    assert o.checks == ()
    assert o.zip_code == text[-5:]


@pytest.mark.parametrize(
    "text",
    ["12 adults, chicken, shrimp, tacos 95819", "10 adults, chicken and shrimp, east coast oysters 95819"],
)
def test_a_food_before_the_zip_is_still_asked(text: str, catalog: Catalog) -> None:
    assert not order(text, catalog).sure


def test_guests_with_allergies_are_some_of_the_party(catalog: Catalog) -> None:
    text = ("18 adults with salmon and filet, plus the custom menu planning since a couple of "
            "guests have allergies. 95746")  # fmt: skip
    o = order(text, catalog)
    assert o.checks == ()
    assert guests(o) == (18, 0, 0)
    assert o.add_ons == ("custom_menu_planning",)
    assert order("12 adults, chicken + ny strip. 1 guest has a gluten allergy 95630", catalog).sure


@pytest.mark.parametrize(
    "text",
    [
        "14 adults, chicken and shrimp. 2 guests have a shellfish allergy 95630",
        "10 adults, chicken and shrimp. 2 guests have allergies to shellfish 95630",
        "10 adults, salmon and chicken. 3 guests have fish allergies 95630",
    ],
)
def test_allergies_naming_a_food_are_asked(text: str, catalog: Catalog) -> None:
    assert not order(text, catalog).sure


@pytest.mark.parametrize(
    "text",
    [
        "on june 12, each wants 2 lobster. 10 adults 95630",
        "for the kids on 6/12, each gets 1 chicken; 10 adults filet 95630",
    ],
)
def test_an_each_no_reader_applied_is_asked(text: str, catalog: Catalog) -> None:
    """ "each" after a date with no guest count before it: the reader does not guess whose
    portions they are, and the safety net asks rather than price 2 lobster tails for the party."""
    o = order(text, catalog)
    assert any("'each'" in check for check in o.checks), o.checks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10 adults on june 12, each wants 2 lobster 95630", {"lobster_tail": 20}),
        ("hi! 8 adults for sat 7/19, each gets 1 salmon and 2 chicken. 95826",
         {"salmon": 8, "chicken": 16}),
        ("12 adults sat 8/9, each wants 2 filet!! 95630", {"filet_mignon": 24}),
    ],
)  # fmt: skip
def test_each_after_a_guest_count_and_the_date_is_per_guest(
    text: str, expected: dict[str, int], catalog: Catalog
) -> None:
    """The party's date between a guest count and its "each" (q7-p40, p41 in the corpus)."""
    o = order(text, catalog)
    assert o.sure, o.checks
    assert portions(o) == expected


@pytest.mark.parametrize(
    "text",
    [
        "9 adults, every one of them wants 2 salmon + 1 lobster 95630",
        "9 adults, every single one of them wants 2 salmon + 1 lobster 95630",
        "9 adults. each one of us wants 2 salmon and 1 lobster 95630",
        "9 adults, per person 2 salmon + 1 lobster 95630",
        "9 adults, all of them want 2 salmon and 1 lobster 95630",
        "9 adults, we each want 2 salmon and 1 lobster 95630",
        "9 adults, everyone's getting 2 salmon + 1 lobster 95630",
        "9 adults, everybody: 2 salmon + 1 lobster 95630",
        "9 adults, 1 lobster and 2 salmon for every one of us 95630",
    ],
)
def test_per_guest_counts_in_every_wording(catalog: Catalog, text: str) -> None:
    read = order(text, catalog)
    assert portions(read) == {"salmon": 18, "lobster_tail": 9} and not read.checks


@pytest.mark.parametrize(
    "text",
    [
        "10 adults, every one of the others wants 2 chicken 95630",  # some of the party
        "10 adults, each of the adults gets 2 chicken 95630",  # not read: asked, never dropped
    ],
)
def test_a_per_guest_count_no_reader_places_is_asked(catalog: Catalog, text: str) -> None:
    assert order(text, catalog).checks
