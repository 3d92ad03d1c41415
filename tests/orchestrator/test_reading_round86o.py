"""Round q86o (set 188: answers to our question about a youth group's grown-ups or its ages): "2
coaches! the dancers are all 14-17" after "16 dancers + coaches" (reading/grown_answers.py); "10
parents. siblings are 2, 5 and 9" after "16 cubs (all 7-9) plus parents and siblings"
(reading/family_answers.py); a team's ages after "14 players plus 6 parents" (team_ages.py); a
pack's cubs answered by a roster (split_ages.py); "1 den leader" (youth_leaders.py); a sign-up
sheet's "here's everyone:" after a comma and its "kid 10" (household_lines.py)."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.family_answers import siblings_answered
from orchestrator.reading.grown_answers import grown_answered
from tests.orchestrator.readings import guests, order, understood

_AGES_Q = " 13 and up are adult price, kids 6-12 are $30, 5 and under eat free."


_DANCE = "hibachi for our dance team 16 dancers + coaches, salmon and chicken, Folsom 95630"
_DANCE_Q = "Love it! How many coaches, and how old are the 16 dancers?" + _AGES_Q
_YOUTH = "hibachi for our church youth group? 20 teens and a few adult leaders, chicken n shrimp 95823"
_YOUTH_Q = "We'd love to! How many adult leaders are coming, and how old are the teens?" + _AGES_Q


@pytest.mark.parametrize(("answer", "earlier", "asked", "band"), [
    ("2 coaches! the dancers are all 14-17", _DANCE, _DANCE_Q, (18, 0, 0)),
    ("5 adult leaders. the teens are all 13-17", _YOUTH, _YOUTH_Q, (25, 0, 0)),
    ("the teens are 13 to 17, and 5 leaders", _YOUTH, _YOUTH_Q, (25, 0, 0)),
    ("5 leaders", _YOUTH, _YOUTH_Q, (25, 0, 0)),  # teens are adults
    ("Hi,\n\n2 coaches will come. The dancers are all 14 to 17.\n\nThanks,\nDana", _DANCE, _DANCE_Q,
     (18, 0, 0)),
    ("2 coaches. the dancers are all 9 and 10", _DANCE, _DANCE_Q, (2, 16, 0)),
])  # fmt: skip
def test_grown_ups_answered_are_the_whole_party(
    catalog: Catalog, answer: str, earlier: str, asked: str, band: tuple[int, int, int]
) -> None:
    read = understood(answer, catalog, earlier, asked)
    assert (read.adults, read.children or 0, read.toddlers or 0) == band
    assert not read.checks


@pytest.mark.parametrize("answer", [
    "2 coaches",  # the dancers' ages not told
    "2 coaches. the dancers are 8 to 14",  # across two price bands
    "2 coaches. the 18 dancers are all 14-17",  # 18 after 16
])  # fmt: skip
def test_grown_ups_answered_with_doubt_are_asked(catalog: Catalog, answer: str) -> None:
    assert understood(answer, catalog, _DANCE, _DANCE_Q).checks


def test_an_answer_of_another_role_is_left_as_it_was() -> None:
    turns = [("customer", _DANCE), ("business", _DANCE_Q), ("customer", "2 parents")]
    assert grown_answered(turns) == turns


_PACK = "Blue and Gold for pack 9, 16 cubs (all 7-9) plus parents and siblings. chicken and shrimp 95662"
_PACK_Q = "Fun! How many parents and siblings are coming, and how old are the siblings?" + _AGES_Q


@pytest.mark.parametrize("answer", [
    "10 parents. siblings are 2, 5 and 9",
    "10 parents and 3 siblings (2, 5, 9)",  # was 10 adults, 1 kid, 2 free: the cubs lost, no flag
    "10 parents, 3 siblings, theyre 2, 5 and 9",
])  # fmt: skip
def test_parents_and_siblings_answered_join_the_cubs(catalog: Catalog, answer: str) -> None:
    read = understood(answer, catalog, _PACK, _PACK_Q)
    assert (read.adults, read.children, read.toddlers) == (10, 17, 2)
    assert not read.checks


def test_siblings_counted_beside_other_ages_are_left_as_they_were() -> None:
    turns = [("customer", _PACK), ("business", _PACK_Q), ("customer", "10 parents, 4 siblings, 2 and 5")]
    assert siblings_answered(turns) == turns


def test_a_teams_grown_ages_after_plus_parents_is_the_party(catalog: Catalog) -> None:
    read = understood("theyre all 15-16", catalog,
                       "hockey team dinner 14 players plus 6 parents, chicken and shrimp. 95661",
                       "How old are the 14 players?" + _AGES_Q)  # fmt: skip
    assert (read.adults, read.children or 0) == (20, 0)
    assert not read.checks


def test_a_roster_answers_a_packs_cubs(catalog: Catalog) -> None:
    read = understood("here u go\nLiam - 7\nNoah - 6\nEli - 8\nJack - 7\nOwen - 5\nLeo - 8", catalog,
                       "pack dinner, 6 cubs, 6 parents and 2 leaders. chicken and shrimp 95610",
                       "How old are the 6 cubs?" + _AGES_Q)  # fmt: skip
    assert (read.adults, read.children, read.toddlers) == (8, 5, 1)
    assert not read.checks


@pytest.mark.parametrize(("text", "band"), [
    ("Pack night for our Tiger den 6 tigers (all 6-7), 6 parents, 1 den leader and 3 siblings "
     "(2, 9, 12). chicken and salmon 95630", (7, 8, 1)),
    ("Pack 33 dinner 5 tigers (all 6-7), 4 parents, 1 cubmaster and 2 siblings (3, 8). chicken and "
     "shrimp 95630", (5, 6, 1)),
])  # fmt: skip
def test_one_den_leader_is_an_adult(catalog: Catalog, text: str, band: tuple[int, int, int]) -> None:
    o = order(text, catalog)
    assert guests(o) == band and o.sure


def test_a_sign_up_sheet_after_a_comma_is_everyone(catalog: Catalog) -> None:
    o = order("Pack 57 family dinner sign up sheet, here's everyone:\n- Rivera: 2 adults, kids 9 and 6"
              "\n- Patel: 1 adult, kid 10\n- Okafor: 2 adults, kids 7, 9 and 2\nchicken and shrimp for "
              "all, 95662", catalog)  # fmt: skip
    assert guests(o) == (5, 5, 1) and o.sure
