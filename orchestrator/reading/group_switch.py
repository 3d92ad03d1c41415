"""A change of protein said for one group with the verb first and no protein it replaces: "and
switch the kids to chicken", "switch the adults to lobster", "switch my daughter to chicken",
"put the ladies on salmon", "make the kids plates chicken". Which of the group's proteins changes
(both portions, or the one the new protein replaces?) and, for people named, how many they are is
not said; read as a switch of the whole order it repriced every guest's plate (round q76f), so it
is asked. With the protein it replaces ("switch the kids to chicken instead of filet") it is a
swap for the group, read by `reason_swappers` and `named_swappers`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.named_swappers import WHO

Span = tuple[int, int]

_GROUP = r"(?:adults|grown[- ]?ups|kids|children|" + WHO[3:]  # WHO opens with "(?:"
# "switch the kids to chicken", "put the ladies on salmon"; "make the kids' plates chicken" (the
# verb "make" and its plates with no "to")
_SWITCHED = re.compile(
    r"\b(?:(?P<to>switch|swap|change|move|put|bump|upgrade)|make)\s+(?:the\s+|all\s+the\s+|my\s+|"
    r"our\s+|his\s+|her\s+|their\s+)(?:\d{1,2}\s+)?(?:\w+\s+)?" + _GROUP + r"(?:\s*\([^()]{0,30}\))?"
    r"(?:'?s?'?\s+(?:plates?|meals?|orders?|food))?"
    r"\s+(?(to)(?:(?:over\s+)?to|on(?:to)?)\s+|)(?:the\s+|just\s+|only\s+|all\s+)?"
    r"([a-z]+(?:\s+[a-z]+)?)"
)

_INSTEAD = re.compile(r"\s+(?:instead\s+of|in\s+place\s+of)\b")


def group_switch_checks(
    norm: str, proteins: set[str], partial_spans: Sequence[Span], scoped: bool
) -> list[tuple[str, str]]:
    """The check for "switch the kids to chicken" in `norm`: a protein (one of the `proteins`
    words) after a group switched, unless a swap for some guests (`partial_spans`) was read there:
    its span covers the protein, or the protein opens "... instead of" beside such a swap or
    beside a choice the reading gave to one age group (`scoped`: the swap applied in the message)."""
    checks = []
    for m in _SWITCHED.finditer(norm):
        said = m.group(2)
        named = next((p for p in (said, said.split()[0]) if p in proteins), None)
        if named is None:
            continue
        instead = _INSTEAD.match(norm, m.start(2) + len(named)) and (partial_spans or scoped)
        if instead or any(s <= m.start(2) < e for s, e in partial_spans):
            continue  # "switch the kids to chicken instead of filet": the group's swap
        words = norm[m.start() : m.start(2) + len(named)]
        checks.append(("proteins", f"'{words}': which of their proteins, and how many guests?"))
    return checks
