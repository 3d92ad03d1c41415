"""Follow-ups after a quote that add people with a count or correct ages (round q79j): a new total
with the people named and their kids after an order with kids (`named_with_kids`), plus-ones
restated by the request (`restated_add`), some kids' ages corrected (`age_fixes`), the honoree
named among the ages answered (`age_answers`)."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from tests.orchestrator.readings import guests, order

WITH_KIDS = "10 adults + 2 kids (8, 4). salmon and chicken 95826"
COWORKERS = "work dinner for 18 adults, filet and lobster, 95831"
FAMILY = "quote: me, my husband, our kids (10, 7), my sister + her husband + their 2 boys (8 and 6). ny strip + shrimp 95829"  # noqa: E501
NEPHEW = "quote for my nephews bday: me, my husband, my sister and her 3 kids, and my parents. chicken and filet. 95670"  # noqa: E501


def test_a_total_with_the_people_named_and_their_kids_is_everyone(catalog: Catalog) -> None:
    read = order("we're 15 now, my brother and his 2 kids (9 and 6) are coming too", catalog, WITH_KIDS)
    assert guests(read) == (11, 3, 1) and read.checks == ()


def test_a_total_they_do_not_make_is_asked(catalog: Catalog) -> None:
    read = order("we're 14 now, my brother and his 2 kids (9 and 6) are coming too", catalog, WITH_KIDS)
    assert read.checks


@pytest.mark.parametrize(("added", "ok"), [(2, True), (3, False)])
def test_plus_ones_restated_by_the_request_count_once(added: int, ok: bool, catalog: Catalog) -> None:
    text = f"2 more of my coworkers are bringing a plus-one, so please add {added} adults. Same food."
    read = order(text, catalog, COWORKERS)
    assert (guests(read) == (20, 0, 0) and read.checks == ()) is ok
    assert ok or read.checks


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("sorry their boys are 8 and 3 not 8 and 6", (4, 3, 1)),
        ("sorry our kids are 10 and 4 not 10 and 7", (4, 3, 1)),
        ("sorry their boys are 14 and 6 not 8 and 6", (5, 3, 0)),
    ],
)
def test_some_ages_corrected_keep_the_other_kids(
    text: str, want: tuple[int, int, int], catalog: Catalog
) -> None:
    read = order(text, catalog, FAMILY)
    assert guests(read) == want and read.checks == ()


def test_an_age_the_order_does_not_have_is_asked(catalog: Catalog) -> None:
    assert order("their boys are 8 and 3 not 8 and 5", catalog, FAMILY).checks


@pytest.mark.parametrize(
    "text",
    ["theyre 11, 7 and 4 (the bday boy is the 7)", "11, 7 and 4. the birthday boy is the 7 yr old"],
)
def test_the_honoree_named_among_the_ages_answered(text: str, catalog: Catalog) -> None:
    read = order(text, catalog, NEPHEW)
    assert guests(read) == (5, 2, 1) and read.checks == ()


def test_an_honoree_of_an_age_not_told_is_asked(catalog: Catalog) -> None:
    read = order("theyre 11, 7 and 4 (the bday boy is 9)", catalog, NEPHEW)
    assert read.checks
