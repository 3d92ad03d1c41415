"""A protein's upgrade price told back as the catalog has it: "saw ur post that the lobster
upgrade is $15 - worth it", "the filet upgrade is only $5 right?". The word "upgrade" there names
the price of a premium protein, not guests moving from one protein to another, so the doubt
check on "upgrade" (`doubts`) need not ask which protein they give up. A price the catalog does
not have ("the lobster upgrade is $10") is a price claimed: it stays asked."""

from __future__ import annotations

import re
from decimal import Decimal

from orchestrator.catalog import Catalog

Span = tuple[int, int]

# a protein's name, "upgrade", a verb of costing and the amount
_TOLD = (
    r"\s+(upgrades?)\s+(?:is|was|=|costs?|runs?)\s+(?:only\s+|just\s+|like\s+)?"
    r"\$\s?(\d{1,3}(?:\.\d\d)?)(?!\d|\.\d)"
)


def published_upgrade_prices(text: str, catalog: Catalog) -> list[Span]:
    """The spans of "upgrade" in normalized `text` where the upgrade's price is told for the
    premium protein named right before it, and is the catalog's own."""
    spans: list[Span] = []
    for protein in catalog.proteins:
        if not protein.premium:
            continue
        words = sorted({protein.name.lower(), *(a.lower() for a in protein.aliases)}, key=len)
        names = "|".join(re.escape(w) for w in reversed(words))  # the longest name first
        for m in re.finditer(rf"\b(?:{names}){_TOLD}", text):
            if Decimal(m.group(2)) == protein.upgrade:
                spans.append(m.span(1))
    return spans
