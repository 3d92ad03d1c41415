"""Grown-ups listed by role after a counted team (round q85e, set 183): a single role holder is
one adult, parents by their part are parents, a group of no number beside a count is asked, and
its count told later is added to the adults counted before."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.team_grownups import parents_by_part, team_grownups
from orchestrator.reading.uncounted_groups import uncounted_groups
from tests.orchestrator.readings import guests, order


def test_a_role_holder_joins_the_count_before_it() -> None:
    text = "13 players (all 14-16), 2 coaches and the team mom. chicken"
    run = "2 coaches and the team mom"
    assert team_grownups(text) == text.replace(run, "3 adults".ljust(len(run)))


def test_a_role_the_reader_does_not_count_is_written_as_adults() -> None:
    assert team_grownups("20 seniors (all 17-18) + 4 teachers. x") == "20 seniors (all 17-18) + 4 adults  . x"
    kept = "12 players (all 8-9), 2 coaches and 6 parents. chicken"
    assert team_grownups(kept) == kept


def test_parents_by_their_part_are_parents() -> None:
    assert parents_by_part("22 kids, 5 room parents.") == "22 kids, 5 parents     ."


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("JV volleyball banquet 13 players (all 14-16), 2 coaches and the team mom. chicken + "
         "shrimp 95742", (16, 0, 0)),
        ("We expect 20 confirmation students (all 14-16), 4 catechists, Father Tom and 2 parent "
         "volunteers. Chicken and NY strip for everyone. 95824", (27, 0, 0)),
        ("swim party 16 swimmers (all 9-11), 2 coaches and the team mom. chicken and shrimp 95827",
         (3, 16, 0)),
        ("class party: 22 students (all 7-8), 2 teachers and 5 room parents. chicken and shrimp "
         "95822", (7, 22, 0)),
    ],
)  # fmt: skip
def test_grown_roles_after_a_team_are_counted(catalog: Catalog, text: str, read: tuple[int, ...]) -> None:
    o = order(text, catalog)
    assert guests(o) == read and o.checks == ()


@pytest.mark.parametrize(
    "text",
    [
        "11 players (all 15-16) + 2 coaches + their parents. chicken and shrimp 95758",
        "12 players (all 11-12) + 3 coaches + the families. chicken and shrimp 95823",
        "18 cubs (all 7-10), 5 den leaders + parents. chicken and shrimp 95670",
        "13 players (all 10-12), 2 coaches and some parents. chicken, shrimp 95624",
    ],
)
def test_a_group_of_no_number_beside_a_count_is_asked(catalog: Catalog, text: str) -> None:
    assert order(text, catalog).checks


def test_a_group_counted_after_is_not_asked() -> None:
    assert uncounted_groups("8 players and their parents, 6 of them. chicken") == []


def test_the_groups_count_told_later_is_added(catalog: Catalog) -> None:
    o = order("14 parents", catalog, "18 cubs (all 7-10), 5 den leaders + parents. chicken and shrimp 95670")
    assert guests(o) == (19, 18, 0) and o.checks == ()


def test_an_office_holder_and_spouse_added_twice_is_two(catalog: Catalog) -> None:
    o = order("our pastor and his wife are coming too so add 2 adults",
              catalog, "youth group dinner 18 teens (all 14-17) + 4 adult leaders. chicken and shrimp 95828")
    assert guests(o) == (24, 0, 0) and o.checks == ()


def test_one_band_told_later_places_the_young_group_left_unplaced(catalog: Catalog) -> None:
    o = order("they're all between 11 and 12", catalog,
              "court of honor: 10 scouts, 3 dads and me (the scoutmaster). chicken + ny strip 95826")
    assert guests(o) == (4, 10, 0) and o.checks == ()
