"""Round 28c (issue 12): the thirty-ninth and fortieth blind sets' people, counts and per-person
choices. SMS "b4" and "they r", a count all of one teen age, the adults' field with its value
after it, misspelt number words, "each" after families of adults, extras for people named, a
story's people inside a stated total, "2 each for the 10 of us", upgrades after "for all 12
adults" or a date in May, and how much a group eats."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.extraction import extract, normalize
from orchestrator.reading.misspelt_numbers import misspelt_numbers
from orchestrator.reading.named import named_before_total
from orchestrator.reading.spelling import is_common_word
from tests.orchestrator.readings import guests, order, portions


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("tweleve adults, chicken", "twelve adults, chicken"),
        ("fourty people", "forty people"),
        ("thirsty adults", "thirsty adults"),  # a common word
        ("eigth adults", "eigth adults"),  # below the cutoff
        ("tweleve chickens", "tweleve chickens"),  # no guest word after it
    ],
)
def test_a_misspelt_number_word_before_a_guest_word(text: str, want: str) -> None:
    names = ("twelve", "forty", "eight", "seven", "three")
    assert misspelt_numbers(text, names, is_common_word) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("dinner b4 the dance, 10 adults, chicken 95662", (10, 0, 0)),
        ("10 adults and 2 kids (they r 5 and 10). chicken for all 95691", (10, 1, 1)),
        ("prom night 12 of us all 17, chicken 95746", (12, 0, 0)),
        ("party - adults 6. kids: 11, 8, 8, 5. chicken for all, 95826", (6, 3, 1)),
        ("fiften adults, salmon 95758", (15, 0, 0)),
        ("easter: 2 families of 5 adults each, plus my parents. chicken for all 95630", (12, 0, 0)),
    ],
)
def test_counts_read(text: str, want: tuple[int, int, int], catalog: Catalog) -> None:
    inquiry = extract(text, catalog)
    assert inquiry.checks == ()
    assert guests(order(text, catalog)) == want


@pytest.mark.parametrize(
    "text",
    [
        "12 of us all 17 or 18 probably, chicken 95630",
        "adults 10-12, kids 3. chicken for all 95758",
        "3 families of 4 each and my grandparents, chicken for all. 95829",
        "my sister and her husband are coming too and there will be 12 adults, chicken 95630",
        "12 adults chicken and shrimp 95831. my guys eat a lot so add extra shrimp",
    ],
)
def test_near_misses_stay_asked(text: str, catalog: Catalog) -> None:
    assert extract(text, catalog).checks


def test_people_a_story_names_before_a_stated_total() -> None:
    text = normalize("my aunt is visiting and my cousin wanted to surprise her, its 11 people total")
    assert [text[s:e] for s, e in named_before_total(text)] == ["my aunt", "my cousin"]
    assert named_before_total(normalize("15 adults total plus my uncle")) == []
    assert named_before_total(normalize("my sister is coming, 12 adults")) == []
    boss = normalize("2 lobster for him and his wife and chicken for everyone else, 9 adults total")
    assert named_before_total(boss) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("lobster 2 each for the 10 of us adults, 95603", {"lobster_tail": 20}),
        ("filet mignon for all 12 adults, upgrade 4 of those to lobster. 95630",
         {"filet_mignon": 8, "lobster_tail": 4}),
        ("30 ppl on May 10. filet for all, upgrade 6 of them to lobster. and shrimp for everyone",
         {"filet_mignon": 24, "lobster_tail": 6, "shrimp": 30}),
        ("12 adults chicken & shrimp. my guys eat a LOT so add 6 extra shrimp",
         {"chicken": 12, "shrimp": 18}),
        ("18 adults, chicken, and 2 extra lobster tails for my mom and dad 95827",
         {"chicken": 18, "lobster_tail": 2}),
    ],
)
def test_portions_read(text: str, want: dict[str, int], catalog: Catalog) -> None:
    assert extract(text, catalog).checks == ()
    assert portions(order(text, catalog)) == want
