"""A per-guest count said twice: "everyone gets 2 filet each", "everybody wants 2 chicken each",
"all of us will have 2 salmon apiece". "Everyone gets 2 filet" is already that many portions for
each guest, which the protein reader knows; the "each" after it repeats the same scope, so it is
blanked out (same length, every span holds) and the message reads as "everyone gets 2 filet".
Only one protein word or two between the count and "each" (no list, no "and": "everyone gets 2
chicken and 1 shrimp each" stays, and the net asks). Takes the normalized, lower-case text."""

from __future__ import annotations

import re

_REPEATED_EACH = re.compile(
    r"\b(?:everyone|everybody|all of us|we all|they all)\s+"
    r"(?:gets?|getting|wants?|would like|will have|having|will get)\s+\d{1,2}\s+"
    r"(?!(?:and|or|each|apiece)\b)[a-z]+(?:\s+(?!(?:and|or|each|apiece)\b)[a-z]+)?\s+"
    r"(each|apiece)\b"
)


def everyone_each(text: str) -> str:
    """`text` with the "each" that repeats an "everyone gets N <protein>" blanked out."""
    if "each" not in text and "apiece" not in text:
        return text
    chars = list(text)
    for m in _REPEATED_EACH.finditer(text):
        chars[m.start(1) : m.end(1)] = " " * (m.end(1) - m.start(1))
    return "".join(chars)
