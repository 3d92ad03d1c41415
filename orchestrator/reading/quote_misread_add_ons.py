"""The add-ons of a message that tells our latest quote it misread the order (`quote_misread_items`,
round q82n): "just the sake, not the show" after a quote that added the extended performance to
the sake the customer had said yes to. The quote's add-on the order does not have must be taken
back by a word of its own ("not the show", "no extended performance"), and the message may name
the order's add-ons and no others."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.catalog import Catalog
from orchestrator.reading.add_on_mentions import unmatched_add_on
from orchestrator.reading.inquiry import Inquiry

# the words that take an add-on back: "not the show", "no extended performance", "without the sake"
_TAKEN_BACK = r"\b(?:not|no|without|minus)\s+(?:the\s+|any\s+|a\s+|an\s+)?"


def _names(key: str, catalog: Catalog) -> list[str]:
    """The add-on's names and aliases, and the last word of each of several words ("show",
    "performance"), longest first."""
    add_on = next(a for a in catalog.add_ons if a.key == key)
    names = {n.lower() for n in (add_on.name, *add_on.aliases)}
    names |= {n.split()[-1] for n in names if " " in n}
    return sorted(names, key=len, reverse=True)


def quoted_add_ons(quoted: Sequence[str], reply: str, catalog: Catalog) -> list[str]:
    """The names of the add-ons a quote prices: `quoted` (as "add-ons $25.00 (names)" says them)
    or, when none, each add-on of the catalog the reply `reply` prices by its own line item
    ("premium sake service $25.00, extended performance $50.00"; an offer "($25.00)" is none)."""
    if quoted:
        return list(quoted)
    return [a.name for a in catalog.add_ons
            if re.search(rf"\b{re.escape(a.name)} \$\d", reply, re.IGNORECASE)]  # fmt: skip


def wrong_add_ons(quoted: Sequence[str], ordered: set[str], catalog: Catalog) -> set[str] | None:
    """The keys of the quote's add-ons (`quoted`: their names as written) that the order (its
    keys `ordered`) does not have; None when a name is none of the catalog's, or the order has
    one the quote left out (a misread of another kind)."""
    keys = {a.name.lower(): a.key for a in catalog.add_ons}
    found = {keys.get(name.lower().strip()) for name in quoted}
    if None in found:
        return None
    found_keys = {k for k in found if k is not None}
    return found_keys - ordered if ordered <= found_keys else None


def _taken_back(text: str, key: str, catalog: Catalog) -> bool:
    """Whether normalized `text` takes the add-on `key` back by one of its words."""
    words = "|".join(re.escape(n) for n in _names(key, catalog))
    return bool(re.search(rf"{_TAKEN_BACK}(?:{words})s?\b", text))


def add_ons_fit(last: Inquiry, ordered: set[str], wrong: set[str], text: str, catalog: Catalog) -> bool:
    """Whether the message (`last` read alone, `text` normalized) names only the order's add-ons
    and takes back every add-on of the quote's the order does not have (`wrong`); the words of
    the order's own add-ons must not be those that take back."""
    if not set(last.add_ons) <= ordered or not set(last.removed_add_ons) <= wrong:
        return False
    own = {n for key in ordered for n in _names(key, catalog)}
    mine = {n for key in wrong for n in _names(key, catalog)}
    return not own & mine and all(_taken_back(text, key, catalog) for key in wrong)


def add_on_check_explained(why: str, wrong: set[str], text: str, catalog: Catalog) -> bool:
    """Whether a check of the message read alone is a word of the quote's wrong add-ons not
    matched to the catalog ("show"), or a "not" the reading did not place when every "not" of
    the message takes one of them back."""
    words = {n for key in wrong for n in _names(key, catalog) if " " not in n}
    if any(why == unmatched_add_on(word)[1] for word in words):
        return True
    if not why.startswith("did not understand 'not' ("):
        return False
    back = "|".join(re.escape(n) for key in wrong for n in _names(key, catalog))
    nots = len(re.findall(r"\bnot\b", text))
    return nots == len(re.findall(rf"\bnot\s+(?:the\s+|any\s+|a\s+|an\s+)?(?:{back})s?\b", text))
