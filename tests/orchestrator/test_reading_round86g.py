"""Round q86g (set 187, first messages): a part of the party told by its diet and given its own
two proteins "for them / us / her" beside everyone else's (the part counted from its words: the
writer and a partner 2, "the other 4" 4, one relation 1); counted guests who eat no beef given the
other protein twice "for them" (a swap of their beef); "2 vegetarians want tofu x2" beside other
counted parts (both their portions); "for the 2 of us" beside "party of 12" (a part); an emoji
before "it'll be" opening the writer's list."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.diet_parts import diet_parts
from tests.orchestrator.readings import guests, order, portions


@pytest.mark.parametrize(("text", "want"), [
    ("12 adults 95831. my wife and I are vegetarian so tofu and vegetables for us, everyone else "
     "filet and shrimp", {"tofu": 2, "vegetables": 2, "filet_mignon": 10, "shrimp": 10}),
    ("14 adults 95667. Filet and lobster for 10 of us, the other 4 are pescatarian so salmon and "
     "shrimp for them", {"filet_mignon": 10, "lobster_tail": 10, "salmon": 4, "shrimp": 4}),
    ("20 adults 95628. Our mom is pescatarian, so salmon and shrimp for her, and chicken and NY "
     "strip for everyone else", {"salmon": 1, "shrimp": 1, "chicken": 19, "ny_strip": 19}),
    ("party of 12 95864. me and my wife are pescatarian so salmon and shrimp for the 2 of us, the "
     "rest get filet and chicken", {"salmon": 2, "shrimp": 2, "filet_mignon": 10, "chicken": 10}),
    ("13 adults 95827. everyone gets shrimp and filet, except my mom is vegetarian so tofu and "
     "veggies for her", {"shrimp": 12, "filet_mignon": 12, "tofu": 1, "vegetables": 1}),
    ("12 adults 95816. 3 guests are pescatarian so salmon and shrimp for them, the rest filet and "
     "chicken", {"salmon": 3, "shrimp": 3, "filet_mignon": 9, "chicken": 9}),
    ("22 adults 95630. My parents are both vegetarian, so tofu and vegetables for them, and chicken "
     "and shrimp for everyone else", {"tofu": 2, "vegetables": 2, "chicken": 20, "shrimp": 20}),
])  # fmt: skip
def test_a_part_told_by_its_diet_has_its_pair(catalog: Catalog, text: str, want: dict[str, int]) -> None:
    o = order(text, catalog)
    assert portions(o) == want and o.sure


@pytest.mark.parametrize("text", [
    # no count of them
    "14 adults 95670. some of us are vegetarian so tofu and vegetables for them, everyone else "
    "chicken and shrimp",
    # a vegetarian given fish
    "13 adults 95820. my brother is vegetarian so salmon and shrimp for him, everyone else chicken "
    "and filet",
    # the parts make 11 of 12
    "12 adults 95816. filet and lobster for 8 of us, the other 3 are pescatarian so salmon and "
    "shrimp for them",
])  # fmt: skip
def test_an_unsure_part_is_asked(catalog: Catalog, text: str) -> None:
    assert not order(text, catalog).sure


@pytest.mark.parametrize("said", [
    # "them" of one person
    "my mom is vegan so tofu and veggies for them, everyone else chicken and shrimp",
    # a follow-up naming no food for the others: the meatless readers'
    "and 2 of the girls are vegetarian so tofu & veggies for them, rest same",
])  # fmt: skip
def test_left_as_written(said: str) -> None:
    assert diet_parts(said) == said


@pytest.mark.parametrize(("text", "want"), [
    ("13 adults 95834. ny strip and chicken. 2 of the guys dont eat beef so 2 chicken each for "
     "them", {"ny_strip": 11, "chicken": 15}),
    ("14 adults 95828. ny strip and shrimp. 2 of my buddies dont eat beef so chicken and shrimp "
     "for them", {"ny_strip": 12, "shrimp": 14, "chicken": 2}),
])  # fmt: skip
def test_no_beef_for_some_swaps_their_steak(catalog: Catalog, text: str, want: dict[str, int]) -> None:
    o = order(text, catalog)
    assert portions(o) == want and o.sure


def test_one_protein_twice_is_the_counted_parts_whole_plate(catalog: Catalog) -> None:
    o = order("20 adults 95742. 10 want chicken and filet, 8 want chicken and shrimp, 2 "
              "vegetarians want tofu x2", catalog)  # fmt: skip
    assert portions(o) == {"chicken": 18, "filet_mignon": 10, "shrimp": 8, "tofu": 4} and o.sure


def test_an_emoji_before_itll_be_opens_the_list(catalog: Catalog) -> None:
    o = order("Party for my daughter's 7th \U0001f984 it'll be me, my husband, my parents, 6 of her "
              "friends (all 7) and the birthday girl. shrimp and ny strip. 95757", catalog)  # fmt: skip
    assert guests(o) == (4, 7, 0) and o.sure
