"""Round q84b: people and proteins of set 178 the writer prices. One age said of a pair with
"both" is each one's ("2 babies (both 9 months old)": 2, not 3); a couple's baby joined "with"
them is one guest more; "birthday for my dad's 70th" is a grown person's (his friends from
church are adults); an age answer may say the honoree is among the kids and open with a
greeting; "half the guys are driving" is why no sake; "with your chef ahead of time" is when;
Spanish "cambien X por Y" is a swap; young relations told by their ages under another word
("grandchildren" ... "the grandkids: 11, 9") are that group; a protein to be changed to nothing
is asked."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.extraction import extract
from tests.orchestrator.readings import guests, order, portions


def _unsure(text: str, catalog: Catalog) -> list[str]:
    return [reason for _, reason in extract(text, catalog).checks]


@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("8 adults and 2 babies (both 9 months old). chicken and shrimp 95762", (8, 0, 2)),
        ("6 adults and 2 babies, both 10 months old. shrimp and ny strip 95815", (6, 0, 2)),
        ("8 adults + our twins (both 11 months) salmon n shrimp 95608", (8, 0, 2)),
        ("8 adults + 2 toddlers (both 4) salmon and chicken 95826", (8, 0, 2)),
        ("6 adults and 2 kids (both 9 years old), chicken and shrimp, 95822", (6, 2, 0)),
    ],
)
def test_both_of_a_pair_is_each_ones_age(text: str, band: tuple[int, int, int], catalog: Catalog) -> None:
    read = order(text, catalog)
    assert guests(read) == band
    assert not read.checks


def test_both_beside_three_is_asked(catalog: Catalog) -> None:
    text = "12 adults and 3 babies (both 10 months old). filet and chicken 95630"
    assert _unsure(text, catalog)


def test_the_couples_baby_with_them_is_one_more(catalog: Catalog) -> None:
    text = ("It'll be me, my husband, our 3 kids (16, 12 and 7), my parents, my husband's parents, "
            "and my sister + her husband with their baby (10 months). NY strip and lobster for "
            "everyone, 95762")  # fmt: skip
    read = order(text, catalog)
    assert guests(read) == (9, 2, 1)
    assert portions(read) == {"ny_strip": 11, "lobster_tail": 11}


def test_a_grown_honorees_friends_without_my(catalog: Catalog) -> None:
    text = ("Hi! Birthday for my dad's 70th 🎉 Party will be my dad, my mom, me, my wife, our 2 kids "
            "(10 and 7), my brother and his wife, and 6 of dad's friends from church. Filet and "
            "salmon please. 95610")  # fmt: skip
    assert guests(order(text, catalog)) == (12, 2, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Hi! They're all 10 and 11 (the birthday boy included). We're in Natomas, 95835.",
        "They're all 10 and 11, including the birthday boy. 95835",
    ],
)
def test_an_age_band_answer_with_the_honoree_among_them(text: str, catalog: Catalog) -> None:
    read = order(text, catalog, "my son's 11th birthday: 6 adults and 8 kids, chicken and NY strip.")
    assert guests(read) == (6, 8, 0)
    assert not read.checks


def test_not_including_the_honoree_is_not_read_as_among(catalog: Catalog) -> None:
    text = "They're all 10 and 11 (not including the birthday boy). 95835"
    read = order(text, catalog, "my son's 11th birthday: 6 adults and 8 kids, chicken and NY strip.")
    assert read.checks


def test_half_the_guys_driving_is_why_no_sake(catalog: Catalog) -> None:
    read = order("drop the sake, half the guys are driving lol", catalog,
                 "football sunday 14 adults ny strip and chicken, and the sake service 95826")  # fmt: skip
    assert guests(read) == (14, 0, 0) and not read.add_ons and not read.checks


def test_half_of_them_vegetarian_beside_meat_is_still_asked(catalog: Catalog) -> None:
    assert _unsure("12 adults, ny strip and chicken 95826, half the guys are vegetarian", catalog)


def test_the_chef_ahead_of_time_is_when(catalog: Catalog) -> None:
    text = ("20 adults, chicken and scallops, and please add the custom menu planning: I'd like to "
            "talk through the menu with your chef ahead of time. 95765")  # fmt: skip
    read = order(text, catalog)
    assert read.add_ons and not read.checks


def test_spanish_change_for_is_a_swap(catalog: Catalog) -> None:
    read = order("perdón, somos 17 adultos, no 15. y cambien los camarones por salmón porfa", catalog,
                 "hola! 15 adultos, pollo y camarones. 95823")  # fmt: skip
    assert guests(read) == (17, 0, 0)
    assert portions(read) == {"chicken": 17, "salmon": 17}
    assert not read.checks


@pytest.mark.parametrize(
    "text", ["cambien el pollo por favor", "change the chicken please", "can we switch the filet?"]
)
def test_a_change_to_nothing_is_asked(text: str, catalog: Catalog) -> None:
    assert any("a change with nothing to change it to" in r for r in _unsure(text, catalog))


def test_grandchildren_told_by_their_ages_as_grandkids(catalog: Catalog) -> None:
    text = ("My husband and I would like to celebrate his 80th birthday with our children and "
            "grandchildren on November 1st. We will be 12 adults and the grandkids: 11, 9, 6 and 4. "
            "Salmon and NY strip. 95747")  # fmt: skip
    read = order(text, catalog)
    assert guests(read) == (12, 3, 1)
    assert not read.checks


def test_grandchildren_of_no_number_still_asked(catalog: Catalog) -> None:
    text = "Hello, dinner with our children and grandchildren, 14 adults, chicken and shrimp, 95630"
    assert any("grandchildren" in r for r in _unsure(text, catalog))
