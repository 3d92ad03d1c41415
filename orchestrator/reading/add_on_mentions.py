"""An add-on named again by one of its words after it was named in full ("please add the extended
performance, the team has heard great things about the show"): the same add-on, no new one to
ask about. Split from `coverage` by size."""

from __future__ import annotations

import re

from orchestrator.catalog import Catalog


def named_in_full(text: str, catalog: Catalog) -> set[str]:
    """The words of each add-on that the (normalized) `text` names by a name of two words or more
    ("extended performance", "longer show"): a lone "show" or "performance" after it is that one."""
    words: set[str] = set()
    for add_on in catalog.add_ons:
        names = [n.lower() for n in (add_on.name, *add_on.aliases) if " " in n.strip()]
        if any(re.search(rf"\b{re.escape(n)}\b", text) for n in names):
            words |= {w for n in names for w in n.split()}
    return words


def unmatched_add_on(word: str) -> tuple[str, str]:
    """The check for an add-on word not matched to the catalog ("the show"); a later message
    that names an add-on by the same word answers it."""
    return ("message", f"did not understand '{word}' (an add-on not matched to the catalog)")
