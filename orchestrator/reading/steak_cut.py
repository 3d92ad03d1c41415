"""A change of mind that names which steak ("chicken + steak... actually no make it filet"): the
cut said alone after the change takes back only the steak, the other choices stand. Split from
`changes` by size."""

from __future__ import annotations

import re

Span = tuple[int, int]

_STEAK = re.compile(r"steaks?")
_CUT = re.compile(r"(?:filet|fillet|filete)(?: mignon)?|(?:ny |new york )?strip(?: steak)?|mignon")


def cut_of_steak(text: str, spans: list[Span], last: int, after: list[int]) -> bool:
    """ "chicken + steak... actually no make it filet": the change names which steak, one cut
    alone after it (no other choice right after), so only the steak is taken back."""
    if len(after) != 1 or not _STEAK.fullmatch(text[slice(*spans[last])]):
        return False
    nxt = after[0] + 1
    alone = nxt >= len(spans) or spans[nxt][0] > spans[after[0]][1] + 20
    return alone and bool(_CUT.fullmatch(text[slice(*spans[after[0]])]))
