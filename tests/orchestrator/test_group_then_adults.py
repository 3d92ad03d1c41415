"""A count of grown-ups by another word, then a sentence that is only a count of adults ("8
coworkers. 10 adults."): asked, never summed with no check; two groups' own words ("10 ladies. 8
guys.") still summed, and the one-sentence total ("8 coworkers, so 10 adults") as round q85k
reads it."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.group_then_adults import group_then_adults
from tests.orchestrator.readings import guests, order


@pytest.mark.parametrize(
    "text",
    [
        "team dinner 95661. 8 coworkers. 10 adults. chicken and shrimp",
        "office party!\n12 employees\n14 adults\nfilet and chicken 95814",
        "8 coworkers. 8 adults. chicken and shrimp 95661",
    ],
)
def test_a_group_then_a_bare_count_of_adults_is_asked(text: str, catalog: Catalog) -> None:
    o = order(text, catalog)
    assert not o.sure
    assert any("in all, or more?" in check for check in o.checks)


def test_the_check_names_both_counts() -> None:
    assert group_then_adults("team dinner 95661. 8 coworkers. 10 adults. chicken and shrimp") == [
        ("guests", "8 coworkers, then 10 adults: 10 in all, or more?")
    ]


def test_two_groups_by_their_own_words_are_summed(catalog: Catalog) -> None:
    o = order("team dinner 95661. 10 ladies. 8 guys. chicken and shrimp", catalog)
    assert o.sure and guests(o) == (18, 0, 0)


def test_a_total_in_the_same_sentence_is_the_so_total_readers(catalog: Catalog) -> None:
    assert not group_then_adults("team dinner 95661, 8 coworkers, so 8 adults. chicken and shrimp")
    o = order("team dinner 95661, 8 coworkers, so 8 adults. chicken and shrimp", catalog)
    assert o.sure and guests(o) == (8, 0, 0)
