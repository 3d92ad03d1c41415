"""The people-counting shapes and per-guest portions the seventeenth and eighteenth blind sets
asked about where a careful person quotes at once (issue 12, helper q18b), read directly, each
with the near misses that must stay asked."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.extraction import extract
from tests.orchestrator.readings import guests, order, portions


@pytest.mark.parametrize(
    ("text", "party", "want"),
    [
        ("12 adults this friday night, each wants 2 shrimp 95815", (12, 0, 0), {"shrimp": 24}),
        ("15 adults on sunday - each wants 2 salmon. 95864", (15, 0, 0), {"salmon": 30}),
        ("quote for 8 adults salmon 2 each please 95822", (8, 0, 0), {"salmon": 16}),
        ("hubby's retirement party, he's inviting 12 coworkers plus him and me. each of us wants 1 "
         "filet + 1 shrimp 95628", (14, 0, 0), {"filet_mignon": 14, "shrimp": 14}),
        ("my wife's 40th, she's inviting 9 ladies from her office, plus her and me. 2 chicken each "
         "95827", (11, 0, 0), {"chicken": 22}),
    ],
)
def test_a_per_guest_count_and_the_people_who_invite_are_read(
    text: str, party: tuple[int, int, int], want: dict[str, int], catalog: Catalog
) -> None:
    read = order(text, catalog)
    assert (guests(read), portions(read)) == (party, want)
    assert not extract(text, catalog).checks


@pytest.mark.parametrize(
    "text",
    [
        "10 adults and some kids on saturday, each wants 2 lobster 95682",
        "11 adults, lobster 2 each for some of them, rest chicken 95816",
        "she's inviting 8 friends plus her and me, 2 chicken each 95821",
    ],
)
def test_a_per_guest_count_for_people_not_counted_is_asked(text: str, catalog: Catalog) -> None:
    assert extract(text, catalog).checks


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("me and 6 of my girls, shrimp n chicken 95831", (7, 0, 0)),
        ("me and 9 of the fellas, 2 proteins each, half chicken half strip 95833", (10, 0, 0)),
        ("my sons party: him + 12 of his teammates (all 14-16), plus me n my wife. chicken 95835",
         (15, 0, 0)),
        ("me, my husband and our kids 11 8 and 4 plus 6 friends. chicken 95758", (8, 2, 1)),
        ("3 families are coming: the Lees 2 adults + 2 kids (8 and 10), us 2 adults, the Patels 4 "
         "adults. chicken 95747", (8, 2, 0)),
        ("2 families coming: us 2 adults + twins age 3, the Kims 2 adults and 1 kid (she's 7). "
         "chicken 95762", (4, 1, 2)),
        ("9 guys from work and me, chicken + ny strip 95630", (10, 0, 0)),
    ],
)
def test_the_writer_and_company_are_counted(
    text: str, party: tuple[int, int, int], catalog: Catalog
) -> None:
    assert guests(order(text, catalog)) == party
    assert not extract(text, catalog).checks


@pytest.mark.parametrize(
    "text",
    [
        "me + 3 of my girls, chicken 95814",
        "me and 5 of the kids from his team, chicken 95630",
        "him + 8 of his friends (all 6-7), plus me. chicken 95630",
        "4 families: the Nguyens 4 adults, the Browns 3 adults, the Kims 2 adults. chicken 95762",
        "10 people and me, chicken and shrimp 95630",
    ],
)
def test_company_whose_number_or_age_is_not_clear_is_asked(text: str, catalog: Catalog) -> None:
    assert extract(text, catalog).checks


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("salmon and chicken for 12 guests except 3 of them want filet instead of chicken 95823",
         {"salmon": 12, "chicken": 9, "filet_mignon": 3}),
        ("ny strip + shrimp for 9 adults but 2 of us want scallops instead of shrimp. 95820",
         {"ny_strip": 9, "shrimp": 7, "scallops": 2}),
        ("Chicken & shrimp for 10 ppl except 2 of em want lobster tail instead of the shrimp 95831",
         {"chicken": 10, "shrimp": 8, "lobster_tail": 2}),
    ],
)
def test_a_swap_for_some_after_the_party_count_is_applied(
    text: str, want: dict[str, int], catalog: Catalog
) -> None:
    assert portions(order(text, catalog)) == want
    assert not extract(text, catalog).checks


@pytest.mark.parametrize(
    "text",
    [
        "chicken and shrimp for 14 ppl except a few want lobster instead of shrimp 95826",
        "chicken and shrimp for 14 ppl except 4 of us want lobster 95826",
        "chicken and shrimp for 14 ppl and 3 kids except 4 of us want lobster instead of shrimp 95826",
    ],
)
def test_a_swap_for_an_unclear_part_of_the_party_is_asked(text: str, catalog: Catalog) -> None:
    assert extract(text, catalog).checks


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("could we do 🦞 for everyone? 12 adults, zip 95822", {"lobster_tail": 12}),
        ("we're 9 adults, want 🍗 and 🍤 for all of us 😋 95820", {"chicken": 9, "shrimp": 9}),
        ("hibachi for 11 adults: chicken and 🦐 for every1. 95821", {"chicken": 11, "shrimp": 11}),
        ("14 adults, salmon 🐟 and chicken 95825", {"salmon": 14, "chicken": 14}),
    ],
)
def test_a_food_emoji_in_a_proteins_slot_is_that_protein(
    text: str, want: dict[str, int], catalog: Catalog
) -> None:
    assert portions(order(text, catalog)) == want
    assert not extract(text, catalog).checks


@pytest.mark.parametrize(
    "text", ["🦞🦞🦞 12 adults 95822", "12 adults chicken 🦞 95822", "10 adults, 🥩 for everyone 95831"]
)
def test_a_food_emoji_outside_a_slot_or_for_either_steak_is_asked(text: str, catalog: Catalog) -> None:
    assert "food emoji" in str(extract(text, catalog).checks)


def test_a_new_count_said_in_someone_elses_words_is_the_party(catalog: Catalog) -> None:
    first = "team dinner for 20, chicken and shrimp, 95826"
    read = order("update: my manager says it's 23 now. same food", catalog, first, "all adults")
    assert (guests(read), portions(read)) == ((23, 0, 0), {"chicken": 23, "shrimp": 23})
    later = order("actually its 15 now, same menu", catalog, "bday dinner for 12, filet + salmon 95831",
                  "yes all adults")
    assert guests(later) == (15, 0, 0)
    # rough: asked (round r52c: read as the new count with a check, so the draft asks how many)
    assert "a rough guest count" in str(extract("actually maybe 28 now? same food", catalog).checks)


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("hey! company picnic for our crew of 16, chicken and shrimp, 95815. do you need a deposit?", 16),
        ("work lunch for our team of 12: ny strip + chicken, zip 95834. how much is the deposit?", 12),
    ],
)
def test_a_team_at_work_is_its_size_in_adults(text: str, size: int, catalog: Catalog) -> None:
    assert guests(order(text, catalog)) == (size, 0, 0)
    assert not extract(text, catalog).checks


def test_a_team_elsewhere_or_with_kids_is_asked(catalog: Catalog) -> None:
    assert extract("our soccer team of 12, chicken and shrimp 95815", catalog).checks
    assert extract("office party for our team of 14 and their kids, filet and shrimp, 95814",
                   catalog).checks


def test_a_new_count_with_the_people_it_adds_is_checked_against_the_earlier_one(
    catalog: Catalog,
) -> None:
    first = "hibachi for 10 adults, ny strip and shrimp, 95820"
    fits = order("sorry make that 12 adults, my brother and his wife are coming so add 2 more. keep "
                 "the food the same", catalog, first)
    assert (guests(fits), fits.checks) == ((12, 0, 0), ())
    off = order("make that 13 adults, my brother and his wife are coming so add 2 more. same food",
                catalog, first)
    assert not off.sure
    alone = "make that 17 adults, my sister and her husband are coming so add 2 more, chicken 95747"
    assert ("recount", "2 more than what count?") in extract(alone, catalog).checks


@pytest.mark.parametrize(
    "text",
    [
        "the Lees 2 adults, the Kims 2 adults, the Patels 4 adults. chicken and shrimp 95747",
        "coming: the Garcias 3 adults, us 2 adults + 1 kid (8). filet 95630",
    ],
)
def test_households_listed_without_a_heading_are_asked(text: str, catalog: Catalog) -> None:
    assert any("in all, or a correction?" in c for _, c in extract(text, catalog).checks)


def test_a_count_said_again_as_a_correction_is_the_new_count(catalog: Catalog) -> None:
    assert guests(order("10 adults, actually 12 adults. chicken 95747", catalog)) == (12, 0, 0)
    assert guests(order("3 families: the Lees 2 adults, us 2 adults, the Patels 4 adults. chicken "
                        "95747", catalog)) == (8, 0, 0)
