"""Round 34b: a catalog protein made as a dish the menu does not have, follow-ups that take a
protein off, correct the ZIP or add guests by "add N", and the deposit asked with the weather."""

from __future__ import annotations

import pytest

from orchestrator.dishes import off_menu_dish
from orchestrator.extraction import normalize


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
