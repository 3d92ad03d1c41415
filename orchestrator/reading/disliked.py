"""Why a protein is taken off: "take the chicken off and do scallops instead, our VP hates chicken
lol", "no shrimp please, my boss doesn't like shrimp". A clause of disliking whose object is a
protein the same message removes names no choice of its own: it says why the removal. Read as a
protein asked for it would keep the protein the message takes off (and ask whether the other one
stays); so it is dropped from the asks and its words explained. A disliked protein the message
removes nowhere else ("our VP hates chicken" alone) is left to the readers and the checks."""

from __future__ import annotations

import re

from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.changes import remove_prefix
from orchestrator.reading.protein_liked import reason_clauses

Span = tuple[int, int]

# right before the protein: a break or a "because", a short subject, the verb of disliking
_DISLIKING_BEFORE = re.compile(
    r"(?:^|[.,;!?\n]|\b(?:since|because|cuz|bc|coz|and)\b)\s*"
    r"(?:he|she|they|we|i|(?:my|our|his|her|the)\s+[a-z'-]+(?:\s+[a-z'-]+)?)\s+"
    r"(?:really\s+|just\s+|totally\s+)?(?:hates?|dislikes?|(?:does\s*n[o']?t|do\s*n[o']?t|doesnt|dont)"
    r"\s+(?:like|eat|want)|can'?t stand|is(?:\s*n[o']?t| not) a fan of|is not into|isn'?t into)\s+"
    r"(?:the\s+)?\Z"
)
# right after it: nothing but a word of emphasis, emoji or a break, up to the clause's end
_CLAUSE_END = re.compile(r"(?:\s*(?:so much|lol|haha|lmao))*[^\w.,;!?\n]*(?:$|[.,;!?\n])")


def disliked_removed(text: str, asks: list[ProteinAsk]) -> tuple[list[ProteinAsk], list[Span]]:
    """`asks` without the plain asks of normalized `text` that only say why a protein the message
    takes off is taken off, and the spans of those clauses."""
    removed = {a.protein for a in asks if remove_prefix(text, a.start)}
    return reason_clauses(text, asks, opener=_DISLIKING_BEFORE, end=_CLAUSE_END, proteins=removed)
