"""Words of another language that carry nothing of the order, taken out before the reading:
Tagalog's polite "po" closing a phrase ("3 families po, 4 adults per family"), and a word in
another script glossed in English right after it ("all 직원 (employees)": the gloss is the word)."""

from __future__ import annotations

import re

# "po" ending a phrase after a word or a number, before a stop or the line's end ("families po,",
# "chicken and salmon po."): politeness, and it parts a count from its words
_PO = re.compile(r"(?<=[a-z0-9])\s+po(?=\s*(?:[,.!?;\n]|$))")
# A word in another script with its English gloss in brackets after it: the gloss stands for it
_GLOSSED = re.compile(r"[^\x00-\x7f]+\s*\(\s*([a-z][a-z' -]{1,30}[a-z])\s*\)")


def without_po(text: str) -> str:
    """Lower-case `text` without the polite "po" closing its phrases."""
    return _PO.sub("", text) if " po" in text else text


def glosses_for_words(text: str) -> str:
    """Lower-case `text` with each word in another script that is glossed in brackets right
    after it ("직원 (employees)") replaced by its gloss ("employees")."""
    return _GLOSSED.sub(r"\1", text)
