"""The two blind sets of round 15 (issue 12, helper 15a): intents beside a count, rough counts in
Spanish and extras for named people, each with the near misses that must stay what they are. A
food the catalog does not sell asked for as food is for staff; a past event gone wrong is a
complaint; "unos 40" is rough; "plus 3 lobster tails for the bride" is 3 extra portions."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.complaints import is_complaint
from orchestrator.dishes import DISHES, off_menu_dish
from orchestrator.extraction import normalize
from tests.orchestrator.readings import guests, order, portions


def test_no_dish_is_a_name_the_catalog_sells_or_a_side_the_dinner_includes(catalog: Catalog) -> None:
    sold = {a.lower() for p in catalog.proteins for a in (p.key, *p.aliases)}
    sold |= {a.lower() for add_on in catalog.add_ons for a in (add_on.key, *add_on.aliases)}
    sides = {"fried rice", "rice", "noodles", "salad", "vegetables", "veggies"}
    assert not [d for d in DISHES if d in sold | sides or set(d.split()) & sold]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("could ur chef whip up some pho instead of the hibachi? 20 adults", True),
        ("20 adults, chicken + salmon, and can he also make dumplings for an appetizer", True),
        ("we'd like mochi after the hibachi. 14 adults chicken filet 95630", True),
        ("20 adults, chicken and steak, no sushi needed", False),
        ("we want it like benihana, 20 adults chicken and shrimp", False),
        ("my sister is baking the cake, can the chef do chicken and shrimp for 20?", False),
        ("kids want pizza lol i mean chicken, 10 adults filet", False),
        ("can the chef make extra fried rice? 20 adults", False),
        ("we'll do cake after the hibachi. 12 adults chicken shrimp", False),
        ("could we do sushi before the hibachi? 12 adults", True),
    ],
)
def test_a_dish_the_catalog_does_not_sell_asked_for_as_food(text: str, asked: bool) -> None:
    assert off_menu_dish(normalize(text)) is asked


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("the chef never showed up on saturday. 20 adults, we paid in full", True),
        ("your guy didn't bring the noodles. 12 adults paid for it, what happened?", True),
        ("the cook forgot the sauce at our party last weekend, 15 ppl", True),
        ("the chef at our shower last sunday never made the noodles we paid for, 16 guests", True),
        ("we never did hibachi before, 12 adults chicken and shrimp", False),
        ("can you make sure the chef doesn't forget the sauce? 12 adults", False),
        ("we paid the deposit, 14 adults chicken and shrimp 95630", False),
    ],
)
def test_a_past_event_gone_wrong_is_a_complaint_beside_a_count(text: str, complaint: bool) -> None:
    assert is_complaint(normalize(text)) is complaint


@pytest.mark.parametrize(
    "text",
    ["somos como 30 personas, chicken y shrimp 95823", "unas 18 personas, chicken 95823",
     "cerca de 25 adultos, chicken and shrimp 95823", "24 personas mas o menos, chicken 95823"],
)  # fmt: skip
def test_a_rough_count_in_spanish_is_asked(text: str, catalog: Catalog) -> None:
    assert any("rough guest count" in reason for reason in order(text, catalog).checks)


def test_a_spanish_exact_count_stays_exact(catalog: Catalog) -> None:
    read = order("somos 22 adultos, chicken y salmon 95823", catalog)
    assert guests(read) == (22, 0, 0) and read.checks == ()


@pytest.mark.parametrize(
    ("text", "extra"),
    [
        ("13 dudes, chicken + ny strip, and 2 lobster tails extra for the groom n his brother", 2),
        ("13 adults, chicken and ny strip, plus 2 lobster for the birthday girl and her mom", 2),
        ("13 adults, chicken and ny strip, 1 lobster tail extra for me", 1),
    ],
)
def test_extras_for_named_people_are_on_top(text: str, extra: int, catalog: Catalog) -> None:
    read = order(text, catalog)
    assert read.checks == ()
    assert portions(read) == {"chicken": 13, "ny_strip": 13, "lobster_tail": extra}


def test_a_count_for_named_people_without_extra_is_asked(catalog: Catalog) -> None:
    read = order("13 adults, chicken and ny strip, 2 lobster for the groom and his brother", catalog)
    assert any("extra portions, or instead of one?" in reason for reason in read.checks)


def test_extras_on_the_next_line_of_a_form_are_a_heading(catalog: Catalog) -> None:
    read = order("Guests: 24\nProteins: chicken, filet\nExtras: sake\nZip: 95630", catalog)
    assert read.checks == () and portions(read) == {"chicken": 24, "filet_mignon": 24}


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("we're about uh no exactly 32 adults, chicken and shrimp 95630", 32),
        ("around 25 adults, actually exactly 25, chicken + salmon 95630", 25),
        ("maybe 18 adults, no wait exactly 18 adults. chicken and filet 95630", 18),
    ],
)
def test_a_rough_count_taken_back_for_an_exact_one(text: str, adults: int, catalog: Catalog) -> None:
    read = order(text, catalog)
    assert guests(read) == (adults, 0, 0) and read.checks == ()


def test_a_rough_count_not_taken_back_stays_asked(catalog: Catalog) -> None:
    assert order("about 30 adults, no wait maybe 35. chicken and shrimp 95630", catalog).checks


def test_an_age_with_a_pronoun_in_brackets_is_one_kid(catalog: Catalog) -> None:
    read = order("Kids: 7 (her), 6, 6, 8, 7, 5, 4 and 9. 10 adults. chicken and shrimp 95630", catalog)
    assert guests(read) == (10, 6, 2) and read.checks == ()
    assert order("kids 6 (twins), 8, 9. 8 adults, chicken and shrimp 95630", catalog).checks


@pytest.mark.parametrize(
    "text",
    [
        "20 adults, everyone gets chicken and filet except 3 who want salmon instead of filet 95630",
        "20 adults, chicken and filet for all except 3 of them who'd like salmon instead of filet 95630",
        "20 adults, chicken and filet for all but 3 want salmon instead of filet 95630",
    ],
)
def test_all_except_a_count_who_want_a_swap(text: str, catalog: Catalog) -> None:
    read = order(text, catalog)
    assert read.checks == ()
    assert portions(read) == {"chicken": 20, "filet_mignon": 17, "salmon": 3}


def test_plus_between_counts_is_a_list_not_extras(catalog: Catalog) -> None:
    read = order("10 adults, 10 chicken plus 10 shrimp 95630", catalog)
    assert read.checks == () and portions(read) == {"chicken": 10, "shrimp": 10}
