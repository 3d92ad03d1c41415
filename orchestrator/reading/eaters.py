"""Who eats a protein the message adds, as the reason for it: "can we add 8 shrimp on top of that
for the table? turns out a few of the uncles eat seafood", "add 6 filets, some of the guys do eat
meat after all". The clause names a food family the added protein belongs to, with a verb of
eating or liking and no number, no negation: it says why the protein is there and is no dish of
its own (the family word would otherwise be a dish the menu does not name, asked about). A
family no added protein belongs to ("add 8 chicken, a few of them eat fish") stays asked."""

from __future__ import annotations

import re

from orchestrator.reading.allergies import FAMILIES
from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.swap_reason_after import swap_reasons_after
from orchestrator.reading.swap_who import swap_people

Span = tuple[int, int]

_MEAT = ("chicken", "filet_mignon", "ny_strip")
_KINDS = {**{k: FAMILIES[k] for k in ("seafood", "sea food", "shellfish", "fish")}, "meat": _MEAT}
# the eaters, a verb of eating or liking, then the family, ending the clause
_EATERS = re.compile(
    r"(?:^|[.,;!?\n-]|\b(?:turns out|since|because|cause|cuz|bc|as))\s*"
    r"(?P<who>(?:[a-z']+\s+){1,6}?)(?:do\s+|does\s+|actually\s+|still\s+)?"
    r"(?:eat|eats|like|likes|love|loves|are\s+into|is\s+into|want|wants)\s+"
    r"(?P<kind>seafood|sea food|shellfish|fish|meat)\b"
    r"(?:\s+(?:after\s+all|too|though|tho|lol|haha))*[^\w.,;!?\n]*(?=$|[.,;!?\n])"
)
_NOT = re.compile(r"\b(?:no|not|nobody|none|never|don't|dont|doesn't|doesnt|won't|wont|can't|cant)\b")


def eater_reasons(
    text: str, asks: list[ProteinAsk], swapped_in: frozenset[str] = frozenset()
) -> list[Span]:
    """The spans of normalized `text` that say who eats a food family an added protein of `asks`
    or a protein `swapped_in` for some of the guests belongs to ("what if 4 of the guests had
    salmon instead of tofu? my cousin's family eats fish", round q81b), the people a counted
    swap is for, named beside it (`swap_people`), and why a swap is made, said after it
    ("..., trying to eat lighter": `swap_reasons_after`, round q86f)."""
    return _eaters(text, asks, swapped_in) + swap_people(text) + swap_reasons_after(text)


def _eaters(text: str, asks: list[ProteinAsk], swapped_in: frozenset[str]) -> list[Span]:
    """The eaters' clauses of `eater_reasons`."""
    if "eat" not in text and "like" not in text and "love" not in text and "into" not in text \
            and "want" not in text:  # fmt: skip
        return []
    added = {a.protein for a in asks if a.extra or a.portions} | swapped_in
    spans = []
    for m in _EATERS.finditer(text):
        if _NOT.search(m.group("who")) or not added & set(_KINDS[m.group("kind")]):
            continue
        if any(a.start < m.end() and a.end > m.start("who") for a in asks):
            continue  # a protein inside the clause: a choice, read as one
        spans.append((m.start("who"), m.end()))
    return spans
