"""Readings of round q86h (set 188): ages told for a whole counted group without brackets
(`group_bands`), a school's grade band that names a team or a staff (`school_words`), a class
counted by its grade (`grade_ages.many_graders`) and one grown-up by role closing a list."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.grade_ages import many_graders
from orchestrator.reading.group_bands import group_bands, school_words
from tests.orchestrator.readings import guests, order


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("swim banquet 16 swimmers all 15-18 + 2 coaches. chicken and salmon 95826", (18, 0, 0)),
        ("debate dinner 14 of us all 17 + 2 chaperones. chicken n shrimp 95864", (16, 0, 0)),
        ("prom dinner me + 11 of my friends, were all seniors (17-18). filet and shrimp 95762",
         (12, 0, 0)),
        ("grad dinner me + 9 of my friends, we're all 18. filet and chicken 95762", (10, 0, 0)),
        ("grad party po 15 graduates po (all 22-23) + 20 parents. filet and salmon 95819", (35, 0, 0)),
        ("lunch for our k-2 team, 12 teachers, chicken and filet mignon. 95815", (12, 0, 0)),
        ("lunch for our 3-5 team, 9 teachers. chicken and ny strip 95608", (9, 0, 0)),
        ("class party: 25 sixth graders + 3 teachers, chicken n shrimp, 95815", (3, 25, 0)),
        ("party for 22 fourth graders + 2 teachers + 4 room parents. chicken n shrimp 95825",
         (6, 22, 0)),
        ("senior night 10 of us all 17-18 plus 3 moms. shrimp n chicken 95630", (13, 0, 0)),
    ],
)
def test_group_read(catalog: Catalog, text: str, expected: tuple[int, int, int]) -> None:
    assert guests(order(text, catalog)) == expected


def test_band_in_history_turn(catalog: Catalog) -> None:
    """The first message's "15 members all 15-17 + 3 mentors" read under a later answer."""
    first = "robotics team dinner 15 members all 15-17 + 3 mentors. chicken and ny strip 95823"
    assert guests(order("sounds good", catalog, first)) == (18, 0, 0)


@pytest.mark.parametrize(
    "text",
    [
        "6 of us all 12-15, filet and chicken, 95678",  # two price bands
        "t-ball party, 12 players all 5-8 yrs, plus 2 coaches. chicken 95630",
        "me n 19 of my classmates, all 11 and 12, 6th grade party. chicken 95630",  # the writer?
        "14 people, all 14. chicken",  # the count again, no age
        "oh and 6 kids are coming too, all 10. same food",  # a clause, not a group's words
    ],
)
def test_band_left_as_written(text: str) -> None:
    assert group_bands(text) == text


def test_rewrites_keep_length() -> None:
    for text in ("16 swimmers all 15-18 + 2", "14 of us all 17 + 2 moms", "our k-2 team, 12",
                 "25 sixth graders + 3", "24 kids(6-12), 1 assistant coach and 2 parents"):
        assert len(group_bands(school_words(text))) == len(text)


def test_many_graders() -> None:
    assert many_graders("25 sixth graders + 3") == "25 kids(6-12)    + 3"
    assert many_graders("20 9th graders + 2") == "20 teens       + 2"
    # 7th grade (12 or 13) and kindergarten straddle a price line: asked
    assert many_graders("18 seventh graders and 3") == "18 seventh graders and 3"
    assert many_graders("20 4th graders and a kindergartner") == "20 4th graders and a kindergartner"


@pytest.mark.parametrize(
    "text",
    [
        "hibachi for 18 seventh graders and 3 teachers, chicken and shrimp 95815",
        "12 kindergarteners + 2 teachers, chicken and shrimp 95823",
        "quote for 20 students ages 10-14 and 4 teachers, chicken and shrimp 95811",
    ],
)
def test_straddling_asked(catalog: Catalog, text: str) -> None:
    o = order(text, catalog)
    assert o.checks or o.adults is None or not o.adults


def test_one_role_closing_a_list() -> None:
    said = group_bands("18 cheerleaders (all 14-17), 2 coaches and 1 assistant coach, so 21")
    assert "and 1 adult " in said
    assert group_bands("1 teacher and 20 kids") == "1 teacher and 20 kids"  # no list before it
