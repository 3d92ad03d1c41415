"""Readings of round q86q: people counted by their relation to someone grown (`wed_groups`): a grown
relation's friends after a count of adults, kids with their spouses, and "us + N couples" with
more relations after the couples."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.wed_groups import wed_groups
from tests.orchestrator.readings import flagged, guests, order


def test_a_grown_relations_friends_after_a_count_are_written_as_grown_ups() -> None:
    assert wed_groups("10 adults plus 2 of my husband's friends, chicken") == "10 adults plus 2 coworkers, chicken"
    assert wed_groups("14 adults + 3 of my dad's golf buddies") == "14 adults + 3 coworkers"
    assert wed_groups("8 adults and 2 of my wifes friends from church") == "8 adults and 2 coworkers from church"


@pytest.mark.parametrize("text", [
    "10 adults plus 2 of my son's friends",  # a son's friends may be kids
    "10 adults + 4 of his friends",  # whose?
    "2 of my husband's friends want to come too, so 22 adults now",  # a subject: the follow-up's
])
def test_friends_of_no_grown_owner_or_as_a_subject_stay_as_written(text: str) -> None:
    assert wed_groups(text) == text


@pytest.mark.parametrize(("text", "counted"), [
    ("10 adults plus 2 of my husband's friends, chicken and shrimp 95826", (12, 0, 0)),
    ("Retirement dinner for my dad. 14 adults + 3 of my dad's golf buddies. NY strip and salmon 95630", (17, 0, 0)),
    ("8 adults + 2 of my mom's friends + 3 kids (10, 7, 4). chicken 95828", (10, 2, 1)),
])
def test_a_grown_relations_friends_are_read(catalog: Catalog, text: str, counted: tuple[int, int, int]) -> None:
    assert guests(order(text, catalog)) == counted
    assert not flagged(text, catalog)


def test_a_sons_friends_after_a_count_are_asked(catalog: Catalog) -> None:
    assert flagged("10 adults plus 2 of my son's friends, chicken and shrimp 95826", catalog)


def test_kids_with_their_spouses_are_grown_kids() -> None:
    assert wed_groups("me, my husband, our 3 kids and their spouses.") == (
        "me, my husband, our 3 grown kids and their spouses.")
    assert wed_groups("our 2 children + their husbands") == "our 2 grown children + their husbands"
    assert wed_groups("our 3 kids and their friends") == "our 3 kids and their friends"


@pytest.mark.parametrize(("text", "counted"), [
    ("me, my husband, our 3 kids and their spouses. filet and shrimp 95630", (8, 0, 0)),
    ("the two of us, our 2 kids and their spouses, and our 3 grandkids (9, 6 and 2). Chicken and salmon for everyone. 95661",
     (6, 2, 1)),
])
def test_the_list_with_kids_and_their_spouses_is_read(catalog: Catalog, text: str, counted: tuple[int, int, int]) -> None:
    assert guests(order(text, catalog)) == counted
    assert not flagged(text, catalog)


@pytest.mark.parametrize("text", [
    "10 adults plus 2 of his coworkers and their wives, chicken and shrimp 95826",  # all married?
    "20 coworkers plus their spouses, all adults, chicken and NY strip 95821",
    "me, my wife, my 2 brothers and their families. chicken and shrimp 95826",  # families of no size
])
def test_a_group_with_partners_or_families_of_no_number_is_asked(catalog: Catalog, text: str) -> None:
    assert flagged(text, catalog)


def test_us_and_couples_then_a_relation_is_the_writers_list() -> None:
    assert wed_groups("us + 6 couples + my mom, chicken") == "me + my partner + 6 couples + my mom, chicken"
    assert wed_groups("just us + 3 couples and my dad.") == "just me + my partner + 3 couples and my dad."
    for kept in ("us + 4 couples, chicken", "us + 3 couples and their kids", "us + 4 couples + my family"):
        assert wed_groups(kept) == kept


@pytest.mark.parametrize(("text", "counted"), [
    ("us + 6 couples + my mom, chicken and shrimp 95826", (15, 0, 0)),
    ("me and the hubs + 4 couples + my parents. ny strip and shrimp 95758", (12, 0, 0)),
    ("us + 4 couples, filet and scallops, 95818", (10, 0, 0)),
])
def test_us_and_couples_with_relations_are_read(catalog: Catalog, text: str, counted: tuple[int, int, int]) -> None:
    assert guests(order(text, catalog)) == counted
    assert not flagged(text, catalog)


def test_us_and_couples_with_a_family_of_no_number_is_asked(catalog: Catalog) -> None:
    assert flagged("us + 4 couples + my brother and his family. chicken and ny strip 95630", catalog)
