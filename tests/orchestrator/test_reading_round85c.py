"""Round q85c (set 182's ft075, ft077, ft078, ft089, ft100): a second thing asked of the same chef
in the sentence ("could the chef do lobster and shrimp ... and then make s'mores") is flagged for
staff; a team's kids named again by their word ("chicken for the swimmers", "for the campers") are
the kids; a camp's instructors, counselors and parent volunteers are grown-ups beside the campers'
ages told next; a grown relation's birthday ("bday dinner for my dad") makes the friends adults;
"make it a surprise" is no change of mind; "26 adults including the 2 of us" is 26."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.grown_birthday import grown_birthday, kids_birthday
from orchestrator.reading.us_included import us_included
from tests.orchestrator.readings import guests, order, portions


@pytest.mark.parametrize("text", [
    "Lake house weekend!! 8 adults. Could the chef do lobster and shrimp for everyone and then make "
    "s'mores at the end for dessert? 95635",
    "can the chef cook filet and lobster for 9 adults, and also make tiramisu for dessert? 95814",
])  # fmt: skip
def test_a_second_food_asked_of_the_chef_is_for_staff(catalog: Catalog, text: str) -> None:
    o = order(text, catalog)
    assert not o.sure and any("asked of the chef" in c for c in o.checks)


def test_the_dinners_own_food_asked_after_is_no_other_food(catalog: Catalog) -> None:
    o = order("can the chef do chicken and shrimp for 10 adults and then make the fried rice extra "
              "garlicky? 95630", catalog)  # fmt: skip
    assert o.sure and portions(o) == {"chicken": 10, "shrimp": 10}


def test_make_it_a_surprise_is_no_change_of_mind(catalog: Catalog) -> None:
    o = order("could you guys do filet and shrimp for 12 adults and make it a surprise for my "
              "husband? 95762", catalog)  # fmt: skip
    assert o.sure and guests(o) == (12, 0, 0)


def test_swimmers_named_again_are_the_kids(catalog: Catalog) -> None:
    first = ("end of summer party for our swim team 🏊 14 swimmers (all 10-12), 2 coaches and 10 "
             "parents. chicken for the swimmers, parents and coaches want ny strip and shrimp. 95864")
    o = order("2 more dads want to come, add 2 adults. same food", catalog, first)
    assert guests(o) == (14, 14, 0) and o.sure
    assert portions(o) == {"chicken": 14, "ny_strip": 14, "shrimp": 14}


def test_campers_with_instructors_and_parent_volunteers(catalog: Catalog) -> None:
    o = order("End-of-camp party: 24 campers, 4 instructors and 10 parent volunteers. The campers are "
              "all between 9 and 12.\n\nChicken for the campers, and chicken and NY strip for the "
              "adults. 95670", catalog)  # fmt: skip
    assert guests(o) == (14, 24, 0) and o.sure
    assert portions(o) == {"chicken": 38, "ny_strip": 14}


def test_a_grown_relations_birthday_is_no_kids_birthday() -> None:
    assert grown_birthday("bday dinner for my dad turning 70")
    assert not kids_birthday("bday dinner for my dad turning 70")
    assert not kids_birthday("my mom's birthday dinner")
    assert kids_birthday("bday dinner for my son")


def test_dads_friends_at_his_birthday_are_adults(catalog: Catalog) -> None:
    o = order("bday dinner for my dad turning 70 🎉 it'll be my parents, me, my wife, our kids (15, 12, "
              "8), my sister + her husband and 6 of dad's friends from church. ny strip and salmon "
              "95608", catalog)  # fmt: skip
    assert guests(o) == (13, 2, 0) and o.sure


def test_the_two_of_us_inside_the_count() -> None:
    assert us_included("26 adults including the 2 of us, filet") == "26 adults, filet"
    assert us_included("18 people (incl the 2 of us)") == "18 people"
    assert us_included("10 adults including the 12 of us") == "10 adults including the 12 of us"
