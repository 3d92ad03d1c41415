"""Reasons given for taking something out of the order ("no sake thanks we don't drink", "skip the
sake, nobody here drinks"): read as the removal's reason, not as another change."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.sentences import sentence_start

Span = tuple[int, int]

# A reason that names a kind of food may contradict the order ("we don't eat shellfish"): asked.
_FOOD = re.compile(
    r"\b(?:shellfish|seafood|sea food|fish|meat|beef|pork|poultry|dairy|gluten|eat|eats|allergic|"
    r"allergy|allergies|vegan|vegetarian)\b"
)
_NEGATION = re.compile(r"\b(?:no|not|nobody|no one|don't|dont|do not|doesn't|won't|never|none)\b")
_TAKEN_OUT = re.compile(
    r"(?:no|not|without|skip|scratch|drop|remove|cancel|nix|hold the|leave off|don't|dont|do not|"
    r"won't|wont|no need for|take|leave)\b"
)


def removal_reasons(text: str, explained: Sequence[Span], order_word: re.Pattern[str]) -> list[Span]:
    """ "no sake thanks we don't drink", "skip the sake, nobody here drinks": a negation in the
    sentence of something the parse took out, naming no order word or number itself, is the
    reason for it, not another change."""
    removals = [(s, e) for s, e in explained if e > s and _TAKEN_OUT.match(text, s)]
    spans = []
    for m in _NEGATION.finditer(text):
        start = sentence_start(text, m.start())
        stops = [i for c in ".;!?\n" if (i := text.find(c, m.end())) != -1]
        end = min(stops) if stops else len(text)
        if any(s <= m.start() < e for s, e in removals):
            continue  # the taking out itself
        if not any(start <= s < end for s, _ in removals):
            continue
        own = text[m.start() : end]
        clause_end = m.start() + (re.search(r"[,:]|$", own).start())  # type: ignore[union-attr]
        # "we dont drink so no sake": the reason ends where the taking out begins
        clause_end = min([clause_end, *(s for s, _ in removals if m.end() <= s < clause_end)])
        own_clause = text[m.start() : clause_end]
        number = re.search(r"\d", re.sub(r"\b\d{5}(?:-\d{4})?\b", " ", own_clause))  # a ZIP: no count
        if order_word.search(own_clause) or _FOOD.search(own_clause) or number:
            continue
        spans.append((m.start(), clause_end))
    return spans
