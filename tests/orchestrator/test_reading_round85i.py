"""Round q85i: households told in running sentences, each with its adults ("Our household is 2
adults and 3 kids (14, 11, 8). My parents are coming, and my husband's brother's family: 2 adults
and 2 kids (6 and 4)."), bulleted households told by relations ("My sister's 3 (7, 10, 14), and
she and her husband are coming too", "Mom and her partner Dave"), twins after a comma ("their
twins, who are 5"), some ages corrected beside a teen counted as an adult, an in-law's kids and
"one fix" as an idiom."""

from __future__ import annotations

from orchestrator.catalog import Catalog
from tests.orchestrator.readings import guests, order, portions

_THANKSGIVING = (
    "Quote please for Thanksgiving at our house in Granite Bay (95746). Our household is 2 adults "
    "and 3 kids (14, 11, 8). My parents are coming, and my husband's brother's family: 2 adults and "
    "2 kids (6 and 4). NY strip steak and shrimp for everyone."
)


def test_households_in_sentences_sum_their_adults(catalog: Catalog) -> None:
    o = order(_THANKSGIVING, catalog)
    assert guests(o) == (7, 3, 1)
    assert portions(o) == {"ny_strip": 10, "shrimp": 10}
    assert not o.checks


def test_a_count_of_no_household_beside_them_asks(catalog: Catalog) -> None:
    text = (
        "We are 2 adults and 2 kids (13 and 9). My parents are coming and my wife's sister's "
        "family: 2 adults and 1 kid (7). Chicken and shrimp. 95765"
    )
    assert order(text, catalog).checks


def test_a_household_of_no_number_owned_twice_asks(catalog: Catalog) -> None:
    text = (
        "Our household is 4 adults. My husband's brother's family is joining us as well. Salmon "
        "and chicken for everybody, 95828."
    )
    o = order(text, catalog)
    assert any("my husband's brother's family" in why for why in o.checks)


def test_an_in_laws_kids_ages_corrected_keep_the_teen(catalog: Catalog) -> None:
    later = (
        "Small correction: my brother-in-law's kids are 7 and 5, not 6 and 4 (birthdays this "
        "month!). Everything else the same."
    )
    o = order(later, catalog, _THANKSGIVING)
    assert guests(o) == (7, 3, 1)
    assert not o.checks


def test_one_fix_is_no_count(catalog: Catalog) -> None:
    first = (
        "Our family is 3 adults and 1 kid (10). My in-laws are coming, and my sister's family: 2 "
        "adults and 2 kids (8 and 5). Chicken and shrimp for everybody. 95624"
    )
    later = "Sorry, one fix: my sister's kids are 9 and 6, not 8 and 5. Everything else stays the same."
    o = order(later, catalog, first)
    assert guests(o) == (7, 3, 0)
    assert not o.checks


_BULLETS = (
    "My mom turns 70 next month. Here's the headcount:\n\n"
    "- My household: my husband and me, our kids (15, 12 and 8)\n"
    "- My brother's household: him, his wife and their twins, who are 5\n"
    "{sister}\n"
    "- Mom and her partner Dave\n\n"
    "We'd like salmon and chicken for everyone. We're in Carmichael, 95608."
)


def test_bulleted_households_by_relations_are_one_list(catalog: Catalog) -> None:
    text = _BULLETS.format(sister="- My sister's 3 (7, 10, 14), and she and her husband are coming too")
    o = order(text, catalog)
    assert guests(o) == (10, 4, 2)
    assert not o.checks


def test_a_relations_kids_of_no_ages_ask(catalog: Catalog) -> None:
    text = _BULLETS.format(sister="- My sister's 3 kids, and she and her husband are coming too")
    assert order(text, catalog).checks


def test_pronouns_that_do_not_agree_ask(catalog: Catalog) -> None:
    text = _BULLETS.format(sister="- My sister's 3 (7, 10, 14), and he and his wife are coming too")
    assert order(text, catalog).checks


def test_twins_after_a_comma_are_both_of_their_age(catalog: Catalog) -> None:
    text = "me, my husband, our kids (15, 12 and 8), my brother, his wife and their twins, who are 5. chicken 95608"
    assert guests(order(text, catalog)) == (5, 2, 2)
