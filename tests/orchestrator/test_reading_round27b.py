"""Round 27b (issue 12): the thirty-seventh and thirty-eighth blind sets' intents, follow-ups and
items. A holiday food asked of the chef is for staff, one taken out or seen to already leaves the
order as it is; money owed back not received is a complaint; a holiday beside the proteins is no
item, the longer show is the extended performance, an aside names the one steak."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.complaints_refund import refund_not_received
from orchestrator.dishes import dish_follows, off_menu_dish
from orchestrator.extraction import normalize
from tests.orchestrator.readings import order, portions


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("could ur guy cook a ham for our xmas party? 18 adults 95630", True),
        ("can the chef make a honey glazed ham? 16 of us", True),
        ("20 adults chicken and shrimp, could u also do pumpkin pie after?", True),
        ("turkey day party!! 10 adults, can he do filet and scallops", False),
        ("14 adults, turkey's done so we want chicken + shrimp", False),
        ("the ham is already handled, so just filet and chicken from u guys", False),
        ("we're doing the turkey ourselves, just need hibachi for 15 adults", False),
    ],
)
def test_a_holiday_food_asked_of_the_chef(text: str, asked: bool) -> None:
    assert off_menu_dish(normalize(text)) is asked


def test_a_negation_before_a_dish_takes_out_food_the_catalog_never_had() -> None:
    text = normalize("no turkey this yr lol just chicken and shrimp")
    assert dish_follows(text, text.index("no") + 2)
    text = normalize("no shrimp, just chicken")
    assert not dish_follows(text, text.index("no") + 2)


@pytest.mark.parametrize(
    ("text", "owed"),
    [
        ("cancelled our party 3 weeks ago and there is no refund yet??", True),
        ("we canceled back in october and still havent seen our deposit", True),
        ("cancelled 3 wks ago and never got our $100 deposit back", True),
        ("we havent paid the deposit yet, whens it due?", False),
        ("we cancelled our first date and paid no deposit yet", False),
        ("paid already but still waiting on our deposit invoice", False),
    ],
)
def test_money_owed_back_not_received(text: str, owed: bool) -> None:
    assert refund_not_received(normalize(text)) is owed


@pytest.mark.parametrize(
    ("text", "steak"),
    [
        ("13 adults, steak - filet mignon, not the ny strip - and shrimp 95687", "filet_mignon"),
        ("10 adults 95823 chicken + steak: ny strip, not filet", "ny_strip"),
    ],
)
def test_a_steak_named_in_an_aside_that_excludes_the_other(
    text: str, steak: str, catalog: Catalog
) -> None:
    read = order(text, catalog)
    assert steak in portions(read) and "steak" not in portions(read)
    assert not [c for c in read.checks if "could be" in c]


def test_a_steak_aside_naming_both_stays_asked(catalog: Catalog) -> None:
    read = order("15 adults, steak - filet or ny strip - and shrimp, 95670", catalog)
    assert read.checks


def test_a_holiday_beside_the_proteins_is_no_item(catalog: Catalog) -> None:
    assert order("14 adults Thanksgiving, chicken and tofu, 95632", catalog).checks == ()
    assert order("xmas 14 adults chicken and gumbo 95630", catalog).checks


def test_the_longer_show_chosen_answers_the_earlier_question_about_the_show(catalog: Catalog) -> None:
    read = order("ok let's add the longer show", catalog, "15 adults chicken shrimp 95677",
                 "does the show get longer if we pay more?")  # fmt: skip
    assert read.checks == () and list(read.add_ons) == ["extended_performance"]
    read = order("make it 16 adults", catalog, "15 adults chicken shrimp 95677", "does the show get longer?")
    assert read.checks


def test_an_upgrade_of_those_after_one_protein_for_everyone(catalog: Catalog) -> None:
    read = order("10 adults 95823. everybody gets chicken, upgrade 3 of those to filet", catalog)
    assert portions(read) == {"chicken": 7, "filet_mignon": 3} and read.checks == ()
    read = order("10 adults chicken and shrimp for everyone, upgrade 3 of those to filet", catalog)
    assert read.checks  # which of the two do the 3 give up?


def test_a_feast_bird_asked_of_the_grill_is_off_the_menu() -> None:
    assert off_menu_dish(normalize("could he grill a goose for our xmas dinner? 12 of us"))
    assert not off_menu_dish(normalize("12 adults chicken and shrimp on the grill"))
