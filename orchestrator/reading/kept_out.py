"""A kind of food the party does not eat, said as "no X" beside an order that has none of it ("we
keep kosher-style so no shellfish - salmon and chicken for everyone", "no pork, chicken and
steak"): the negation says again what the order holds, so nothing is left to ask. Only a family
of foods whose proteins the order lacks, the clause ending right after it; "no fish" beside
salmon, or "no shellfish except shrimp", stays asked."""

from __future__ import annotations

import re
from collections.abc import Collection

from orchestrator.reading.allergies import FAMILIES

# The catalog's proteins (by key) of each family a customer keeps out: the allergies' families, and
# pork, which the catalog has none of
_FAMILIES = {**{k: FAMILIES[k] for k in ("shellfish", "seafood", "sea food", "fish")}, "pork": ()}
_KEPT_OUT = re.compile(
    r"\bno\s+(shellfish|seafood|sea food|fish|pork)\b"
    r"(?=\s*(?:[-,;.!:)\n]|$|please\b|thanks?\b|for\s+(?:us|anyone|any\s+of\s+us)\b))"
)


def kept_out(text: str, proteins: Collection[str]) -> list[tuple[int, int]]:
    """The spans of "no X" in normalized `text` where X is a family none of the order's
    `proteins` (catalog keys) belongs to."""
    if "no " not in text:
        return []
    return [m.span() for m in _KEPT_OUT.finditer(text) if not set(_FAMILIES[m.group(1)]) & set(proteins)]
