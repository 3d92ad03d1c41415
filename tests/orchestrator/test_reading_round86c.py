"""Round q86c (per-group proteins and answers to our questions; sets 183 fu030, 185 fw034, 186
fx034, fx039, fx061): the grandchildren told by their ages after "who are" take "chicken for the
grandchildren"; the baby "being baptized, who is 5 months" is the last of the kids' ages; "3 of our
team's spouses are coming too, so it's 23 now" adds the 3 to 20; "can we do chicken for everyone,
upgrade 4 of them to filet" orders the upgrade (the asking word is the whole order's); "the kids
just have chicken ... the adults will keep the chicken and NY strip" keeps the adults' proteins."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from tests.orchestrator.readings import guests, order, portions


@pytest.mark.parametrize("text", [
    "the two of us, our 3 grown children and their spouses, and our 4 grandchildren, who are 10, 8,"
    " 6 and 3. filet mignon and lobster tail for the adults and chicken for the grandchildren. 95746",
    "the two of us, our 3 grown children and their spouses, and our 4 grandkids, they are 10, 8, 6 and"
    " 3. filet and lobster for the adults and chicken for the grandkids. 95746",
])  # fmt: skip
def test_the_grandchildren_told_by_their_ages_take_their_own_choice(catalog: Catalog, text: str) -> None:
    o = order(text, catalog)
    assert guests(o) == (8, 3, 1) and o.sure
    assert portions(o) == {"filet_mignon": 8, "lobster_tail": 8, "chicken": 3}


def test_a_grandchild_of_14_beside_their_choice_is_asked(catalog: Catalog) -> None:
    text = ("me and my wife, our daughter and her husband, and our 3 grandkids, who are 14, 10 and"
            " 7. salmon and filet for the adults, chicken for the grandkids. 95608")
    assert not order(text, catalog).sure


_BAPTISM = "a baptism lunch, 20 guests, chicken and shrimp, 95828"


@pytest.mark.parametrize("text", [
    "4 of the 20 are kids: 9, 7, 3 and the baby being baptized, who is 5 months",
    "4 of the 20 are kids: 9, 7, 3 and the baby getting christened who is 5 months",
])  # fmt: skip
def test_the_baby_of_the_occasion_is_the_last_age(catalog: Catalog, text: str) -> None:
    o = order(text, catalog, _BAPTISM)
    assert guests(o) == (16, 2, 2) and o.sure
    assert portions(o) == {"chicken": 18, "shrimp": 18}


def test_the_baby_of_the_occasion_with_no_age_is_asked(catalog: Catalog) -> None:
    assert not order("4 of the 20 are kids: 9, 7 and the baby being baptized", catalog, _BAPTISM).sure


_STAFF = "holiday party for our staff, 20 adults, chicken and salmon, 95811"


def test_whose_group_between_the_joiners_and_the_new_total(catalog: Catalog) -> None:
    o = order("3 of our team's spouses are coming too, so it's 23 now. Same food.", catalog, _STAFF)
    assert guests(o) == (23, 0, 0) and o.sure
    assert portions(o) == {"chicken": 23, "salmon": 23}


def test_joiners_that_do_not_make_the_new_total_are_asked(catalog: Catalog) -> None:
    assert not order("3 of our team's spouses are coming too, so it's 24 now", catalog, _STAFF).sure


@pytest.mark.parametrize(("text", "want"), [
    ("hey can we do chicken for everyone, upgrade 4 of them to filet + shrimp for every1. 12 adults,"
     " 95823", {"chicken": 8, "filet_mignon": 4, "shrimp": 12}),
    ("can we do ny strip for everyone, upgrade 3 of them to lobster. 10 adults 95630",
     {"ny_strip": 7, "lobster_tail": 3}),
])  # fmt: skip
def test_an_upgrade_ordered_after_the_whole_order_asked_for(
    catalog: Catalog, text: str, want: dict[str, int]
) -> None:
    o = order(text, catalog)
    assert portions(o) == want and o.sure


def test_an_upgrade_asked_in_its_own_clause_stays_asked(catalog: Catalog) -> None:
    assert not order("chicken for everyone, can we upgrade 4 of them to filet. 12 adults 95823", catalog).sure


_CLASS = "class party: 22 students (all 7-8), 2 teachers and 5 room parents. Chicken and NY strip for everyone. 95822"


@pytest.mark.parametrize("text", [
    "Could the kids just have chicken (one each)? The adults will keep the chicken and NY strip.",
    "the kids just chicken please. adults keep the chicken and the NY strip",
])  # fmt: skip
def test_the_other_group_keeping_its_proteins(catalog: Catalog, text: str) -> None:
    o = order(text, catalog, _CLASS)
    assert guests(o) == (7, 22, 0) and o.sure
    assert portions(o) == {"chicken": 29, "ny_strip": 7}


@pytest.mark.parametrize("kept", ["the filet", "the chicken and shrimp"])
def test_the_other_group_keeping_what_it_did_not_have_is_asked(catalog: Catalog, kept: str) -> None:
    text = f"Could the kids just have chicken? The adults keep {kept}."
    assert not order(text, catalog, "6 adults, 10 kids (all 8), chicken and filet, 95822").sure


def test_grandchildren_counted_with_their_ages_take_their_own_choice(catalog: Catalog) -> None:
    text = ("10 adults plus 4 grandchildren aged 11, 8, 5 and 2. lobster + ny strip for the adults,"
            " chicken for the grandchildren. 95762")
    o = order(text, catalog)
    assert guests(o) == (10, 2, 2) and o.sure
    assert portions(o) == {"lobster_tail": 10, "ny_strip": 10, "chicken": 2}


def test_the_whole_order_asked_for_closes_with_its_question_mark(catalog: Catalog) -> None:
    text = "Could you do chicken for all 15 of us, upgrade 5 of those to filet, and shrimp for everyone? 95758"
    o = order(text, catalog)
    assert portions(o) == {"chicken": 10, "filet_mignon": 5, "shrimp": 15} and o.sure


def test_an_upgrade_said_as_a_question_alone_stays_asked(catalog: Catalog) -> None:
    assert not order("filet for everyone, upgrade 4 of them to lobster? 12 adults 95823", catalog).sure
