"""A group told by its roles in a first message (round q86k, set 188): a bracket naming someone
inside the count, a counted role of one grown age, members "+ spouses" with the total they make,
the office and its spouse after couples, a class's grown-ups one by one (reading/roles_told.py);
a titled clergy name after men or women counted is asked (among them, or one more?)."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.roles_told import roles_told
from tests.orchestrator.readings import guests, order


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # blind188 fz059: "retiring after 32 years" is no count, Mrs. Chen inside the 24
        (
            "it will be 24 teachers (mrs. chen included) plus 6 aides plus the principal and vice "
            "principal, all adults. we'd like ny strip and scallops. 95758",
            (32, 0, 0),
        ),
        # blind188 fz019: the winners' age says they are grown
        (
            "we have 18 members, 7 of them are bringing their spouse, plus our 2 scholarship "
            "winners (both 18). filet mignon and salmon. 95864",
            (27, 0, 0),
        ),
        ("5 den leaders + spouses, 10 adults. filet and lobster. rescue 95672", (10, 0, 0)),  # fz053
        ("6 leaders + spouses, 12 adults. ny strip and shrimp 95630", (12, 0, 0)),
        # blind188 fz058: the pastor and his wife after couples are a couple more
        (
            "somos 10 parejas del coro de la iglesia, más el pastor y su esposa. queremos pollo y "
            "salmón. estamos en 95838.",
            (22, 0, 0),
        ),
        (
            "somos 6 parejas de la iglesia, más el pastor y su esposa. pollo y camarones. 95815",
            (14, 0, 0),
        ),
        # blind188 fz001: the teacher by title and name, her aide, the parents; the grade an age
        (
            "24 3rd graders, ms garcia, her aide and 4 of us parent volunteers. chicken and shrimp "
            "for everyone. school is 95822",
            (6, 24, 0),
        ),
        (
            "class party!! 20 3rd graders + ms. kim + 4 parent volunteers. chicken and shrimp for "
            "all. 95822",
            (5, 20, 0),
        ),
        # the teacher and aide were dropped here: 4 adults with no flag
        (
            "24 students (all 8-9), ms garcia, her aide and 4 parents. chicken and shrimp 95822",
            (6, 24, 0),
        ),
    ],
)
def test_roles_told_are_counted(text: str, read: tuple[int, int, int], catalog: Catalog) -> None:
    got = order(text, catalog)
    assert guests(got) == read and got.checks == ()


@pytest.mark.parametrize(
    "text",
    [
        # blind188 fz037: the pastor may be one of the 20 men (the rules ask, as for "20 adults")
        "we'll be 20 men and pastor ray. chicken and ny strip, please. 95824",
        "16 men and father luis. chicken and shrimp please, 95825",
        "we'll be 20 ladies and reverend moore. chicken and salmon please. 95826",
        # where the men come from between them and the pastor: was 8 with no flag
        "8 men from our bible study and pastor jim. filet and lobster 95630",
        # spouses who do not make the total
        "3 den leaders + spouses, 7 adults. chicken and shrimp 95610",
    ],
)
def test_unsure_role_lists_are_asked(text: str, catalog: Catalog) -> None:
    assert order(text, catalog).checks != ()


def test_a_clergy_guest_after_teens_is_one_more(catalog: Catalog) -> None:
    read = order("22 teens (all 13-17) and pastor dan. chicken and shrimp 95630", catalog)
    assert guests(read) == (23, 0, 0) and read.checks == ()


def test_the_rewrites() -> None:
    assert roles_told("24 teachers (me included) plus 6 aides").split() == [
        "24",
        "teachers",
        "plus",
        "6",
        "aides",
    ]
    assert roles_told("plus our 2 winners (both 18).") == "plus our 2 adults."
    assert roles_told("plus our 3 kids (all 14).") == "plus our 3 kids (all 14)."  # their reader's
    assert roles_told("10 couples from church, plus the pastor and his wife.") == (
        "10 couples from church, plus 2 more adults."
    )
    assert (
        roles_told("20 adults, plus the pastor and his wife.")
        == "20 adults, plus the pastor and his wife."
    )
