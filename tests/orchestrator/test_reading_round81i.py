"""Round q81i: food words a customer uses that are not the catalog's names or aliases. "veg"
(the vegetables, or vegetarian guests) and "ny" listed beside a protein are asked, not dropped;
"prawn" and "chix" are the catalog's aliases; a protein named with a dish after it ("lobster
bisque", "shrimp tempura") is flagged as a prepared protein is."""

from __future__ import annotations

from pathlib import Path

import pytest

from orchestrator.catalog import load_catalog
from orchestrator.dishes import prepared_proteins
from orchestrator.extraction import extract, normalize

CATALOG = load_catalog(Path(__file__).resolve().parents[2] / "orchestrator/catalog/hibachi.toml")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("10 adults, veg and chicken, 95630", "veg"),
        ("8 adults filet and veg pls 95818", "veg"),
        ("10 adults NY and chicken 95818", "ny"),
        ("10 adults chicken and shrimp, extra veg 95630", "extra veg"),
    ],
)
def test_a_food_word_of_no_alias_beside_the_order_is_asked(text: str, word: str) -> None:
    read = extract(text, CATALOG)
    assert any(f"did not understand '{word}'" in reason for _, reason in read.checks)


@pytest.mark.parametrize(
    "text",
    [
        "10 adults all veg so tofu and vegetables 95630",
        "14 adults, shrimp and tofu (a few of us are veg), 95818",
        "10 adults, ny strip and chicken 95818",
    ],
)
def test_vegetarian_guests_and_the_catalog_words_are_no_unknown_item(text: str) -> None:
    read = extract(text, CATALOG)
    assert not [r for _, r in read.checks if "did not understand" in r]


def test_prawn_and_chix_are_aliases() -> None:
    read = extract("10 adults chix and prawn 95630", CATALOG)
    assert sorted(a.protein for a in read.proteins) == ["chicken", "shrimp"]
    assert not read.checks


@pytest.mark.parametrize(
    ("text", "dishes"),
    [
        ("10 adults chicken and lobster bisque 95630", ["lobster bisque"]),
        ("10 adults chicken and shrimp tempura 95630", ["shrimp tempura"]),
        ("10 adults filet and veggie skewers 95630", ["veggie skewers"]),
        ("8 adults. chicken nuggets lol jk, chicken and filet", []),  # taken back
        ("10 adults chicken and shrimp with fried rice 95818", []),
    ],
)
def test_a_dish_named_after_the_protein_is_flagged(text: str, dishes: list[str]) -> None:
    assert prepared_proteins(normalize(text)) == dishes
