"""A refusal of meat after an order of meatless proteins only ("Vegetables and tofu only please,
no meat", "just veggies and tofu for everyone, no meat"), or of the other add-ons offered ("the
sake service, no to the others"): the negation says again what the order holds, so nothing is
left to ask. "no meat" anywhere else (beside a meat, or for some of the party) stays asked. Food
off the catalog refused ("no turkey this year", "Paneer nahi chahiye") is `refused_food`'s."""

from __future__ import annotations

import re

from orchestrator.reading.declined_rest import rest_declined

_MEATLESS = r"(?:tofu|veg(?:gie|etable)s?|veggies|veg)"
_LIST = rf"{_MEATLESS}(?:\s*(?:,|&|\+|/|and|n)\s*{_MEATLESS})*"
# the meatless list said to be the whole order, then the refusal in the same sentence
_ONLY_BEFORE = re.compile(
    rf"(?:\b(?:only|just)\s+{_LIST}\b[^.!?\n]{{0,25}}|\b{_LIST}\s+only\b[^.!?\n]{{0,12}})[,;:-]?\s*$"
)
_MEAT = re.compile(r"\s+(?:meat|meats)\b(?!\s+(?:for|and)\b)(?![^.!?\n]*\b(?:chicken|steak|beef|shrimp|"
                   r"filet|strip|salmon|lobster|scallops?)\b)")  # fmt: skip


def negation_explained(text: str, start: int, end: int) -> bool:
    """The negation at `start`-`end` of normalized `text` takes out nothing of the order: the
    add-ons offered but one ("no to the others") or meat after a meatless order only ("tofu only,
    no meat")."""
    if rest_declined(text, start, end):
        return True  # "no to the others" after a yes to one add-on: the others declined
    return bool(
        text[start:end] == "no"
        and _MEAT.match(text, end)
        and _ONLY_BEFORE.search(text, max(0, start - 70), start)
    )
