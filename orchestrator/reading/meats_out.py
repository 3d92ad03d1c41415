"""A kind of meat ruled out beside an order without it ("we want chicken and salmon only, no beef",
"no pork please", "..., my wife doesnt eat red meat"): the order already keeps it out, so the
words ask nothing. Ruled out beside an order that has it ("ny strip and chicken, no beef") they
stay unexplained and are asked about."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.asks import ProteinAsk

Span = tuple[int, int]

# The catalog proteins each word of a kind of meat takes in (pork: none on the menu)
_KINDS: dict[str, frozenset[str]] = {
    "beef": frozenset({"ny_strip", "filet_mignon"}),
    "red meat": frozenset({"ny_strip", "filet_mignon"}),
    "pork": frozenset(),
    "meat": frozenset({"chicken", "ny_strip", "filet_mignon"}),
}
_RULED_OUT = re.compile(
    r"\b(?:no|without|zero|not any|nothing with)\s+(?:any\s+)?(?P<kind>beef|red meat|pork|meat)\b"
    r"(?:\s+(?:please|pls|at all))?"
)

# "lets do salmon and chicken instead, my wife doesnt eat red meat": one guest named by relation
# who eats none of a kind, the reason for an order without it
_NOT_EATEN = re.compile(
    r"\b(?:my|our|his|her)\s+(?:[a-z]+(?:-[a-z]+)*\s+){0,2}?(?:doesn'?t|does not|don'?t|do not|"
    r"can'?t|cannot|won'?t)\s+eat\s+(?:any\s+)?(?P<kind>beef|red meat|pork|meat)\b"
)


def meats_left_out(text: str, asks: Sequence[ProteinAsk]) -> list[Span]:
    """The spans of the normalized `text` that rule out a kind of meat none of the `asks` is."""
    if "beef" not in text and "meat" not in text and "pork" not in text:  # speed: rarely said
        return []
    picked = {a.protein for a in asks}
    found = [*_RULED_OUT.finditer(text), *_NOT_EATEN.finditer(text)]
    return [m.span() for m in found if picked and not picked & _KINDS[m["kind"]]]
