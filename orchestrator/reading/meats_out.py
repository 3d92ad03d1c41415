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
    r"can'?t|cannot|won'?t)\s+eat\s+(?:any\s+)?"
    r"(?P<kind>beef|red meat|pork|meat|sea\s?food|shellfish|fish|poultry)\b"
)


def meats_left_out(text: str, asks: Sequence[ProteinAsk]) -> list[Span]:
    """The spans of the normalized `text` that rule out a kind of meat none of the `asks` is."""
    if not any(word in text for word in ("beef", "meat", "pork", "fish", "food", "poultry")):
        return []  # speed: rarely said
    picked = {a.protein for a in asks}
    found = [*_RULED_OUT.finditer(text), *_NOT_EATEN.finditer(text)]
    kinds = [_EATEN_KINDS[m["kind"].replace("seafood", "sea food")] for m in found]
    return [m.span() for m, kind in zip(found, kinds, strict=True) if picked and not picked & kind]


# What a kind the order has stands for among the catalog's proteins, beyond the meats above
_EATEN_KINDS: dict[str, frozenset[str]] = {
    **_KINDS,
    "seafood": frozenset({"shrimp", "scallops", "lobster_tail", "salmon"}),
    "sea food": frozenset({"shrimp", "scallops", "lobster_tail", "salmon"}),
    "shellfish": frozenset({"shrimp", "scallops", "lobster_tail"}),
    "fish": frozenset({"salmon"}),
    "poultry": frozenset({"chicken"}),
}


def kind_keys(kind: str) -> frozenset[str]:
    """The catalog proteins a kind of food ("beef", "seafood", "sea food") takes in."""
    return _EATEN_KINDS.get(kind.replace("seafood", "sea food"), frozenset())


# "but my mom doesn't eat red meat", "grandpa cant eat seafood", "a couple of us don't eat beef":
# someone who eats no food of a kind, whoever it is
_EATS_NONE = re.compile(
    r"\b(?:doesn'?t|does not|don'?t|do not|can'?t|cannot|won'?t|will not|never|no longer)\s+"
    r"(?:really\s+)?(?:eat|eats|do|does)\s+(?:any\s+)?"
    r"(?P<kind>beef|red meat|pork|meat|sea\s?food|shellfish|fish|poultry)\b"
)


def eaten_by_none_checks(
    text: str, proteins: set[str], swapped: Sequence[tuple[Span, str]] = ()
) -> list[tuple[str, str]]:
    """A check for each kind of food the normalized `text` says someone does not eat, beside an
    order whose `proteins` (catalog keys) have it ("ny strip and shrimp, but my mom doesn't eat red
    meat"): what that guest has instead is for the customer to say. Not inside the span of a swap
    for some (`swapped`: its span and the protein it takes away) that takes away all of the kind
    ("2 of the girls dont eat red meat so salmon instead of filet for them", round q85g)."""
    if "eat" not in text and " do" not in text:  # speed: rarely said
        return []
    checks = []
    for m in _EATS_NONE.finditer(text):
        had = sorted(proteins & _EATEN_KINDS[m["kind"].replace("seafood", "sea food")])
        olds = {old for (s, e), old in swapped if s <= m.start() and m.end() <= e}
        if had and not set(had) <= olds:
            names = ", ".join(key.replace("_", " ") for key in had)
            checks.append(("proteins", f"'{m.group(0)}' beside {names} in the order: what do they "
                                       "have instead?"))  # fmt: skip
    return checks
