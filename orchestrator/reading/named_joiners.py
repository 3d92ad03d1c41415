"""A new total said with the people who make it: "we're 10 now not 8, my brother and his wife r
coming too" after 8 adults. The people named ("my brother", "his wife") are the guests the new
count adds; when the count before and one guest for each person named (two for a pair word: "my
parents") make the new total, they are counted and not asked. When they do not ("we're 13 now,
my cousin and his gf are joining" after 10) the people named stay asked."""

from __future__ import annotations

import re

from orchestrator.reading.inquiry import Inquiry

_NAMED = "(people named, not counted)"
# "did not understand 'my brother' (people named, not counted)": the words named
_SAID = re.compile(r"^did not understand '([^']{1,40})'")
# a pair word names two guests
_PAIRS = frozenset({"parents", "grandparents", "in-laws", "inlaws"})
# one person said by a possessive and a singular word ("my sister", "her husband", "his gf")
_ONE = re.compile(r"^(?:my|his|her|our|their)\s+[a-z-]+(?<!s)$")
# the second of a pair said after one possessive ("my aunt and uncle", "my grandma and grandpa"):
# a singular relation word alone, one guest
_BARE = frozenset({
    "aunt", "uncle", "grandma", "grandpa", "grandmother", "grandfather", "mom", "dad", "mother",
    "father", "brother", "sister", "husband", "wife", "cousin", "nephew", "niece", "bf", "gf",
    "boyfriend", "girlfriend", "fiance", "fiancee", "brother-in-law", "sister-in-law", "stepdad",
    "stepmom", "son-in-law", "daughter-in-law",
})


def _guests(said: str) -> int | None:
    """How many guests `said` names (None when its number is not told by its words)."""
    words = said.split()
    if len(words) == 2 and words[0] in {"my", "his", "her", "our", "their"} and words[1] in _PAIRS:
        return 2
    return 1 if _ONE.match(said) or said in _BARE else None


def joiners_counted(state: Inquiry, later: Inquiry) -> bool:
    """Whether the people `later` names without a count are the guests its new adult total adds
    to the adults of `state` (no kids on either side of the change)."""
    if not later.adults_said or later.kids_said or later.adults is None or not state.adults:
        return False
    if state.children or state.toddlers:
        return False
    counts = []
    for field, why in later.checks:
        if field != "guests" or not why.endswith(_NAMED):
            continue
        m = _SAID.match(why)
        counts.append(_guests(m.group(1)) if m else None)
    if not counts or None in counts:
        return False
    return state.adults + sum(c or 0 for c in counts) == later.adults


def drop_joiners(later: Inquiry) -> tuple[tuple[str, str], ...]:
    """The checks of `later` without its people named (counted by the new total)."""
    return tuple(c for c in later.checks if not (c[0] == "guests" and c[1].endswith(_NAMED)))
