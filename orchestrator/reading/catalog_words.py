"""The catalog's words as two patterns, compiled once per catalog: every protein or add-on word
(an order word the coverage check looks for), and the distinctive add-on words (those no protein
shares and no generic word such as "service" is). Moved out of coverage.py to keep that module
small; the coverage check, the extraction and the readers of asides, corrections and the prepass
use them."""

from __future__ import annotations

import re
from functools import lru_cache

from orchestrator.catalog import Catalog

# Generic words of add-on names that customers use for other things ("great service").
_GENERIC = {"service", "menu", "planning", "custom", "premium", "long", "longer", "extra", "extended"}


@lru_cache(maxsize=8)
def catalog_words(catalog: Catalog) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(every protein or add-on word, the distinctive add-on words)."""
    names = {n.lower() for p in catalog.proteins for n in (p.name, *p.aliases)}
    names |= {a.word for a in catalog.ambiguous}
    add_words = {w for a in catalog.add_ons for n in (a.name, *a.aliases) for w in n.lower().split()}
    distinctive = sorted(add_words - _GENERIC - {w for n in names for w in n.split()})
    every = sorted(names | set(distinctive), key=len, reverse=True)
    return (
        re.compile(r"\b(?:" + "|".join(re.escape(w) for w in every) + r")s?\b"),
        re.compile(r"\b(?:" + "|".join(re.escape(w) for w in distinctive) + r")\b"),
    )
