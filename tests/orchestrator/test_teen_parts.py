"""Round q86m: a school or youth group listed by roles. A part counted by a role with every age in
brackets grown ("18 cheerleaders (all 14-17)") is grown-ups inside a total of adults said after
the list (blind 188 fz044), and one count of a school's staff by two roles ("28 teachers and
aides, all adults") is that many adults."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.teen_parts import teen_parts
from tests.orchestrator.readings import guests, order


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("cheer banquet 18 cheerleaders (all 14-17), 2 coaches and 1 assistant coach, so 21 adults"
         " total. filet and chicken 95758", 21),
        ("spring banquet 16 cheerleaders (all 15-18), 3 coaches and 1 assistant coach, so 20 adults"
         " total. chicken and ny strip 95630", 20),
    ],
)
def test_teens_by_their_ages_are_inside_the_total_said(text: str, want: int, catalog: Catalog) -> None:
    read = order(text, catalog)
    assert guests(read) == (want, 0, 0) and read.checks == ()


def test_parts_that_miss_the_total_are_asked(catalog: Catalog) -> None:
    read = order("polo banquet 14 players (all 15-17), 2 coaches and 1 assistant coach, so 18 adults"
                 " total. chicken and ny strip 95628", catalog)
    assert any("the parts make 17, not the 18" in c for c in read.checks)


def test_a_teen_part_is_written_as_grown_ups_of_the_same_length() -> None:
    text = "18 cheerleaders (all 14-17), 2 coaches"
    out = teen_parts(text)
    assert out.startswith("18 adults ") and len(out) == len(text)
    assert teen_parts("11 players (all 9-10), 2 coaches") == "11 players (all 9-10), 2 coaches"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("staff appreciation lunch 🍎 24 teachers and paras, all adults. chicken and tofu 95826", 24),
        ("lunch for the office crew, 9 secretaries and custodians, all adults. chicken and shrimp"
         " 95821", 9),
    ],
)
def test_one_count_of_staff_by_two_roles(text: str, want: int, catalog: Catalog) -> None:
    read = order(text, catalog)
    assert guests(read) == (want, 0, 0) and read.checks == ()
