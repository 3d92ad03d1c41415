"""Round q86p: guests who eat differently. The few named by who they are ("my sister in law and her
husband", "my mom and dad", "my parents", "my wife's sister") or counted, gone vegan or vegetarian,
have tofu and vegetables in place of their plate, whatever word names it ("instead of the chicken
and steak"); a few who cannot eat a kind have one protein swapped for them ("chicken instead of
shrimp for those 4"); "steak" given up after an order with one steak is that steak; a share or a
Spanish remark of a kind the order lacks asks nothing; counted pescatarians beside meat alone are
asked which proteins are theirs."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.diet_named import diet_named
from tests.orchestrator.readings import order, portions


@pytest.mark.parametrize(("text", "earlier", "want"), [
    ("Update - my sister in law and her husband are vegetarian 🙄 so can those 2 have tofu and "
     "vegetables instead of the chicken and steak? Everyone else same",
     "14 adults, chicken and NY strip, 95624",
     {"chicken": 12, "ny_strip": 12, "tofu": 2, "vegetables": 2}),
    ("my mom and dad are vegetarian so can they have tofu and vegetables instead of the filet and "
     "shrimp? everyone else same", "12 adults, filet and shrimp, 95630",
     {"filet_mignon": 10, "shrimp": 10, "tofu": 2, "vegetables": 2}),
    ("my husband's parents are vegan so could they have tofu and vegetables instead of the shrimp "
     "and steak? Everyone else the same", "12 adults, shrimp and ny strip 95630",
     {"shrimp": 10, "ny_strip": 10, "tofu": 2, "vegetables": 2}),
    ("my wife's sister is vegan, could she have tofu and vegetables instead? rest same",
     "10 adults chicken and shrimp 95838", {"chicken": 9, "shrimp": 9, "tofu": 1, "vegetables": 1}),
    ("4 of the guys are vegetarian now, tofu and veggies for them instead of the chicken and "
     "shrimp. everyone else same", "20 adults chicken and shrimp 95823",
     {"chicken": 16, "shrimp": 16, "tofu": 4, "vegetables": 4}),
    ("4 of them cant eat shellfish so chicken instead of shrimp for those 4, rest same",
     "14 adults filet and shrimp 95820", {"filet_mignon": 14, "shrimp": 10, "chicken": 4}),
    ("3 of them cant do red meat, chicken instead of the steak for those 3",
     "12 adults ny strip and shrimp 95827", {"ny_strip": 9, "shrimp": 12, "chicken": 3}),
    ("swap the steak for salmon pls", "10 adults chicken and ny strip 95758",
     {"chicken": 10, "salmon": 10}),
    ("can we do shrimp instead of the steak?", "10 adults filet and chicken 95608",
     {"shrimp": 10, "chicken": 10}),
])  # fmt: skip
def test_the_few_have_their_plate(
    catalog: Catalog, text: str, earlier: str, want: dict[str, int]
) -> None:
    o = order(text, catalog, earlier)
    assert portions(o) == want and o.sure, o.checks


@pytest.mark.parametrize(("text", "earlier"), [
    # a plural of no number, someone not counted, one choice of which the plate is not said
    ("my cousins are vegan so tofu and veggies for them, rest same", "14 adults chicken and shrimp 95828"),
    ("my cousin and her kids are vegetarian so tofu and veggies for them instead, rest same",
     "14 adults chicken and shrimp 95828"),
    ("my parents are vegetarian, can those 3 have tofu and veggies instead? rest same",
     "14 adults chicken and shrimp 95828"),
    # the reason does not rule out what is given up
    ("4 of them dont eat beef so chicken instead of shrimp for those 4", "14 adults filet and shrimp 95820"),
    # both steaks in the order: which one?
    ("swap the steak for salmon pls", "10 adults chicken, ny strip and filet 95758"),
])  # fmt: skip
def test_an_unsure_few_is_asked(catalog: Catalog, text: str, earlier: str) -> None:
    assert not order(text, catalog, earlier).sure


def test_the_words_written_as_the_counted_few() -> None:
    said = diet_named(
        "my aunt and uncle are vegetarian, can those 2 get tofu and veggies instead "
        "of the chicken and steak? rest same"
    )
    assert said.startswith("2 of them are vegetarian so tofu and veggies for them ")
    assert said.endswith("? rest same")
    unchanged = "my son is vegan so tofu and veggies for him instead, rest same"
    assert diet_named(unchanged) == unchanged  # a son may be a kid the count leaves out


@pytest.mark.parametrize(("text", "want"), [
    ("15 adults, chicken and shrimp, a couple of us dont eat red meat 95831", {"chicken": 15, "shrimp": 15}),
    ("12 adults chicken and salmon, a few of us dont eat red meat lol 95823", {"chicken": 12, "salmon": 12}),
    ("12 adultos, pollo y filete, mi hija no come mariscos 95823", {"chicken": 12, "filet_mignon": 12}),
    ("somos 14 adultos, camarones y pollo, mi esposa no come carne roja. 95828", {"shrimp": 14, "chicken": 14}),
])  # fmt: skip
def test_a_kind_the_order_lacks_asks_nothing(catalog: Catalog, text: str, want: dict[str, int]) -> None:
    o = order(text, catalog)
    assert portions(o) == want and o.sure, o.checks


@pytest.mark.parametrize(
    "text",
    [
        "12 adults chicken and ny strip, a few of us dont eat red meat lol 95823",
        "12 adultos, salmon y pollo, mi hija no come mariscos 95823",
    ],
)
def test_a_kind_the_order_has_is_asked(catalog: Catalog, text: str) -> None:
    assert not order(text, catalog).sure


def test_counted_pescatarians_beside_meat_are_asked_their_proteins(catalog: Catalog) -> None:
    o = order("12 adults, chicken and ny strip, 3 of us are pescatarian 95826", catalog)
    assert not o.sure
    assert any("which proteins for them" in c for c in o.checks), o.checks
