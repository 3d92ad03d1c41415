"""Round q85b (set 182's asked readings): a list's sum with the guest of honor in it, groups alike
plus more grown-ups summed to a bare total, "2 per person" after two proteins, the writer's couple
as a bare "us" opening the list, and kids added after an order with a kid of 13 or over."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from tests.orchestrator.readings import guests, order, portions


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("me + 8 coworkers + the guest of honor, so 10 adults. chicken and salmon 95811", 10),
        ("farewell dinner, the guest of honor + 6 of us from the lab, so 7 adults. filet and shrimp 95616", 7),
    ],
)
def test_the_guest_of_honor_is_one_of_the_sum(text: str, want: int, catalog: Catalog) -> None:
    read = order(text, catalog)
    assert guests(read) == (want, 0, 0) and read.checks == ()


def test_a_sum_the_guest_of_honor_does_not_make_is_asked(catalog: Catalog) -> None:
    read = order("me + 8 coworkers + the guest of honor, so 11 adults. chicken and salmon 95811", catalog)
    assert read.checks


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("staff party 4 pools, 3 guards per pool, plus 2 of us managers, so 14 total. chicken and shrimp 95661", 14),
        ("crew party, 5 trucks, 2 guys per truck, plus 3 of us in the office, so 13 adults. chicken and salmon 95826", 13),
    ],
)
def test_groups_alike_and_more_make_the_total(text: str, want: int, catalog: Catalog) -> None:
    read = order(text, catalog)
    assert guests(read) == (want, 0, 0) and read.checks == ()


@pytest.mark.parametrize(
    "text",
    [
        "3 tables, 6 per table, plus 4 of us, so 20 total. chicken and shrimp 95630",
        "6 cabins, 2 counselors per cabin, plus some of us directors, so 16 total. chicken and shrimp 95630",
    ],
)
def test_groups_alike_that_do_not_make_the_total_are_asked(text: str, catalog: Catalog) -> None:
    assert order(text, catalog).checks


def test_two_per_person_after_two_proteins_is_one_of_each(catalog: Catalog) -> None:
    read = order("18 adults. Chicken and tofu, 2 per person. 95814", catalog)
    assert portions(read) == {"chicken": 18, "tofu": 18} and read.checks == ()


def test_three_per_person_after_two_proteins_is_asked(catalog: Catalog) -> None:
    assert order("18 adults. Chicken and tofu, 3 per person. 95814", catalog).checks


def test_a_bare_us_with_the_partner_named_is_the_couple(catalog: Catalog) -> None:
    text = ("Hosting a dinner for my husband's promotion. It'll be us, his parents, my sister + her "
            "husband and our 2 kids (12, 3). NY strip and salmon, 95678")
    read = order(text, catalog)
    assert guests(read) == (6, 1, 1) and read.checks == ()


def test_a_bare_us_with_no_partner_named_is_asked(catalog: Catalog) -> None:
    read = order("party at our place, it'll be us, my in-laws and 6 friends. chicken and filet 95610", catalog)
    assert read.checks


def test_kids_added_keep_the_kid_of_13_among_the_adults(catalog: Catalog) -> None:
    first = "me, my husband and our 3 kids (13, 9, 4). chicken and filet please. 95610"
    read = order("oh and 2 more kids are coming, 7 and 11. same food", catalog, first)
    assert guests(read) == (3, 3, 1) and read.checks == ()
