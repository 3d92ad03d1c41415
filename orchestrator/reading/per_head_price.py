"""A price asked per person ("whats that come to per person?", "how much is that per head"),
which the doubts net (`doubts`) does not take for a per-person amount left unplaced."""

from __future__ import annotations

import re

Span = tuple[int, int]

# A price asked per person ("whats that come to per person?", "how much is that per head",
# "per guest cost?"): price words just before the per-person word (no number between) or just
# after it, in a question: a question mark later in its sentence, or a question word before.
# "we have $40 per person", "2 proteins per person": an amount said, no price asked.
_PRICE_WORDS = re.compile(
    r"\b(?:how much|price|prices|pricing|cost|costs|charge|rate|come(?:s)?(?: out)? to|"
    r"work(?:s)?(?: out)? to|run us|(?:that|it) runs?|set us back|total|"
    r"what(?:'s|s| is) (?:that|it|this)(?=\s*$))\b[^.;!?\n\d]{0,30}$"  # "whats that per person?"
)
_PRICE_AFTER = re.compile(r"\s*(?:cost|costs|price|pricing|rate|total|amount)\b")
_QUESTION_AFTER = re.compile(r"[^.;!\n]{0,40}\?")
_QUESTION_BEFORE = re.compile(r"\b(?:how much|what|whats|what's|wats|wuts)\b[^.;!?\n\d]{0,40}$")
_AMOUNT_BEFORE = re.compile(r"\d[\d.]*\s*(?:[a-z]+\s+){0,2}$")
# "whats the price difference if the filet is ny strip instead? like per person": the per-person
# word a tag on the price question just asked (round q80d)
_TAG_OF_PRICE_QUESTION = re.compile(
    r"\b(?:how much|price|prices|pricing|cost|costs|difference)\b[^.;!?\n]{0,70}\?\s*"
    r"(?:like|i mean|as in|so|you know|i\.e\.?)?\s*,?\s*$"
)


def per_head_price_asked(text: str, span: Span) -> bool:
    """Whether the per-person word at `span` of lower-case `text` asks a price ("filet mignon +
    chicken, 95624. whats that come to per person?"), not an amount ("$40 per person")."""
    start, end = span
    if _AMOUNT_BEFORE.search(text, max(0, start - 30), start):
        return False  # "$40 per person", "2 proteins per person": an amount, no question
    if _TAG_OF_PRICE_QUESTION.search(text, max(0, start - 110), start):
        return True
    priced = _PRICE_WORDS.search(text, max(0, start - 60), start) or _PRICE_AFTER.match(text, end)
    asked = _QUESTION_AFTER.match(text, end) or _QUESTION_BEFORE.search(text, max(0, start - 60), start)
    return bool(priced and asked)
