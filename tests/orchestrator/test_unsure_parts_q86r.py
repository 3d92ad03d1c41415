"""Three confident totals that were not sure (round q86r): portions of two kinds counted apart
beside two for everyone else, an addition whose reason counts others than the count added, and
our question on two groups answered for one of them. Each is asked; the sure readings beside
them are kept."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.restated import reason_disagrees
from tests.orchestrator.readings import guests, order, portions

_DADS = "Fathers day party, 14 dads, chicken and ny strip, 95630"
_PACK = "Blue and Gold for pack 9, 16 cubs (all 7-9) plus parents and siblings. chicken and shrimp 95662"


@pytest.mark.parametrize(
    "text",
    [
        "20 adults. 3 salmon and 3 shrimp, everyone else chicken and ny strip 95628",
        "party of 16 adults 95630!! 4 lobster + 4 filet, the rest chicken and shrimp",
        "20 adults. 3 salmon and 2 shrimp, everybody else chicken and ny strip 95628",
    ],
)
def test_portions_counted_apart_beside_the_rest_ask(text: str, catalog: Catalog) -> None:
    assert any("counted apart" in c for c in order(text, catalog).checks)


def test_people_counted_with_both_read(catalog: Catalog) -> None:
    o = order("20 adults. 3 of us want salmon and shrimp, everyone else chicken and ny strip 95628", catalog)
    assert not o.checks
    assert sorted(portions(o).values()) == [3, 3, 17, 17]


def test_party_of_portions_one_each_kept(catalog: Catalog) -> None:
    o = order("party of 18, 9 scallops 9 lobster rest chicken. 95667", catalog)
    assert not o.checks and guests(o) == (18, 0, 0)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("add 2 adults pls, 2 more parents and a mom", True),
        ("add 2 adults pls, 3 more parents", True),
        ("add 3 adults - 3 of the coaches and a team mom", True),
        ("add 2 adults pls, 2 more parents", False),
        ("add 3 adults, 3 more parents want to come too", False),
        ("add 2 adults and 2 kids", False),
    ],
)
def test_reason_counting_others_asks(text: str, asked: bool) -> None:
    assert bool(reason_disagrees(text)) is asked


def test_addition_with_more_named_asks(catalog: Catalog) -> None:
    o = order("add 2 adults pls, 2 more dads and a mom", catalog, _DADS)
    assert any("how many are joining" in c for c in o.checks)


def test_addition_restated_reads(catalog: Catalog) -> None:
    o = order("add 2 adults pls, 2 more dads", catalog, _DADS)
    assert not o.checks and guests(o) == (16, 0, 0)


def test_one_group_of_two_answered_asks(catalog: Catalog) -> None:
    o = order("10 parents", catalog, _PACK)
    assert any("'siblings'" in c for c in o.checks)
