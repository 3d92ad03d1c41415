"""The writers counted by their role after a grown group, with no "all adults" after the list
(round q85d: "14 teachers plus 3 of us room parents", set 178 fp015): reading/role_lists.py's
open list takes "N of us <role>" and "N of us from the <group>" as grown-ups; the givers named
first ("the room parents at our school want to do a dinner") are those counted, no one more
(reading/givers.py)."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.givers import givers_counted
from orchestrator.reading.role_lists import adult_roles
from tests.orchestrator.readings import guests, order


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("14 teachers plus 3 of us room parents. chicken and tofu 95826", 17),
        ("18 teachers plus 4 of us pta moms, chicken and shrimp 95630", 22),
        ("22 nurses + 3 of us charge nurses. salmon n chicken 95825", 25),
        ("18 nurses plus 2 of us managers. lobster and filet 95831", 20),
        ("dinner for 15 teachers and 2 of us from the pta, chicken n shrimp 95828", 17),
    ],
)
def test_writers_by_role_join_the_grown_group(text: str, adults: int, catalog: Catalog) -> None:
    assert [g.count for g in adult_roles(text)] == [adults]
    read = order(text, catalog)
    assert guests(read) == (adults, 0, 0) and read.checks == ()


@pytest.mark.parametrize(
    "text",
    [
        "16 volunteers plus 2 of us coordinators. chicken and tofu, 95821",  # volunteers may be kids
        "14 teachers plus 3 of us kids, chicken 95826",  # the young are no role
    ],
)
def test_no_grown_list_without_a_grown_group(text: str) -> None:
    assert adult_roles(text) == []


def test_parts_against_a_total_still_ask(catalog: Catalog) -> None:
    read = order("teacher dinner, 14 teachers plus 3 of us room parents = 18. chicken and tofu 95826", catalog)
    assert read.checks


@pytest.mark.parametrize(
    "text",
    [
        "the room parents at our school want to do a dinner for the teachers. 14 teachers plus 3 of "
        "us room parents",
        "the parents in mrs. patel's class would like to host the teachers: 10 teachers plus 3 of us "
        "room parents",
    ],
)
def test_givers_counted_among_who_come(text: str) -> None:
    start = text.index("parents")
    counted = text[text.index("10 ") if "10 " in text else text.index("14 ") :]
    assert givers_counted(text, start, start + len("parents"), counted)


def test_givers_never_counted_again_stay_asked() -> None:
    text = "the room parents at our school want to do a dinner for 14 teachers"
    start = text.index("parents")
    assert not givers_counted(text, start, start + len("parents"), "14 teachers")
