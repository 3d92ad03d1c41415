"""The other age group keeping what it had, said beside a group given one protein alone: "Could the
kids just have chicken (one each)? The adults will keep the chicken and NY strip." The proteins
the adults keep are no new choice: read as one, "the NY strip" was taken for everyone's and the
kids' change was lost (NY strip for every guest, a confident wrong total when it is a premium
one; round q86c, set 183 fu030). The kept proteins are returned so `group_alone` leaves them out
of the group's choice, and the conversation checks that they are what that group had."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.sentences import sentence_start

# "the adults will keep the", "adults'll stay with their", "the grown-ups still keep": the other
# group, then a word of keeping, right before the protein (nothing else between)
_KEEP = re.compile(
    r"\b(?:(?:the|our|my)\s+)?(kids|children|adults|grown-ups|grownups)(?:'ll)?\s+"
    r"(?:(?:will|can|would|could|should|are gonna|r gonna|are going to)\s+)?(?:still\s+)?"
    r"(?:keep|keeping|stay\s+with|stick\s+with|staying\s+with|sticking\s+with)\s+"
    r"(?:the\s+|their\s+)?\Z"
)
_AND = re.compile(r"\s*(?:and|&|\+|n)\s+(?:the\s+)?")


def _group(word: str) -> str:
    return "adults" if word.startswith(("adult", "grown")) else "kids"


def kept_by_other(text: str, asks: Sequence[ProteinAsk], group: str) -> list[ProteinAsk]:
    """The asks of normalized `text` that the age group other than `group` ("adults" or "kids")
    is said to keep ("the adults will keep the chicken and NY strip"), each plain (no count);
    [] when none is said so."""
    kept: list[ProteinAsk] = []
    for ask in asks:
        m = _KEEP.search(text, sentence_start(text, ask.start), ask.start)
        if m is None or _group(m.group(1)) == group or ask.portions is not None or ask.extra:
            continue
        at: ProteinAsk | None = ask
        while at is not None and at.portions is None and not at.extra:
            if not any(at is k for k in kept):
                kept.append(at)
            joined = _AND.match(text, at.end)  # "the chicken and NY strip": both kept
            at = next((a for a in asks if joined and a.start == joined.end()), None)
    return kept
