"""Readings of round q86a: people counted by relation beside counted parts. Someone's coworkers
and some of a group's spouses (`whose_grownups`), kids of a kind told with their ages
(`kinds_of_kids`), a grown one's friends and their partners before the sum said
(`friends_and_wives`), a married pair beside "N of us + our N spouses" (`spouse_counts`), groups
coming for an occasion of no article ("for thanksgiving") and someone's event asked of the
caterer ("can u do my hubby's 40th")."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.friends_and_wives import friends_and_partners
from orchestrator.reading.kinds_of_kids import kinds_of_kids
from orchestrator.reading.whose_grownups import whose_grownups
from tests.orchestrator.readings import flagged, guests, order


def test_someones_coworkers_after_a_count_are_that_many_adults() -> None:
    assert whose_grownups("10 adults plus 2 of his coworkers, chicken") == "10 adults plus 2 coworkers, chicken"
    assert whose_grownups("12 adults + 3 of my husband's old colleagues") == "12 adults + 3 coworkers"


def test_coworkers_as_a_subject_or_not_joined_stay_as_written() -> None:
    text = "three of my coworkers want to come now, so add 3 adults."
    assert whose_grownups(text) == text
    text = "update: 3 of my coworkers are bringing their kids"
    assert whose_grownups(text) == text


def test_some_of_a_groups_spouses_are_counted_no_more_than_the_group() -> None:
    said = "me, my husband, 5 of my coworkers and 3 of their spouses, plus our 2 kids (9 and 6)"
    assert whose_grownups(said) == "me, my husband, 5 coworkers and 3 spouses, plus our 2 kids (9 and 6)"
    text = "me, 5 coworkers and 6 of their spouses"
    assert whose_grownups(text) == text


def test_the_list_with_coworkers_and_their_spouses_is_read(catalog: Catalog) -> None:
    text = ("It'll be me, my husband, 5 of my coworkers and 3 of their spouses, plus our 2 kids "
            "(9 and 6). Chicken and shrimp for all. 95819")
    assert guests(order(text, catalog)) == (10, 2, 0)
    assert not flagged(text, catalog)
    text = "bday dinner for my husband, 10 adults plus 2 of his coworkers, chicken and shrimp 95826"
    assert guests(order(text, catalog)) == (12, 0, 0)


def test_kids_of_a_kind_with_ages_are_read_by_their_ages(catalog: Catalog) -> None:
    assert kinds_of_kids("14 of our drumline kids (all 15-17) + 3 band parents") == (
        "14 of our kids (all 15-17) + 3 band parents")
    assert kinds_of_kids("12 swim team kids (all 15-18)") == "12 kids (all 15-18)"
    for kept in ("4 more team kids (all 9-10)", "12 team kids (9)", "3 drumline kids"):
        assert kinds_of_kids(kept) == kept
    text = "drumline banquet 14 of our drumline kids (all 15-17) + the band director + 3 band parents. filet and shrimp 95677"
    assert guests(order(text, catalog)) == (18, 0, 0)


def test_a_grown_ones_friends_and_their_wives_take_the_sum_they_make() -> None:
    text = "my grandpa + 5 of his navy buddies and their wives, so 12 adults. ny strip"
    assert friends_and_partners(text) == [(0, text.index("12 adults"))]
    text = "my dad + 4 of his golf buddies and their wives, so 9 adults"  # without mom: 1 + 8
    assert friends_and_partners(text)
    text = "my uncle + 3 of his army buddies and their wives, so 9 adults"  # 7 or 8, not 9
    assert friends_and_partners(text) == []


def test_friends_and_wives_read_or_asked(catalog: Catalog) -> None:
    text = "hey its for veterans day, my grandpa + 5 of his navy buddies and their wives, so 12 adults. ny strip + salmon. 95670"
    assert guests(order(text, catalog)) == (12, 0, 0)
    assert not flagged(text, catalog)
    text = "my uncle + 3 of his army buddies and their wives, so 9 adults. chicken + ny strip 95670"
    assert flagged(text, catalog)


def test_a_married_pair_beside_us_and_our_spouses(catalog: Catalog) -> None:
    text = "4 of us vets + our 4 spouses, plus my neighbor and his wife. ny strip and chicken. 95610"
    assert guests(order(text, catalog)) == (10, 0, 0)
    assert not flagged(text, catalog)
    text = "4 of us vets + our 4 wives, plus our neighbors. ny strip and chicken 95610"
    assert flagged(text, catalog)


def test_book_club_members_and_husbands_less_the_single(catalog: Catalog) -> None:
    text = "11 of us from book club plus our husbands, except 3 of us are single, so 19 adults total. Filet and shrimp. 95819"
    assert guests(order(text, catalog)) == (19, 0, 0)
    assert not flagged(text, catalog)
    text = "7 of us from book club plus our husbands, except 2 of us are single, so 14 adults. filet and shrimp 95819"
    assert flagged(text, catalog)


def test_families_coming_for_an_occasion_with_the_grandparents(catalog: Catalog) -> None:
    text = ("Hi, we're 4 families getting together for Thanksgiving, 3 adults in each, plus the "
            "grandparents. Chicken and NY strip please. 95648")
    assert guests(order(text, catalog)) == (14, 0, 0)
    assert not flagged(text, catalog)


@pytest.mark.parametrize("text", [
    "can u do my hubby's 40th?? its sat oct 18. me + him + 5 couples. filet and lobster 95630",
    "can you do my dad's retirement party? 14 adults, chicken and ny strip, 95624",
])
def test_someones_event_asked_of_the_caterer_is_no_food(catalog: Catalog, text: str) -> None:
    assert not flagged(text, catalog)


def test_a_dish_of_someones_asked_of_the_chef_stays_asked(catalog: Catalog) -> None:
    assert flagged("can you make my mom's lasagna? 12 adults, chicken and shrimp 95624", catalog)
