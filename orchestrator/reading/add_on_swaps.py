"""An add-on swapped for another after a quote ("swap the custom menu for the longer show",
"replace the sake with the extended performance", "trade the show out for the sake"): the add-on
named first is taken out, the one after it put in (round q79g). Read before, both were kept. Split
from `changes` by size; `changes.read_add_ons` applies it to the add-ons it found."""

from __future__ import annotations

import re

Span = tuple[int, int]

# "swap the custom menu for the longer show", "replace the sake with the show", "trade the show
# out for the sake": the add-on named first is taken out, the one after it put in (round q79g)
_ADD_ON_SWAP_VERB = re.compile(
    r"\b(?:swap|switch|replace|trade|exchange|sub|substitute)\s+(?:out\s+)?(?:the\s+|our\s+|that\s+)?$"
)
_ADD_ON_SWAP_JOIN = re.compile(r"\s+(?:out\s+)?(?:for|with|to)\s+(?:the\s+|a\s+|an\s+)?")


def add_ons_swapped(text: str, hits: list[tuple[Span, str, str]]) -> list[tuple[tuple[int, str], int]]:
    """Each add-on swapped for another ((where its swap verb starts, its key), where the new one
    starts): a swap verb before the first, "for"/"with" joining it to the second, both asked for."""
    named = sorted((span, key) for span, key, words in hits if not words)
    out = []
    for (span, key), (after, other) in zip(named, named[1:], strict=False):
        verb = _ADD_ON_SWAP_VERB.search(text[max(0, span[0] - 30) : span[0]])
        if verb and key != other and _ADD_ON_SWAP_JOIN.fullmatch(text, span[1], after[0]):
            out.append(((span[0] - len(verb.group(0)), key), after[0]))
    return out
