"""Round 28a (issue 12): nothing asked for is silently dropped. A thing requested beside an order
that the reading does not explain makes the draft ask, with the words quoted; a dish the catalog
does not sell joined to the order goes to staff; and a request of an earlier customer message
stays with the order when a later message is quoted."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.dishes import off_menu_dish
from orchestrator.extraction import extract, merge_history, normalize
from tests.orchestrator.readings import order


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("hey 12 adults filet and chicken 95630 plus a bounce house", "bounce house"),
        ("14 adults, chicken & filet, 95630, w/ a balloon arch if possible", "balloon arch"),
        ("13 adults chicken shrimp 95630 throw in some sparklers lol", "sparklers"),
        ("10 adults chicken n shrimp 95762 and a mariachi band", "mariachi band"),
        ("17 adults chicken + tofu 95630 we need a canopy", "canopy"),
        ("9 adults chicken filet 95630 plus party favors", "party favors"),
        ("hi 14 adults chicken and shrimp 95630, can you guys bring a fog machine?", "fog machine"),
    ],
)
def test_a_thing_asked_for_beside_the_order_is_quoted_back(
    text: str, thing: str, catalog: Catalog
) -> None:
    assert any(f"'{thing}' (a thing asked for)" in check for check in order(text, catalog).checks)


@pytest.mark.parametrize(
    "text",
    [
        "15 adults chicken shrimp 95630 plus 2 kids (6 and 8)",
        "12 adults filet and chicken 95630 with the longer show",
        "10 adults, chicken + salmon, 95630 w/ sake service",
        "16 adults chicken shrimp and we're in 95630",
        "15 adults chicken shrimp 95630 and fried rice for everyone",
        "15 adults, chicken and shrimp, 95630, also it's a surprise party",
        "15 adults chicken shrimp 95630 and the backyard has lots of room",
        "14 adults chicken shrimp 95630 plus it's on a saturday night",
        "10 adults chicken steak 95630 and can we do the 20th?",
        "12 adults chicken shrimp 95630, can you guys bring the propane?",
        "2 dozen guests, surf and turf for everyone (lobster + filet). 95747",
        "We're a little worried the chicken might come out dry since it's outdoors and windy. 14 "
        "adults, chicken and salmon, Roseville 95661.",
    ],
)
def test_words_the_reading_knows_after_a_request_word_stay_exact(text: str, catalog: Catalog) -> None:
    assert order(text, catalog).sure


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("15 adults shrimp+salmon 95630 and churros", True),
        ("18 adults, all chicken + scallops, 95828, plus spring rolls pls", True),
        ("20 ppl salmon + chicken 95819 w/ a cake", True),
        ("15 adults chicken and shrimp, and a sake bar for the adults", False),
        ("we'll bring our own cake, 15 adults chicken and shrimp", False),
    ],
)
def test_a_dish_joined_to_the_order_goes_to_staff(text: str, asked: bool) -> None:
    assert off_menu_dish(normalize(text)) is asked


def test_a_request_of_an_earlier_message_stays_with_the_order(catalog: Catalog) -> None:
    earlier = ["12 adults chicken filet 95630 and can u bring a photo booth"]
    assert not order("oh and add the sake", catalog, *earlier).sure
    said = [extract("15 adults chicken shrimp 95630. can the chef make birria tacos too?", catalog)]
    assert "off_menu" in merge_history(extract("ok and 2 more adults", catalog), said).topics
    assert order("oh and add the sake", catalog, "12 adults chicken filet 95630").sure
