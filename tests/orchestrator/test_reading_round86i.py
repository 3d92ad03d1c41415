"""Round q86i (set 188: answers to our question about who is coming and how old, in a youth
group's conversation): a roster of names with ages is the ages of the kids asked about; a count
then "they're" and its ages; the ages said after a grade; a Spanish band in a count's bracket;
the whole party counted in the answer settles the earlier message's unplaced group count."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.roster_ages import roster_ages, told_ages
from tests.orchestrator.readings import guests, order

_PACK = (
    "Blue & Gold dinner for Pack 118, 10 scouts, 3 dads and me (the cubmaster). chicken and shrimp 95628"
)
_ROSTER = "Liam 8\nNoah 7\nEli 9\nMateo 8\nJack 10\nOwen 7\nLeo 9\nEzra 8\nCaleb 10\nMiles 9"


@pytest.mark.parametrize("heading", ["here's the roster lol\n", "roster:\n", ""])
def test_a_roster_answers_the_scouts_ages(catalog: Catalog, heading: str) -> None:
    o = order(heading + _ROSTER, catalog, _PACK)
    assert guests(o) == (4, 10, 0) and o.sure


def test_a_roster_short_of_the_count_is_asked(catalog: Catalog) -> None:
    assert not order(_ROSTER.rsplit("\n", 1)[0], catalog, _PACK).sure


@pytest.mark.parametrize("text", [
    "here's the roster, 2 cant come\nliam 8\nnoah 7\neli 9",  # news in the heading
    "liam 8\nnoah 7\n6 adults",  # a count among the lines
    "liam 8\nnoah 7",  # too short to be a roster
])  # fmt: skip
def test_other_lines_are_no_roster(text: str) -> None:
    assert roster_ages(text) == text


def test_a_count_then_theyre_and_its_ages_is_bracketed() -> None:
    assert (
        told_ages("and 5 siblings, theyre 2, 4, 8, 11 and 15") == "and 5 siblings (2, 4, 8, 11 and 15)"
    )
    assert told_ages("4 siblings, theyre 3, 6 and 12") == "4 siblings, theyre 3, 6 and 12"  # 3 ages


def test_the_answer_counting_everyone_settles_the_groups(catalog: Catalog) -> None:
    first = "Blue and Gold banquet for Pack 212, 18 cubs plus their parents and siblings. chicken and tofu, 95610"
    o = order(
        "ok so 18 cubs, theyre all 7 to 10. 14 parents. and 5 siblings, theyre 2, 4, 8, 11 and 15",
        catalog,
        first,
    )
    assert guests(o) == (15, 20, 2) and o.sure


@pytest.mark.parametrize(("text", "want"), [
    ("theyre all 2nd graders, so 7 and 8", "theyre all 7 and 8"),
    ("they're all 3rd graders so 8 and 9", "they're all 8 and 9"),
    ("theyre all 2nd graders, so 11 and 12", "theyre all 2nd graders, so 11 and 12"),  # not the grade's
])  # fmt: skip
def test_ages_after_a_grade_are_the_answer(text: str, want: str) -> None:
    assert told_ages(text) == want


def test_a_spanish_band_in_a_count_bracket(catalog: Catalog) -> None:
    o = order(
        "Hola, 15 jóvenes (todos entre 14 y 17 años) y 4 adultos. Pollo y camarones. 95815", catalog
    )
    assert guests(o) == (19, 0, 0) and o.sure


def test_den_leaders_beside_cubs_by_rank_are_adults(catalog: Catalog) -> None:
    o = order(
        "Blue & Gold for Den 3, 7 wolves (all 7-8), 7 parents, 2 den leaders, and 4 siblings "
        "(3, 5, 10, 14). chicken and ny strip 95662",
        catalog,
    )
    assert guests(o) == (10, 8, 2) and o.sure
