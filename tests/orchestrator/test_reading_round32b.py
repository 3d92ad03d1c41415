"""Round 32b (issue 12): the forty-ninth and fiftieth blind sets' food asked of the chef,
season's wishes and appetite. Any food or whole meal asked of the chef or caterer that the
catalog does not have is flagged or for staff, whatever it is and whatever count stands beside
it; the catalog's own order asked the same way stays a quote. "Happy <any day>!" before a hello
is a greeting; "we eat a lot so add 10 extra shrimp" counts the extras, no vague quantity."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.dishes import off_menu_dish
from orchestrator.extraction import extract, normalize
from orchestrator.topics import detect_topics
from tests.orchestrator.readings import order, portions


@pytest.mark.parametrize(
    "text",
    [
        "could the chef do korean bbq instead? we're 14",
        "can ur chef make biryani for 15 ppl? 95823",
        "do u guys do brisket? about 22 ppl 95624",
        "would it be possible for the chef to make paneer tikka for 10 adults",
        "can you bring jollof rice and suya for 16 guests",
        "pueden preparar cochinita pibil para 25 personas? 95823",
        "could your chef prepare a lobster bisque starter? 10 adults, filet and lobster",
    ],
)
def test_food_asked_of_the_chef_that_the_catalog_lacks_is_not_quoted_unflagged(
    text: str, catalog: Catalog
) -> None:
    checks = extract(text, catalog).checks
    assert any("asked of the chef, not on the menu" in why for _, why in checks), checks


@pytest.mark.parametrize(
    "text",
    [
        "can you do ny strip and chicken for 10 adults? 95630",
        "could the chef make the noodles extra spicy? 8 adults, shrimp and filet 95819",
        "can you guys cook salmon and chicken for 9 adults? 95823",
        "can you do the 14th? 10 adults chicken and shrimp 95630",
    ],
)
def test_the_catalog_asked_of_the_chef_is_no_unknown_food(text: str, catalog: Catalog) -> None:
    checks = extract(text, catalog).checks
    assert not any("asked of the chef, not on the menu" in why for _, why in checks), checks


@pytest.mark.parametrize(
    ("text", "off"),
    [
        ("kebabs and saffron rice instead of the hibachi? 20 adults", True),
        ("could he do a crawfish boil rather than hibachi for 20", True),
        ("chicken instead of the hibachi steak for the kids, 10 adults", False),
    ],
)
def test_a_meal_instead_of_the_hibachi_is_off_the_menu(text: str, off: bool) -> None:
    assert off_menu_dish(normalize(text)) is off


@pytest.mark.parametrize(
    ("text", "greeting"),
    [
        ("Happy Vaisakhi!! hi there", True),
        ("happy rosh hashanah, hello", True),
        ("Eid Mubarak! hello", True),
        ("happy to book! 10 adults chicken and shrimp 95630", False),
        ("we are happy with the chef, 10 adults again", False),
    ],
)
def test_a_seasons_wishes_for_any_named_day_is_a_greeting(text: str, greeting: bool) -> None:
    assert ("greeting" in detect_topics(normalize(text))) is greeting


def test_an_appetite_is_no_vague_quantity(catalog: Catalog) -> None:
    text = "8 adults, salmon and shrimp. we all eat a lot so throw in 4 extra salmon 95758"
    assert portions(order(text, catalog)) == {"salmon": 12, "shrimp": 8}
    assert not extract(text, catalog).checks
    asked = extract("12 adults chicken and shrimp, a lot of shrimp pls 95630", catalog).checks
    assert any("a vague quantity" in why for _, why in asked)
