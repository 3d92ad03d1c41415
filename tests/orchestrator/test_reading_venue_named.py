"""Where the party is named (round q81o): a capitalised place the ZIP table does not know, read on
the message as written (`named_place`), a new place asked for with "instead" (`place_instead`)
and the town of a ZIP the message gives, of any state (`places_with_zip`)."""

from __future__ import annotations

import re

from orchestrator.reading.named_place import named_place
from orchestrator.reading.place_instead import place_instead
from orchestrator.reading.places import places_with_zip

FOOD = re.compile(r"\b(?:chicken|shrimp|filet|steak)\b")


def test_a_capitalised_place_after_in_or_at_is_named() -> None:
    assert named_place("party at our friends place in Smallville, 10 adults") == "Smallville"
    assert named_place("We're having it at Cedar Hollow Ranch") == "Cedar Hollow Ranch"


def test_times_relatives_and_title_case_name_no_place() -> None:
    assert named_place("party in July at my place") is None
    assert named_place("Dinner at Grandma's for 8 adults") is None
    assert named_place("see you at Christmas") is None
    assert named_place("Party In My Backyard For 10") is None  # title case throughout


def _instead(text: str) -> bool:
    at = text.index("instead")
    return place_instead(text, at, at + len("instead"), FOOD)


def test_instead_closing_a_move_of_the_party_is_read() -> None:
    assert _instead("what would it be if we did it at my parents in auburn instead? 95603")
    assert not _instead("can we do filet at my parents instead?")  # food beside it: coverage's
    assert not _instead("shrimp instead")


def test_the_town_of_a_zip_given_is_a_place_in_any_state() -> None:
    text = "hey do u do reno? 89501. 12 adults"
    assert (text.index("reno"), text.index("reno") + 4) in places_with_zip(text, "CA")
