"""Round q84d (set 177's fo062, fo078, fo080, fo082, fo085, fo096): hours after a weekday or a
meal ("lunch next thurs 12-1") and things counted to talk over ("a couple of dietary
restrictions") are no guests; "coach here" opening a message that counts the coaches is one of
them; "me and the other coach" are 2 coaches; "theyre all 8 or 9 (him too)" are the kids' ages
with the one the party is for among them; a counted few's swap of two proteins for two ("can
those 6 get tofu and vegetables instead of the chicken and salmon?") is one swap per pair."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.paired_swaps import paired_swaps
from tests.orchestrator.readings import guests, order, portions


def test_hours_after_a_weekday_are_no_count(catalog: Catalog) -> None:
    o = order("Office lunch next thurs 12-1. 22 ppl, chicken and shrimp. 95815", catalog)
    assert guests(o) == (22, 0, 0) and o.sure


def test_a_range_with_its_guest_word_after_a_weekday_stays_asked(catalog: Catalog) -> None:
    assert not order("sat 12-15 ppl chicken and shrimp 95630", catalog).sure


def test_a_couple_of_restrictions_is_no_count(catalog: Catalog) -> None:
    text = ("30 adults, chicken and ny strip, 95661. custom menu planning please, we have a couple "
            "of dietary restrictions to work through.")
    o = order(text, catalog)
    assert guests(o) == (30, 0, 0) and o.sure


def test_the_coach_writing_is_one_of_the_coaches_counted(catalog: Catalog) -> None:
    text = ("Hello coach here, end of season party for our U12 team. 12 players (ages 10-12), "
            "3 coaches and 12 parents. Chicken and shrimp for everyone. 95632")
    o = order(text, catalog)
    assert guests(o) == (15, 12, 0) and o.sure


def test_the_coach_writing_with_no_coaches_counted_is_asked(catalog: Catalog) -> None:
    text = "coach here. end of season party, 12 players (ages 10-12) and 8 parents, chicken and shrimp, 95630"
    o = order(text, catalog)
    assert not o.sure and any("'coach'" in c for c in o.checks)


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("12 girls (all 14-15) plus me and the other coach. chicken and ny strip. 95630", 14),
        ("11 players (all 16-17) plus me and the 2 other coaches. chicken and filet 95648", 14),
    ],
)
def test_me_and_the_other_coach(text: str, adults: int, catalog: Catalog) -> None:
    o = order(text, catalog)
    assert guests(o) == (adults, 0, 0) and o.sure


def test_me_and_the_other_coaches_names_no_number(catalog: Catalog) -> None:
    text = "12 girls (all 14-15) plus me and the other coaches. chicken and ny strip. 95630"
    assert not order(text, catalog).sure


def test_their_ages_said_after_with_the_birthday_boy_among_them(catalog: Catalog) -> None:
    o = order("4 adults and 9 kids, theyre all 8 or 9 (him too). chicken and shrimp! 95758", catalog)
    assert guests(o) == (4, 9, 0) and o.sure


def test_ages_across_two_bands_stay_asked(catalog: Catalog) -> None:
    assert not order("4 adults and 7 kids, they're all 5 or 6. chicken and shrimp 95823", catalog).sure


_ORDERED = "Hi, need hibachi for my daughter's grad party. 25 adults, chicken and salmon. 95765"


def test_a_few_swap_two_proteins_for_two(catalog: Catalog) -> None:
    text = ("Sorry one more thing, 6 of the guests are vegetarian. can those 6 get tofu and "
            "vegetables instead of the chicken and salmon?")
    o = order(text, catalog, _ORDERED)
    assert guests(o) == (25, 0, 0) and o.sure
    assert portions(o) == {"chicken": 19, "salmon": 19, "tofu": 6, "vegetables": 6}


def test_a_few_swap_two_proteins_for_two_said_plainly(catalog: Catalog) -> None:
    o = order("4 of them want tofu and vegetables instead of the chicken and salmon", catalog, _ORDERED)
    assert portions(o) == {"chicken": 21, "salmon": 21, "tofu": 4, "vegetables": 4} and o.sure


def test_a_swap_asked_for_a_few_never_described_stays_asked(catalog: Catalog) -> None:
    # "can 4 of them ...?" with no few described asks whether it can be done (round q67b)
    text = "can 4 of them get tofu and vegetables instead of the chicken and salmon?"
    assert paired_swaps(text) == text
    assert not order(text, catalog, _ORDERED).sure


@pytest.mark.parametrize(
    "text",
    [
        "6 of them want tofu instead of the chicken and salmon",  # one for two: which one?
        "can those 6 get tofu and chicken instead of the chicken and salmon?",  # chicken twice
        "can they get tofu and vegetables instead of the chicken and salmon?",  # no count
        "6 of them are vegetarian. can those 6 get tofu instead of the chicken?",  # one for one
        "6 of us are bringing kids. can those 6 get tofu and vegetables instead of the chicken and salmon?",
    ],
)
def test_swaps_that_do_not_pair_are_left(text: str) -> None:
    assert paired_swaps(text) == text
