"""Readings that used to end as questions and are now settled, each with the near misses that must
still end as a check: ages told one by one ("twins are 5"), ages after a protein, the writer
counting themselves in with friends, vegetarians, and a word the customer takes back."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from tests.orchestrator.readings import guests, order, portions


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("14 adults and 3 kids (twins are 5, and one is 8), 95814", (14, 1, 2)),
        ("3 kids (my son is 8, daughter is 4, baby is 1) and 4 adults", (4, 1, 2)),
        ("10 adults, 4 kids: 2 are 3 years old and the other 2 are 9", (10, 2, 2)),
        ("8 adults + 2 kids (twins are 7)", (8, 2, 0)),
    ],
)
def test_ages_told_one_by_one(catalog: Catalog, text: str, want: tuple[int, int, int]) -> None:
    read = order(text, catalog)
    assert guests(read) == want and read.checks == ()


def test_ages_that_do_not_cover_the_kids_still_ask(catalog: Catalog) -> None:
    more = order("10 adults, 3 kids (twins are 5, and 2 are 8)", catalog)
    assert "3 kids but 4 ages given (5, 5, 8, 8)" in more.checks
    one = order("10 adults, 3 kids, one is 8", catalog)  # the other two untold
    assert "did not place the number 8 in the order" in one.checks


def test_ages_after_the_kids_protein(catalog: Catalog) -> None:
    read = order("6 adults lobster, 10 kids chicken (all 6-10) 95823", catalog)
    assert guests(read) == (6, 10, 0) and read.checks == ()
    assert portions(read) == {"lobster_tail": 6, "chicken": 10}
    # A time after the protein is not an age.
    timed = order("6 adults, 10 kids chicken 6-8pm, 95823", catalog)
    assert any(c.startswith("ages of the 10 kids not given") for c in timed.checks)


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("just me and my gf lol + 4 friends, 95816, filet", 6),
        ("me + 5 friends, 95630", 6),
        ("my wife and I and 3 friends, 95630", 5),
    ],
)
def test_the_writer_and_adult_friends(catalog: Catalog, text: str, adults: int) -> None:
    read = order(text, catalog)
    assert guests(read) == (adults, 0, 0) and read.checks == ()


def test_friends_of_a_child_are_not_counted_as_adults(catalog: Catalog) -> None:
    assert order("my son and 5 friends, 95630", catalog).checks == (
        "did not place the number 5 in the order",
        "did not understand 'my son' (people named, not counted)",
    )
    # At a kid's birthday the friends beside the kids may be the kid's: asked, never 0 adults.
    party = order("bday party! me and my wife + 4 friends and our 2 kids (5, 8), 95630", catalog)
    assert party.adults == 0 and party.checks


def test_the_writers_friends_beside_the_kids_are_adults(catalog: Catalog) -> None:
    # The reading rule settled in 2026-12 (issue 12): the writer's list counts its friends as
    # adults, beside the family's kids too ("me, my wife and our kids (9, 7 and 3) plus 8 friends").
    with_kids = order("me and my wife + 4 friends and our 2 kids (5, 8), 95630", catalog)
    assert guests(with_kids) == (6, 1, 1) and with_kids.checks == ()


def test_vegetarians_are_not_in_the_rest(catalog: Catalog) -> None:
    read = order("We have 10 adults, 2 of them are vegetarian. ZIP 95630. Rest want filet.", catalog)
    # the 8 read as the rest; what the 2 vegetarians eat is not said, so it is asked
    assert portions(read) == {"filet_mignon": 8} and read.checks == (
        "8 protein portions for 10 paying guests: what do the rest eat?",
    )
    everyone = order("10 adults, 2 vegetarians, filet, 95630", catalog)
    assert everyone.checks == (
        "2 vegetarian guests, but filet mignon for everyone: how many of each?",
    )


def test_a_count_moves_to_the_word_that_replaces_a_taken_back_one(catalog: Catalog) -> None:
    read = order("18 adults!! 9 want filet, 9 want steak... wait i mean NY strip lol. 95758", catalog)
    assert portions(read) == {"filet_mignon": 9, "ny_strip": 9} and read.checks == ()


def test_one_more_thing_is_not_a_count(catalog: Catalog) -> None:
    read = order("Hi, one more thing: 32 adults and please add extended performance. 95616", catalog)
    assert guests(read) == (32, 0, 0) and read.checks == ()
