"""The plates told per part of the party, rewritten into the forms the choice readers know: groups
by their own words ("10 guys and 10 wives. the guys want ..."), a part by its diet ("my wife and I
are vegan so tofu and vegetables for us"), counted parts beside "everyone else" or "the other 10",
split swaps, newcomers with a diet and swaps for a counted few. One step of `words.normalize`,
kept apart so that the order of these rewrites is read in one place."""

from __future__ import annotations

from orchestrator.reading.diet_newcomers import diet_newcomers
from orchestrator.reading.diet_parts import diet_parts
from orchestrator.reading.diet_swapped import beef_swapped
from orchestrator.reading.doubled_part import doubled_part
from orchestrator.reading.paired_swaps import paired_swaps
from orchestrator.reading.rest_pairs import rest_written
from orchestrator.reading.role_pairs import role_written
from orchestrator.reading.split_pairs import split_pairs
from orchestrator.reading.split_plates import split_plates
from orchestrator.reading.split_swaps import split_swaps


def plates_told(text: str) -> str:
    """`text` with each part's plate written as a count and its proteins (normalized text in,
    normalized text out; a text with no such part is returned as it is)."""
    text = split_plates(text)  # "10 guys and 10 wives. the guys want ny strip and shrimp, ..."
    text = doubled_part(beef_swapped(diet_parts(text)))  # "my wife and I are vegan so tofu ... for us"
    # "filet 2 each for the wrestlers, everyone else ...", "... for 3 of us, ... for everyone else"
    text = split_pairs(rest_written(role_written(text)))  # "tofu ... for those 5, ... for the other 10"
    text = split_swaps(text)  # "lobster for just 5 of them and shrimp for the other 5"
    text = diet_newcomers(text)  # "2 more adults are coming, theyre vegan": 2 of them are vegan
    return paired_swaps(text)  # "can those 6 get tofu and vegetables instead of the chicken and salmon?"
