"""The party's count said in Spanish with no guest word: "cambien el pollo por camarones y somos
14", "ahora somos 14", "somos 14 en total" are "we're 14" (now), as the English readers know it
("swap the chicken for shrimp and we're 14 now"). Only a count that closes its clause: "somos 14 y
2 niños" (a list) and "somos 14 adultos" (a guest word, read by `spanish_words`) stay as they are.
Takes lower-case text without accents, number words written as digits."""

from __future__ import annotations

import re

# (said as a change: "ahora", "en total", or joined by "y" to what changes; a bare "somos 12"
# after a question, "pueden garantizar ...? somos 12", is left as it was: set 36's ad074)
_BARE = re.compile(
    r"(?:\b(ahora\s+)|(?<=\by\s)|(?=somos\s+\d{1,3}\s+(?:ahora|en\s+total)\b))"
    r"somos\s+(\d{1,3})(\s+ahora)?(?:\s+en\s+total)?"
    r"(?=\s*(?:[.,;!?\n]|$|y\s+(?!\d)|porfa\b|por favor\b))"
)


def spanish_party(text: str) -> str:
    """`text` with "somos N" closing its clause written as "we're N" ("now" kept)."""
    if "somos" not in text:
        return text
    return _BARE.sub(
        lambda m: f"we're {m.group(2)}" + (" now" if m.group(1) or m.group(3) else ""), text
    )
