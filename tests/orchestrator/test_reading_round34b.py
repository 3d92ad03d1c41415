"""Round 34b: a catalog protein made as a dish the menu does not have, follow-ups that take a
protein off, correct the ZIP or add guests by "add N", and the deposit asked with the weather."""

from __future__ import annotations

import pytest

from orchestrator.dishes import off_menu_dish, prepared_proteins
from orchestrator.extraction import normalize
from orchestrator.reading.changes import remove_prefix
from orchestrator.reading.named_recount import added_in_recount
from orchestrator.reading.party_zip import party_zip
from orchestrator.reading.places import zip_codes
from orchestrator.topics import detect_topics


@pytest.mark.parametrize(
    ("text", "off"),
    [
        ("16 adults, tandoori chicken and shrimp 95823", True),
        ("coconut shrimp and filet for 12", True),
        ("orange chicken for the kids", True),
        ("18 adults, jerk shrimp and filet, 95823", True),
        ("general tso's chicken and ny strip for 20", True),
        ("lemon pepper salmon & chicken, 12 adults", True),
        ("fried shrimp n chicken for 15 ppl", True),
        ("korean bbq chicken and shrimp for 20", True),
        # the hibachi dinner's own ways, and a preparation taken out
        ("15 adults, garlic butter shrimp and chicken, 95608", False),
        ("15 adults hibachi shrimp and grilled chicken 95608", False),
        ("40 people, teriyaki chicken and shrimp please", False),
        ("12 adults chicken and stir fried veggies", False),
        ("12 adults chicken and filet, no fried shrimp pls", False),
        ("12 adults chicken and shrimp with extra fried rice", False),
    ],
)
def test_a_protein_made_as_another_dish_is_off_the_menu(text: str, off: bool) -> None:
    assert off_menu_dish(normalize(text)) is off


def test_the_prepared_protein_is_named_for_the_reader_check() -> None:
    """The reading flags the dish, so the draft asks rather than pricing it as the dinner's."""
    assert prepared_proteins(normalize("16 adults, tandoori chicken and shrimp 95823")) == [
        "tandoori chicken"
    ]
    assert prepared_proteins(normalize("12 adults chicken and filet, no fried shrimp pls")) == []


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("wait i mean 95662 not 95626", "95662"),
        ("sorry typo, its 95603 not 95630", "95603"),
        ("oops not 95826, 95828", "95828"),
        ("not 95826 but 95828", "95828"),
        ("could be 95662 or 95630, not sure yet", None),
        ("95662 or 95630, not 95608", None),
    ],
)
def test_a_zip_given_in_place_of_another(text: str, party: str | None) -> None:
    norm = normalize(text)
    assert party_zip(norm, zip_codes(norm)) == party


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("take the chicken off and do ny strip instead", True),
        ("can u take the filet off? lobster instead", True),
        ("leave the shrimp out", True),
        ("take the chicken out of the marinade early", False),
        ("take the chicken and shrimp", False),
    ],
)
def test_a_protein_taken_off(text: str, removed: bool) -> None:
    norm = normalize(text)
    word = next(w for w in ("chicken", "filet", "shrimp") if w in norm)
    assert (remove_prefix(norm, norm.index(word)) is not None) is removed


def test_add_n_ending_its_clause_adds_the_people_named() -> None:
    text = normalize("We'll be 22 adults after all, my boss and his wife are coming too so add 2.")
    assert added_in_recount(text)[0] == 2
    assert added_in_recount(normalize("18 adults now, my parents are coming so add 3"))[0] == 0


@pytest.mark.parametrize(
    ("text", "staff"),
    [
        ("4 16 ppl, shrimp n chicken, 95826. is the deposit refundable if it rains?", False),
        ("12 adults chicken + salmon 95758. if it rains do we get the deposit back?", False),
        ("20 guests, filet and shrimp, 95661. is the deposit refunded if it storms?", False),
        ("14 adults shrimp and chicken 95823. what happens if it rains?", True),
        ("14 adults shrimp and chicken, whats the rain plan? and is the deposit refundable", True),
    ],
)
def test_the_deposit_asked_with_the_weather(text: str, staff: bool) -> None:
    topics = detect_topics(normalize(text))
    assert ("safety" in topics) is staff
