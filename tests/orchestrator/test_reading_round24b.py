"""Round 24b (issue 12): the thirty-second blind set's o026 and o081. A choice given to one group
in Spanish or Spanglish ("langosta para todos los adultos", "los niños quieren pollo") is that
group's, and the group net reads those words too; a choice for one group alone while the other
is counted is asked; a counted protein for guests named beside one protein for everyone is
asked (on top, or their second?), while extras said as such are that many in all."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.group_choice import group_choice_checks
from orchestrator.reading.proteins import extract_proteins
from tests.orchestrator.readings import order, portions


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("somos 10 adultos y 2 niños (7 y 9 años). filete para todos los adultos y pollo para "
         "los niños", {"filet_mignon": 10, "chicken": 2}),
        ("7 adultos y 3 niñas (6, 8, 11). las niñas quieren pollo, los adultos comen salmon y "
         "camarones", {"chicken": 3, "salmon": 7, "shrimp": 7}),
        ("6 adultos y 2 niños de 9 y 10 años. los grandes quieren langosta, los chicos pollo",
         {"lobster_tail": 6, "chicken": 2}),
        ("5 adults y 4 kids (6, 7, 8, 9). scallops para los adults, chicken para los kids",
         {"scallops": 5, "chicken": 4}),
    ],
)
def test_a_spanish_choice_for_a_group_is_one_portion_per_member(
    catalog: Catalog, text: str, want: dict[str, int]
) -> None:
    read = order(text + " 95630", catalog)
    assert portions(read) == want
    assert read.sure


def test_the_group_net_reads_the_spanish_words(catalog: Catalog) -> None:
    # the words as the customer wrote them, not rewritten: the net alone sees the groups
    text = "somos 15 adultos and 3 ninos. langosta para todos los adultos y pollo para los ninos"
    asks = extract_proteins(text, catalog)
    assert [a.group for a in asks] == [None, None]
    assert group_choice_checks(text, asks, adults=15, children=3) == [
        ("proteins", "langosta for the adults: how many portions?"),
        ("proteins", "pollo for the kids: how many portions?"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "somos 12 adultos y 3 niños (5, 8, 10). pollo para los niños",
        "9 adults and 2 kids (8, 10), filet for all the adults",
    ],
)
def test_a_choice_for_one_group_alone_is_asked(catalog: Catalog, text: str) -> None:
    assert not order(text + " 95630", catalog).sure


def test_a_follow_up_adding_guests_keeps_the_choices_told_before(catalog: Catalog) -> None:
    read = order("4 kids 6-10 and 2 more adults, chicken for the kids", catalog,
                 "10 adults filet 95630")
    assert portions(read) == {"filet_mignon": 12, "chicken": 4}
    assert read.sure


@pytest.mark.parametrize(
    "text",
    [
        "10 adults, filet for everyone and 2 lobster for the grandparents",
        "11 adults n 3 kids (6, 9, 12). everybody gets chicken, 2 lobster tails for me and my husband",
        "ny strip for everyone. 9 adults. and 1 lobster for the birthday boy",
    ],
)
def test_a_protein_for_guests_named_beside_one_for_everyone_is_asked(
    catalog: Catalog, text: str
) -> None:
    assert not order(text + " 95630", catalog).sure


def test_extras_for_guests_named_beside_two_for_everyone_are_that_many(catalog: Catalog) -> None:
    read = order("10 adults, chicken and filet for everyone plus 2 lobster tails on top for the "
                 "bride and groom 95630", catalog)
    assert portions(read) == {"chicken": 10, "filet_mignon": 10, "lobster_tail": 2}
    assert read.sure
