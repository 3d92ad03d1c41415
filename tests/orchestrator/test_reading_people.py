"""People and counts the reading places (issue 12, the seventh and eighth blind sets' asked kinds):
the writer's list beside counts, people inside a count, groups, SMS shorthand, Spanish guest words,
the party's ZIP of two, and the near misses that must still ask."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.extraction import extract
from orchestrator.reading.party_zip import party_zip
from orchestrator.reading.places import zip_codes
from orchestrator.reading.shorthand import written_counts
from tests.orchestrator.readings import guests, order, portions


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("book hibachi 4 13 ppl", "book hibachi for 13 ppl"),
        ("looking 4 hibachi", "looking for hibachi"),
        ("a price 2 feed 14 ppl", "a price to feed 14 ppl"),
        ("we r 4 12 ppl", "we r 4 12 ppl"),  # "we are 4"? left to the checks
        ("kids 4 10 adults", "kids 4 10 adults"),
        ("and 2 have allergies", "and 2 have allergies"),
        ("12 adultos y 3 ninos (8, 10 y 12 anos)", "12 adults and 3 kids (8, 10 and 12 yrs)"),
        ("5 ninos de 6 a 10 anos", "5 kids ages 6 to 10 yrs"),
        ("5 couples and 4 single friends", "10 adults and 4 singles"),
        ("me + my wife + 3 other couples", "me + my wife + 6 adults"),
        ("2 families coming, 9 adults in each", "18 adults"),
    ],
)
def test_counts_as_written(text: str, written: str) -> None:
    assert written_counts(text) == written


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("just me n my hubby + 5 couples, filet and chicken 95821", (12, 0, 0)),
        ("me, my husband, our 2 kids (12 and 5) and my sister + her husband, chicken 95757", (4, 1, 1)),
        ("12 ppl total incl me & my gf, filet and shrimp 95819", (12, 0, 0)),
        ("16 kids total incl. him, all 13-14 yrs, plus me & my wife. chicken 95864", (18, 0, 0)),
        ("our book club is 9 people and 2 of them are bringing their husbands, chicken 95864", (11, 0, 0)),
        ("18 total, 5 of them kids (6, 8, 9, 10, 12). chicken 95742", (13, 5, 0)),
        ("12 adults and my 3 nieces who are 10, 7 and 2, chicken 95608", (12, 2, 1)),
        ("kids: 7, 7, 8 and 2 toddlers (2 and 3). + 9 adults, chicken 95835", (9, 3, 2)),
        ("10 adults, chicken and strip for all + 2 extra lobster tails for the 2 of us. 95818", (10, 0, 0)),
        ("14 adults and the kids are 6, 8 (2 total), chicken 95757", (14, 2, 0)),
    ],
)
def test_people_placed(catalog: Catalog, text: str, counted: tuple[int, int, int]) -> None:
    read = order(text, catalog)
    assert guests(read) == counted and read.checks == ()


@pytest.mark.parametrize(
    "text",
    [
        "me, my husband and his cousins. chicken 95630",
        "16 adults and my nephews, chicken 95630",
        "10 kids total incl. my wife, chicken 95630",
        "some couples from church + me and my husband, chicken 95630",
        "9 adults + the twins + some of their friends, chicken 95630",
        "12 adults and my 3 nephews (9 and 4), chicken 95630",
        "bday party! me and my wife + 4 friends and our 2 kids (5, 8), 95630",
    ],
)
def test_people_of_no_clear_number_are_asked(catalog: Catalog, text: str) -> None:
    assert order(text, catalog).checks


def test_names_a_count_explains(catalog: Catalog) -> None:
    earlier = "14 adults, chicken and salmon, 95630"
    added = order("my brother and his wife are driving up so add 2 more adults", catalog, earlier)
    assert guests(added) == (16, 0, 0) and added.checks == ()
    assert order("my brother and his wife are coming, add 3 more adults", catalog, earlier).checks
    assert order("my sister and her family r coming so add 3 more adults", catalog, earlier).checks


def test_the_kids_ages_answered_place_the_kids_counted_before(catalog: Catalog) -> None:
    earlier = "12 adults and 3 kids, 95630"
    answered = order("kids r 4, 9 and 11. chicken for everybody", catalog, earlier)
    assert guests(answered) == (12, 2, 1) and answered.checks == ()
    assert order("kids r 8 and 10. chicken for everybody", catalog, earlier).checks == (
        "2 ages given for 3 kids: which kids?",
    )


@pytest.mark.parametrize(
    ("text", "chosen"),
    [
        ("our office is downtown (95814) but the party will be at my place in 95823", "95823"),
        ("we live in 95630 but the party is at my mom's house in 95662", "95662"),
        ("12 adults, 95630, 95662", None),
        ("our office is 95814 and my house is 95823", None),
        ("the party is in 95630 or 95662", None),
    ],
)
def test_the_party_zip_of_two(text: str, chosen: str | None) -> None:
    assert party_zip(text, zip_codes(text)) == chosen


@pytest.mark.parametrize(
    ("text", "adults", "each"),
    [
        # whatever the writer calls them, "me and N of my <people>" is N + 1, all with the protein
        ("me and 8 of my teammates want filet and shrimp 95630", 9, 9),
        ("me and 11 of my besties \U0001f485 lobster tail and shrimp for everyone 95630", 12, 12),
        ("me n 5 of my homies, chicken and salmon 95630", 6, 6),
        ("me and 11 coworkers want lobster tail and shrimp 95630", 12, 12),
    ],
)
def test_the_writer_and_some_of_their_people(
    catalog: Catalog, text: str, adults: int, each: int
) -> None:
    read = order(text, catalog)
    assert guests(read) == (adults, 0, 0) and not read.checks
    assert set(portions(read).values()) == {each}


@pytest.mark.parametrize(
    "text",
    [
        "me and 4 of my cusins, chicken and shrimp 95630",  # a misspelt relation stays a relation
        "me and 3 of my nieces, chicken 95630",
        "me and 4 of my son's friends, chicken and shrimp 95630",
        "10 adults, every one of the others wants 2 chicken 95630",  # a per-guest count not placed
    ],
)
def test_the_writers_kin_and_unplaced_per_guest_counts_are_asked(catalog: Catalog, text: str) -> None:
    assert order(text, catalog).checks


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Start: 6:00 PM | Number of adults: 16 | Number of kids: 0 | chicken | Zip: 95608", (16, 0, 0)),
        ("Event date: 9/6, Number of adults: 11, filet. 7710 Sunrise Blvd Apt 204, 95610", (11, 0, 0)),
        ("13 adults, shrimp, 455 Capitol Mall Suite 1100, 95814. from 6 to 9. budget is 1000 or so", (13, 0, 0)),
        ("5 tables w/ 8 each, shrimp and chicken 95630", (40, 0, 0)),
    ],
)
def test_numbers_that_are_no_counts_and_one_line_forms(
    catalog: Catalog, text: str, counted: tuple[int, int, int]
) -> None:
    read = order(text, catalog)
    assert guests(read) == counted and not read.checks


def test_relations_named_through_a_partner_are_the_count_added(catalog: Catalog) -> None:
    earlier = "9 adults, chicken and salmon 95826"
    read = order("my husband's parents can make it after all, add 2 adults", catalog, earlier)
    assert guests(read) == (11, 0, 0) and not read.checks
    three = order("my husband's parents and his aunt are coming, add 2 adults", catalog, earlier)
    assert three.checks


def test_assumed_adults_note_counts_every_guest_priced(catalog: Catalog) -> None:
    """The note states the guests priced, not the total said before the spouses were added (a
    blind set's draft priced 23 adults while saying "Priced all 18 guests as adults 13+")."""
    read = extract(
        "There are 18 of us in the department, and 5 people are bringing their husband or wife."
        " Chicken and shrimp. Location: our office, 95811.",
        catalog,
    )
    assert (read.adults, read.assumptions) == (23, ("priced all 23 guests as adults 13+",))
    assert extract("18 of us, chicken and shrimp, 95811", catalog).assumptions == (
        "priced all 18 guests as adults 13+",
    )
