"""A bare switch asked for a lower price: "$840 is too much, lets switch to ny strip then" after
"filet & shrimp". The message names the new protein alone, no protein it replaces; read as the
whole new choice it dropped the shrimp from the order read back (round q77j). Said with the price
as its reason, it gives up the order's one premium protein (the one that costs more): filet to ny
strip, the shrimp stays. The order with two premium proteins or none, a new protein that is
itself premium, or no price said: left as before."""

from __future__ import annotations

import re

from orchestrator.catalog import Catalog
from orchestrator.reading.asks import ProteinAsk

# the price as the reason: "too much", "over budget", "too pricey", "cheaper"
_PRICE_REASON = re.compile(
    r"\b(?:too\s+(?:much|pricey|expensive|high|steep)|over\s+(?:our\s+|the\s+|my\s+)?budget|"
    r"out\s+of\s+(?:our\s+|my\s+|the\s+)?budget|cheaper|pricey|expensive|save\s+(?:some\s+)?money)"
)


def premium_given_up(norm: str, kept: list[ProteinAsk], catalog: Catalog) -> tuple[str, ...]:
    """The catalog's premium protein keys a switch to the one plain protein named in normalized
    `norm` may give up, when the price is said as its reason; else ()."""
    premium = tuple(p.key for p in catalog.proteins if p.premium)
    if len(kept) != 1 or kept[0].protein in premium or not _PRICE_REASON.search(norm):
        return ()
    return premium


def cheaper_switched(
    proteins: tuple[ProteinAsk, ...], new: ProteinAsk, premium: tuple[str, ...]
) -> tuple[tuple[str, str], ...]:
    """The swap of the order's one premium protein for `new` (the others not premium); else ()."""
    have = {a.protein for a in proteins}
    given_up = have & set(premium)
    if len(given_up) != 1 or len(have) < 2 or new.protein in have:
        return ()
    return ((given_up.pop(), new.protein),)
