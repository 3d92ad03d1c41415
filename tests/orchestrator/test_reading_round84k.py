"""Round q84k: proteins chosen per group and the group words around them. A second choice opened
by "and" ("chicken and shrimp for the kids, and the adults want NY strip and salmon") is the
adults' own; "for the kids and adults" is everyone's; mothers counted first ("4 moms and 8 girls
(all 10)") are the adults; a kids' party named by its guests ("girls sleepover party", "our twin
boys' 8th birthday") and the young kin the event is with ("w/ my nieces and nephews") count nobody
when the kids are counted by age; "cambien el pollo por camarones y somos 14" is 14. Each with the
near misses that still ask."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.extraction import normalize
from tests.orchestrator.readings import guests, order, portions

_KIDS = "10 adults and 4 kids (6, 8, 9, 11), 95608. "


@pytest.mark.parametrize(
    "choice",
    [
        "Chicken and shrimp for the kids, and the adults want NY strip and salmon",
        "chicken and shrimp for the kids and the adults would like ny strip and salmon",
        "the adults want ny strip and salmon, and the kids want chicken and shrimp",
        "chicken & shrimp for the kiddos + ny strip & salmon for the grown ups",
        "para los niños pollo y camarones, y para los adultos ny strip y salmón",
    ],
)
def test_each_group_its_own_two(catalog: Catalog, choice: str) -> None:
    read = order(_KIDS + choice, catalog)
    assert guests(read) == (10, 4, 0) and read.checks == ()
    assert portions(read) == {"chicken": 4, "shrimp": 4, "ny_strip": 10, "salmon": 10}


def test_for_the_kids_and_adults_is_everyones(catalog: Catalog) -> None:
    read = order("Chicken and shrimp for the kids and adults. 8 adults 2 kids (7, 9), 95815", catalog)
    assert portions(read) == {"chicken": 10, "shrimp": 10} and read.checks == ()
    # counted kids after the adults' choice are no join: the shrimp and filet stay the adults'
    adults = order("6 adults, shrimp and filet for the adults, plus 2 kids (8 and 12). chicken for"
                   " the kids. 95831", catalog)  # fmt: skip
    assert portions(adults) == {"shrimp": 6, "filet_mignon": 6, "chicken": 2}


def test_three_for_the_adults_still_asks(catalog: Catalog) -> None:
    read = order(_KIDS + "Chicken for the kids, and the adults want NY strip, salmon and shrimp", catalog)
    assert read.checks


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("4 moms and 8 girls (all 10). chicken and shrimp 95630", (4, 8, 0)),
        ("6 dads + 10 boys (all 9), ny strip and chicken for all 95758", (6, 10, 0)),
        ("we're 3 moms n 9 girls (all 11). chicken and shrimp 95630", (3, 9, 0)),
        ("4 mamás y 8 niñas (8, 9, 9, 10, 10, 10, 11, 11). pollo y camarones. 95823", (4, 8, 0)),
    ],
)
def test_moms_counted_first(catalog: Catalog, text: str, want: tuple[int, int, int]) -> None:
    read = order(text, catalog)
    assert guests(read) == want and read.checks == ()


def test_moms_first_still_ask_the_kids_ages(catalog: Catalog) -> None:
    assert order("4 moms and 8 girls, chicken and shrimp 95630", catalog).checks
    assert order("4 moms and 8 girls (ages 5-9). chicken and shrimp 95630", catalog).checks
    assert "5 moms night" in normalize("5 moms night out, 10 adults and 4 kids (all 9)")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("girls sleepover party: our daughter + 5 friends (all 11) and 2 moms. chicken and shrimp"
         " for the girls, the moms want salmon and filet. 95819", (2, 6, 0)),
        ("It's our twin boys' 8th birthday. We'll have the twins plus 8 friends (all 8) and 6 "
         "parents. Chicken and shrimp 95624", (6, 10, 0)),
        ("family reunion w/ nieces and nephews! 16 adults plus my nieces and nephews: 10, 7 and 5."
         " ny strip and chicken 95608", (16, 2, 1)),
        ("thanksgiving w/ my nieces and nephews! 12 adults plus my nieces and nephews: 9, 6 and 3."
         " chicken and filet 95630", (12, 2, 1)),
    ],
)
def test_party_named_by_kids_counted_by_age(
    catalog: Catalog, text: str, want: tuple[int, int, int]
) -> None:
    read = order(text, catalog)
    assert guests(read) == want and read.checks == ()


@pytest.mark.parametrize(
    "text",
    [
        "girls sleepover party, 6 adults. chicken and shrimp 95819",
        "our twin girls' 7th birthday! 6 friends (all 7) and 4 moms. chicken and shrimp 95630",
        "family reunion w/ nieces and nephews! 16 adults. ny strip and chicken 95608",
        "thanksgiving w/ my nieces and nephews! 12 adults. chicken and filet 95630",
    ],
)
def test_kids_of_the_name_not_counted_still_ask(catalog: Catalog, text: str) -> None:
    assert order(text, catalog).checks


_BEFORE = "hola, 12 adultos, pollo y filete. 95838"


@pytest.mark.parametrize(
    "text",
    [
        "cambien el pollo por camarones y somos 14",
        "ahora somos 14 y cambien el pollo por camarones porfa",
        "cambien el pollo por camarones, ahora somos 14",
    ],
)
def test_somos_n_after_a_swap(catalog: Catalog, text: str) -> None:
    read = order(text, catalog, _BEFORE)
    assert guests(read) == (14, 0, 0) and read.checks == ()
    assert portions(read) == {"shrimp": 14, "filet_mignon": 14}


def test_somos_n_before_a_list_is_left_alone(catalog: Catalog) -> None:
    assert order("hola somos 14 pero 3 son niños (5, 7, 9). pollo y camarones 95823", catalog).checks
