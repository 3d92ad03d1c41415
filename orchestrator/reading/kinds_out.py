"""A kind of food ruled out in a follow-up by its family's name (round q75f): "wait no shellfish,
his sister is allergic 😬 make it chicken and ny strip" after shrimp and NY strip takes out every
protein of the family (the shrimp), the choice after it named anew; its reason, a guest's allergy,
names no one to count. A message that names a protein of that family beside it ("no shellfish,
chicken and shrimp") is no such removal: the readers of the message ask."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from orchestrator.reading.allergies import FAMILIES
from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.words import HEDGES

Span = tuple[int, int]

_KIND_OUT = re.compile(
    r"\b(?:no|without|skip|no more)\s+(shellfish|seafood|sea food|fish)\b(?!\s+(?:allerg|tacos?))"
    # its reason, a guest's allergy ("his sister is allergic", "my mom is deathly allergic")
    r"(?:\s*[,:-]?\s*(?:(?:his|her|my|our|their)\s+(?:[a-z]+\s+)?[a-z]+|someone|somebody|"
    r"one of (?:us|them|the guests))\s+(?:is|are|'s|s)\s+(?:very\s+|severely\s+|deathly\s+|"
    r"super\s+|so\s+)?allergic\b(?!\s+to\b))?"
)
_HEDGED = re.compile(rf"\b(?:{HEDGES})\b[^.!?;\n]*\Z")


def kinds_out(text: str, named: Collection[str], menu: Collection[str]) -> tuple[list[str], list[Span]]:
    """The protein keys of the catalog (`menu`) a family ruled out in normalized `text` takes out,
    and the spans read; nothing when the message names (`named`) a protein of that family."""
    keys: list[str] = []
    spans: list[Span] = []
    for m in _KIND_OUT.finditer(text):
        family = [k for k in FAMILIES[m.group(1)] if k in menu]
        if set(family) & set(named) or _HEDGED.search(text, 0, m.start()):
            continue
        keys += [k for k in family if k not in keys]
        spans.append(m.span())
    return keys, spans


def of_kind_out(later: Inquiry, order: Sequence[ProteinAsk]) -> Inquiry:
    """`later` with the proteins of the order (`order`) of the families it rules out taken out."""
    have = {a.protein for a in order}
    out = tuple(k for k in later.kinds_removed if k in have and k not in later.removed)
    return replace(later, removed=later.removed + out) if out else later
