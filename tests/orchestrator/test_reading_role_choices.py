"""Choices given to the party's sides by the words that counted them ("chicken for the boys, the
dads want ny strip and shrimp") and appetites told by a comparison ("the boys eat like grown men
so add 3 extra chicken"), round q84e (set 176 fn014, fn020), and the near misses that still ask."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.role_choices import role_choices
from tests.orchestrator.readings import guests, order, portions


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("bday boy + 7 friends (all 10) and 4 dads. chicken for the boys, the dads want shrimp",
         "bday boy + 7 friends (all 10) and 4 dads. chicken for the kids, the adults want shrimp"),
        ("our daughter + 5 friends (all 11) and 2 moms. shrimp for the girls, filet for the moms",
         "our daughter + 5 friends (all 11) and 2 moms. shrimp for the kids, filet for the adults"),
        # a girl beside the boys, an age priced as an adult's, another grown-up, "the other dads"
        ("our 2 boys and our girl (10, 8) and 4 adults. chicken for the boys", None),
        ("our 3 boys (15, 10, 8) and 4 adults. chicken for the boys", None),
        ("bday boy + 7 friends (all 10), 4 dads and 2 grandmas. steak for the dads", None),
        ("me and 3 other dads + 6 boys (all 8). the other dads want filet", None),
        ("me and the boys (all 30) for fight night. chicken for the boys", None),
        # the dads and the writer together are all the grown-ups (round q85o)
        ("8 boys (all 9), 3 dads and me. chicken for the boys, the dads and me want filet",
         "8 boys (all 9), 3 dads and me. chicken for the kids, the grown-ups want filet"),
    ],
)  # fmt: skip
def test_the_sides_named_by_their_words(text: str, written: str | None) -> None:
    assert role_choices(text) == (text if written is None else written)


def test_the_boys_and_the_dads_choose_apart(catalog: Catalog) -> None:
    read = order("bday boy + 7 friends (all 10) and 4 dads incl me. hibachi chicken for the boys, "
                 "the dads want ny strip and shrimp. 95677", catalog)  # fmt: skip
    assert guests(read) == (4, 8, 0) and read.checks == ()
    assert portions(read) == {"chicken": 8, "ny_strip": 4, "shrimp": 4}


def test_an_appetite_told_by_a_comparison_explains_the_extras(catalog: Catalog) -> None:
    read = order("6 adults and our 3 boys (12, 10 and 8). The boys eat like grown men lol so add 3 "
                 "extra chicken for them. NY strip and chicken for all. 95843", catalog)  # fmt: skip
    assert guests(read) == (6, 3, 0) and read.checks == ()
    assert portions(read) == {"chicken": 12, "ny_strip": 9}


@pytest.mark.parametrize(
    "text",
    [
        "6 adults, 3 kids (12, 10, 8). the boys eat like grown men so add extra chicken 95843",
        "8 adults and our 2 boys (11 and 12), ny strip and salmon, 95691. the boys eat like adults, "
        "so please count them as adults.",
        "bday boy + 7 friends (all 10) and 4 dads. chicken for the boys, the guys want ny strip 95677",
        "our 2 boys and our girl (10, 8, 6) and 4 adults. chicken for the boys, shrimp for the adults 95630",
    ],
)
def test_sides_not_told_apart_are_asked(catalog: Catalog, text: str) -> None:
    assert order(text, catalog).checks
