"""Round q85k: a total of adults said right after counts of grown-ups by other words ("8 coworkers,
so 10 adults") is the total, never a count more: read when the parts make it, asked when not; and
set 182's ft033 (couples from his work in a list opened by "us") and ft036 (a season's end before
the event names no group)."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.grown_so_total import so_totals
from tests.orchestrator.readings import guests, order


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("office party in 95814, 8 coworkers, so 8 adults. chicken and shrimp", 8),
        ("office party in 95814, me and 8 coworkers, so 9 adults. chicken and shrimp", 9),
        ("couples dinner 95661 - 10 ladies 8 guys, so 18 adults. chicken and shrimp", 18),
        ("Our crew is 9 guys so 9 adults total. 95661, chicken and shrimp", 9),
        ("office party 95814, 8 coworkers and 2 managers making it 10 adults. chicken and tofu", 10),
    ],
)
def test_parts_that_make_the_total_read_it(text: str, want: int, catalog: Catalog) -> None:
    read = order(text, catalog)
    assert guests(read) == (want, 0, 0) and read.checks == ()


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("team lunch 95814, 8 coworkers, so 10 adults. chicken and shrimp", 10),
        ("It'll be me, 11 coworkers and the guest of honor, so 14 adults. chicken and shrimp, 95630", 14),
        ("office party 95814: 12 colleagues = 14 adults. chicken and salmon", 14),
        ("office party 95814: 12 colleagues, that's 14 adults. chicken and salmon", 14),
        ("office party 95814: 12 colleagues, 14 adults total. chicken and salmon", 14),
        ("realtor mixer 95661, 20 agents so 22 adults. chicken and shrimp", 22),
        ("retirement community event 95661, 18 residents, so 20 adults. chicken and salmon", 20),
    ],
)
def test_parts_that_do_not_make_it_are_asked_never_added(text: str, said: int, catalog: Catalog) -> None:
    read = order(text, catalog)
    assert guests(read)[0] == said  # the total said, not the parts added to it
    assert any("the parts make" in check for check in read.checks)


def test_kids_beside_the_total_stay_counted(catalog: Catalog) -> None:
    read = order("10 parents, so 10 adults and 12 kids (all 8). chicken 95661", catalog)
    assert guests(read) == (10, 12, 0) and read.checks == ()
    asked = order("10 parents, so 12 adults and 12 kids (all 8). chicken 95661", catalog)
    assert guests(asked)[:2] == (12, 12) and asked.checks


@pytest.mark.parametrize(
    "text",
    [
        "2 more coworkers are joining, so 10 adults",  # added: the recount readers'
        "2 coworkers dropped out so 6 adults",  # out
        "8 coworkers. 10 adults.",  # no total said of the counts in its sentence
    ],
)
def test_changes_and_other_sentences_are_left_to_other_readers(text: str) -> None:
    assert so_totals(text, []) == ([], [])


def test_a_rough_total_is_the_total_asked(catalog: Catalog) -> None:
    read = order("banquet 95630, 18 members, so about 20 adults. chicken and shrimp", catalog)
    assert guests(read)[0] == 20 and read.checks  # never 38


def test_a_part_after_a_dash_is_read(catalog: Catalog) -> None:
    read = order("lunch 95814 - me + 8 coworkers + our manager, so 10 adults. chicken and shrimp", catalog)
    assert guests(read) == (10, 0, 0) and read.checks == ()


def test_a_correction_with_its_total_is_read(catalog: Catalog) -> None:
    earlier = "team dinner 95661, 8 adults, chicken and shrimp"
    assert guests(order("make it 10 coworkers, so 10 adults", catalog, earlier))[0] == 10
    asked = order("actually 10 coworkers, so 12 adults", catalog, earlier)
    assert guests(asked)[0] == 12 and asked.checks


def test_the_season_before_an_event_names_no_group(catalog: Catalog) -> None:
    read = order(
        "Camp counselor end of summer party! 6 cabins, 2 counselors per cabin, plus 4 of us directors, "
        "so 16 total. chicken and shrimp. 95630",
        catalog,
    )
    assert guests(read) == (16, 0, 0) and read.checks == ()


def test_couples_from_his_work_in_a_list_opened_by_us(catalog: Catalog) -> None:
    # 182 ft033: the couple ("us" at "my husband's 45th"), the in-laws, 4 couples, the kid of 13
    read = order(
        "Summer bbq for my husband's 45th! it'll be us, my in-laws, 4 couples from his work and our 3 "
        "kids (13, 9, 4). chicken and filet please. 95610",
        catalog,
    )
    assert guests(read) == (13, 1, 1) and read.checks == ()


def test_us_with_no_partner_named_stays_asked(catalog: Catalog) -> None:
    read = order("bbq on saturday! it'll be us, 4 couples from work and our 2 kids (9, 4). chicken 95610", catalog)
    assert read.checks
