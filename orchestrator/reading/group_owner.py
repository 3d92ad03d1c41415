"""The age group whose portions a swap names: "swap the adults' shrimp for scallops", "switch the
kids lobster to chicken" is a swap for that group alone (the other keeps its shrimp), not for
everyone."""

from __future__ import annotations

import re

# the group word right before the protein, with or without its apostrophe
OWNER_WORDS = r"(?:(?:adults|kids|children|grown[- ]?ups)(?:'s|')?\s+)?"
_OWNER = re.compile(r"\b(adults|kids|children|grown[- ]?ups)(?:'s|')?\s+\Z")


def owner_group(text: str, start: int, end: int) -> str | None:
    """ "adults" or "kids" when the words of `text` from `start` to `end` (a swap up to its first
    protein) end with that group's word, else None."""
    m = _OWNER.search(text, start, end)
    return None if m is None else ("adults" if m.group(1)[0] in "ag" else "kids")
