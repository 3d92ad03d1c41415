"""Round 23a (issue 12): the twenty-ninth blind set's d021 and d040. A protein "for all" of a
count that names every kind of guest ("for all 10 of us adults and 2 kids") is for everyone;
extras "on top for everyone / each / per person" after "N each" are per guest. The nets: a count
that leaves out guests the words give the protein to, and extras for everyone that are not the
same for each guest, are flagged, never priced silently."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.group_choice import everyone_checks
from tests.orchestrator.readings import guests, order, portions


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("filet for all 8 of us grownups + 3 kiddos (6, 9, 10)", {"filet_mignon": 11}),
        ("lobster tails for all 11 of us grown ups & 1 kid (9) pls", {"lobster_tail": 12}),
        # the kids' own choice after a comma: the adults' count stays theirs
        ("lobster for all 10 of us adults, the 2 kids (8, 11) just want chicken",
         {"lobster_tail": 10, "chicken": 2}),
        ("filet for all 8 of us adults and chicken for the 3 kids (6, 9, 10)",
         {"filet_mignon": 8, "chicken": 3}),
    ],
)
def test_a_protein_for_all_of_a_list_of_every_kind_of_guest_is_for_everyone(
    catalog: Catalog, text: str, want: dict[str, int]
) -> None:
    read = order(text + " 95630", catalog)
    assert portions(read) == want
    assert read.sure


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("9 adults. chicken 2 each plus 1 lobster tail on top for everybody",
         {"chicken": 18, "lobster_tail": 9}),
        ("12 adults: 2 chicken each and 2 shrimp on top per person", {"chicken": 24, "shrimp": 24}),
        # for the table, or for one person named: that many in all
        ("12 adults, chicken 2 each and 1 shrimp on top for the table", {"chicken": 24, "shrimp": 1}),
        ("10 adults. 2 chicken each + 1 lobster tail on top for the birthday girl",
         {"chicken": 20, "lobster_tail": 1}),
    ],
)
def test_extras_on_top_for_everyone_are_per_guest(
    catalog: Catalog, text: str, want: dict[str, int]
) -> None:
    read = order(text + " 95630", catalog)
    assert portions(read) == want
    assert read.sure


def test_a_count_that_leaves_out_guests_the_protein_is_for_is_flagged() -> None:
    text = "lobster tail for all 10 of us adults and 2 kids (8, 11)"
    read_short = ProteinAsk(protein="lobster_tail", said="lobster tail", portions=10, start=0, end=12)
    assert everyone_checks(text, [read_short], adults=10, children=2) == [
        ("proteins", "lobster tail for all 12 guests, priced 10: how many portions?")
    ]
    read_right = ProteinAsk(protein="lobster_tail", said="lobster tail", portions=12, start=0, end=12)
    assert everyone_checks(text, [read_right], adults=10, children=2) == []


def test_extras_for_everyone_not_the_same_for_each_guest_are_flagged(catalog: Catalog) -> None:
    text = "12 adults, ny strip 2 each + 1 shrimp on top for everyone"
    start = text.index("shrimp")
    one_in_all = ProteinAsk(protein="shrimp", said="shrimp", portions=1, extra=True, start=start,
                            end=start + 6)  # fmt: skip
    assert everyone_checks(text, [one_in_all], adults=12, children=0) == [
        ("proteins", "1 extra shrimp for everyone: each, or in all?")
    ]
    each = ProteinAsk(protein="shrimp", said="shrimp", portions=1, extra=True, each_for=0,
                      start=start, end=start + 6)  # fmt: skip
    assert everyone_checks(text, [each], adults=12, children=0) == []
    # five more each would be a plate of seven: each, or five in all?
    read = order("12 adults, 2 chicken each, 5 shrimp on top for everyone 95628", catalog)
    assert guests(read) == (12, 0, 0)
    assert not read.sure
