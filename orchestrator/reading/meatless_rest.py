"""A follow-up that names the guests who eat no meat and their meatless choices ("actually 3 of
them are vegetarian, can they get tofu and veggies? everyone else stays the same"): the order's
proteins for everyone stay the others' ("the rest"), the party less the vegetarians, as "rest
stays chicken and shrimp" said in one message is."""

from __future__ import annotations

from orchestrator.reading.asks import ProteinAsk, with_
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.replacements import plain

_MEATLESS_KEYS = frozenset({"tofu", "vegetables"})


def others_keep(kept: tuple[ProteinAsk, ...], later: Inquiry) -> tuple[ProteinAsk, ...]:
    """The earlier proteins for everyone as the rest's, when the later message gives its counted
    vegetarians meatless choices alone (each counted for exactly them); else `kept` as it was."""
    theirs = [b for b in later.proteins if not b.extra]
    if not (later.meatless and theirs) or not all(
        b.protein in _MEATLESS_KEYS and b.people and b.portions == later.meatless for b in theirs
    ):
        return kept
    # the earlier turn's sentences are none of this message's: no count of it is "the part before"
    return tuple(with_(a, rest=True, sentence=-2) if plain(a) else a for a in kept)
