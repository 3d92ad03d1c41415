"""Round 23b (issue 12): Spanish names of the catalog's proteins, the safety net under them, things
the catalog has not named by their course or kind, and promises about allergens. Each mechanism
with the near misses that must stay what they are."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.dishes import off_menu_dish
from orchestrator.extraction import extract, normalize
from orchestrator.topics import detect_topics


def _without_spanish(catalog: Catalog) -> Catalog:
    spanish = {"pollo", "langosta", "langostas", "cola de langosta", "colas de langosta"}
    proteins = tuple(p.model_copy(update={"aliases": tuple(a for a in p.aliases if a not in spanish)})
                     for p in catalog.proteins)  # fmt: skip
    return catalog.model_copy(update={"proteins": proteins})


def test_words_asked_for_that_nothing_knows_are_checked_without_any_catalog_word(
    catalog: Catalog,
) -> None:
    # the net does not rest on the aliases: a catalog without the Spanish names still asks
    reading = extract("somos 12 adultos, queremos langosta y pollo. 95823", _without_spanish(catalog))
    assert reading.proteins == ()
    assert [why for _, why in reading.checks] == [
        "did not understand 'langosta' (an item asked for)",
        "did not understand 'pollo' (an item asked for)",
    ]
    assert extract("we want chicken and shrimp, 12 adults 95823", catalog).checks == ()


@pytest.mark.parametrize(
    ("text", "proteins"),
    [
        ("somos 12 adultos, queremos langosta y pollo. 95823", ["lobster_tail", "chicken"]),
        ("10 adultos, cola de langosta y vieiras 95816", ["lobster_tail", "scallops"]),
        ("hey 14 adults, pollo and camaron pls 95758", ["chicken", "shrimp"]),
        ("12 adultos, tofu y verduras 95811", ["tofu", "vegetables"]),
    ],
)
def test_spanish_names_are_the_catalogs_aliases(text: str, proteins: list[str],
                                                catalog: Catalog) -> None:  # fmt: skip
    reading = extract(text, catalog)
    assert [p.protein for p in reading.proteins] == proteins
    assert reading.checks == ()


@pytest.mark.parametrize("word", ["carne", "bistec", "res", "pulpo"])
def test_a_spanish_meat_word_of_no_cut_is_asked(word: str, catalog: Catalog) -> None:
    reading = extract(f"somos 10 adultos, {word} y camarones 95826", catalog)
    assert any(f"'{word}'" in why for _, why in reading.checks)


def test_a_spanish_verb_is_never_read_as_a_protein(catalog: Catalog) -> None:
    # "cargaron" is as close to the alias "camaron" as a typo would be
    assert "cargaron" in normalize("nos cargaron $60 por el viaje", catalog)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("we'd love a s'mores station after the hibachi, 18 adults 95630", True),
        ("We'd like a margarita bar alongside the hibachi for 30 adults", True),
        ("22 adults filet and shrimp, can we get a fruit tart for dessert?", True),
        ("could you do a nacho platter as an appetizer? 15 adults", True),
        ("14 adults chicken and shrimp, we'll bring our own cupcakes for dessert", False),
        ("what do you have for dessert?", False),
        ("it's for my son's bar mitzvah, 20 adults chicken and shrimp", False),
        ("12 adults chicken and shrimp, the party is at our tiki bar, can you do 6pm?", False),
    ],
)
def test_a_thing_named_by_its_course_or_kind_is_off_the_menu(text: str, asked: bool) -> None:
    assert off_menu_dish(normalize(text)) is asked


@pytest.mark.parametrize(
    ("text", "safety"),
    [
        ("Can you guarantee the food is 100% nut free? My son's allergy is severe.", True),
        ("can u make sure the grill is totally gluten free? she has celiac", True),
        ("is everything made in a peanut-free kitchen?", True),
        ("Can you promise nothing you cook has shellfish in it?", True),
        ("my wife's allergy is very serious", True),
        ("are any of your sauces gluten free?", False),
        ("12 adults chicken and filet 95630, my mom has a mild nut allergy", False),
        ("is the travel completely free within 30 miles?", False),
    ],
)
def test_a_promise_about_an_allergen_is_for_a_person(text: str, safety: bool) -> None:
    assert ("safety" in detect_topics(normalize(text))) is safety
