"""Readings of round q86b: words that look like uncounted people or kids but are not. "N of us"
before a holiday named bare (`totals`), the night for the boys with a few words before "N of us"
(`writer_crowd`), the college kid a dinner is for (`college_honoree`) and a share said pescatarian
beside the order's seafood (`pescatarian_share`); and the flags kept where they are right."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.extraction import extract
from orchestrator.reading.college_honoree import college_honoree
from orchestrator.reading.pescatarian_share import pescatarian_reasons
from tests.orchestrator.readings import guests, order, portions


@pytest.mark.parametrize(("text", "adults"), [
    ("just 6 of us for friendsgiving lol, chicken and shrimp. 95811", 6),
    ("just 7 of us for thanksgiving, ny strip and chicken. 95821", 7),
    ("hello! 12 of us for easter brunch, chicken and salmon. 95757", 12),
])  # fmt: skip
def test_a_party_before_a_holiday_named_bare_is_its_size(catalog: Catalog, text: str, adults: int) -> None:
    o = order(text, catalog)
    assert guests(o) == (adults, 0, 0)
    assert not extract(text, catalog).checks


def test_the_night_for_the_boys_with_words_before_the_count(catalog: Catalog) -> None:
    text = ("hibachi for the boys this sun, watching the niners game, 13 of us. chicken and shrimp, "
            "guys eat a lot so add 6 extra chicken. 95838")
    o = order(text, catalog)
    assert guests(o) == (13, 0, 0)
    assert portions(o) == {"chicken": 19, "shrimp": 13}
    assert not extract(text, catalog).checks


@pytest.mark.parametrize("text", [
    "hibachi for the boys this sun, me and their dad plus grandpa, 6 of us. chicken 95838",
    "hibachi for the boys (my sons), 6 of us. chicken 95838",
    "bday dinner for the boys this sat, 12 of us. chicken and shrimp 95838",
])  # fmt: skip
def test_the_boys_who_may_be_sons_are_still_asked(catalog: Catalog, text: str) -> None:
    assert extract(text, catalog).checks


def test_the_college_kid_a_dinner_is_for_is_inside_the_count(catalog: Catalog) -> None:
    text = ("Hi! Welcome home dinner for our college kid back for fall break 🍂 12 adults, chicken, "
            "shrimp and salmon, 1 of each per person please. 95608")
    o = order(text, catalog)
    assert guests(o) == (12, 0, 0)
    assert portions(o) == {"chicken": 12, "shrimp": 12, "salmon": 12}
    assert not extract(text, catalog).checks


@pytest.mark.parametrize("text", [
    "dinner for our college kid, chicken and shrimp 95608",  # no count of the party
    "dinner for our kid back from camp, 8 adults, chicken 95608",  # a kid of no age
    "party for our college kid + his 3 little cousins, 10 adults. chicken and shrimp 95608",
    "welcome home dinner for our college kid, 12 adults and the kids. chicken and shrimp 95608",
])  # fmt: skip
def test_kids_beside_or_instead_of_the_college_kid_are_asked(catalog: Catalog, text: str) -> None:
    assert extract(text, catalog).checks


def test_the_college_kid_is_hidden_only_with_a_whole_count() -> None:
    assert college_honoree("dinner to send off our college kid before he heads back, 10 adults")
    assert not college_honoree("dinner to send off our college kid before he heads back")
    assert not college_honoree("15 of us (college kids) in davis 95616")


@pytest.mark.parametrize("text", [
    "Hi! baby shower brunch for my daughter in law on Nov 9, 14 adults. salmon and chicken, a few "
    "of the girls are pescatarian so the salmon works for them. 95864",
    "11 adults, shrimp and chicken, a couple of us are pescatarian so shrimp works for them 95826",
    "girls trip dinner! 14 adults, salmon and chicken, some of the girls are pescatarian so the "
    "salmon covers them 95864",
])  # fmt: skip
def test_a_pescatarian_share_beside_the_seafood_is_quoted(catalog: Catalog, text: str) -> None:
    o = order(text, catalog)
    assert guests(o)[0] in (11, 14) and guests(o)[1:] == (0, 0)
    assert not extract(text, catalog).checks


@pytest.mark.parametrize("text", [
    "12 adults, chicken and ny strip, a few of the girls are pescatarian. 95864",  # meat alone
    "14 adults, salmon and chicken, a few of the kids are pescatarian so salmon works for them 95864",
    "12 adults and the kids, salmon and chicken, a few of the girls are pescatarian 95826",
    "10 adults and 2 babies, salmon and chicken, a few of the girls are pescatarian 95826",
])  # fmt: skip
def test_a_pescatarian_share_not_settled_is_asked(catalog: Catalog, text: str) -> None:
    assert extract(text, catalog).checks


def test_a_tail_naming_seafood_the_order_lacks_is_left_to_the_net() -> None:
    text = "a few of us are pescatarian so the lobster works for them"
    share = len("a few of us are pescatarian")  # the share alone: the tail stays unexplained
    assert pescatarian_reasons(text, {"salmon", "chicken"}, kids_counted=False) == [(0, share)]
    assert pescatarian_reasons(text, {"chicken"}, kids_counted=False) == []
