"""A later message that answers an ambiguous word of the order by naming one option plainly ("ny
strip is fine" after "steak"): the option replaces the word in the order, and is no new protein
of its own."""

from __future__ import annotations

from dataclasses import replace

from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.replacements import plain


def answer_taken(state: Inquiry, later: Inquiry) -> Inquiry:
    """The option that answers an ambiguous word of the order ("ny strip is fine" after "steak")
    replaces that word (`resolved`); it is no new protein of its own."""
    answers = set(_answers(state, later).values())
    if not answers:
        return later
    proteins = tuple(b for b in later.proteins if b.protein not in answers or not plain(b))
    return replace(later, proteins=proteins, replace_proteins=later.replace_proteins and bool(proteins))


def _answers(state: Inquiry, later: Inquiry) -> dict[str, str]:
    """Ambiguous words of the order that `later` answers by naming one option plainly (not "filet
    for 4 of them", which is a choice for some guests)."""
    return {word: key for word, key in later.resolves
            if word in {a.protein for a in state.proteins}
            and all(plain(b) for b in later.proteins if b.protein == key)}  # fmt: skip


def resolved(state: Inquiry, later: Inquiry) -> Inquiry:
    """The order `state` with each ambiguous word `later` answers replaced by its option."""
    words = _answers(state, later)
    if not words:
        return state
    return replace(state, proteins=tuple(replace(a, protein=words.get(a.protein, a.protein))
                                         for a in state.proteins))  # fmt: skip
