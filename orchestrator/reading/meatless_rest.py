"""A follow-up that names the guests who eat no meat and their meatless choices ("actually 3 of
them are vegetarian, can they get tofu and veggies? everyone else stays the same"): the order's
proteins for everyone stay the others' ("the rest"), the party less the vegetarians, as "rest
stays chicken and shrimp" said in one message is."""

from __future__ import annotations

from orchestrator.reading.asks import ProteinAsk, with_
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.replacements import plain

_MEATLESS_KEYS = frozenset({"tofu", "vegetables"})


def others_keep(
    kept: tuple[ProteinAsk, ...], later: Inquiry, order: tuple[ProteinAsk, ...] = ()
) -> tuple[ProteinAsk, ...]:
    """The earlier proteins for everyone as the rest's, when the later message gives its counted
    vegetarians meatless choices alone (each counted for exactly them, or one for their whole
    plate); else `kept` as it was. The order's own choice of that meatless food (`order`: "chicken
    and tofu", then "2 of them are vegan so tofu for them") stays the others' too (round q85n: it
    was dropped, 20 portions read as 18)."""
    theirs = [b for b in later.proteins if not b.extra]
    if not (later.meatless and theirs) or not all(
        b.protein in _MEATLESS_KEYS and b.people and b.portions in _plates(later, theirs) for b in theirs
    ):
        return kept
    named = {b.protein for b in theirs}  # "tofu for them" after "chicken and tofu": the others' tofu
    kept += tuple(a for a in order if a.protein in named and plain(a) and a not in kept)
    # the earlier turn's sentences are none of this message's: no count of it is "the part before"
    return tuple(with_(a, rest=True, sentence=-2) if plain(a) else a for a in kept)


def _plates(later: Inquiry, theirs: list[ProteinAsk]) -> tuple[int, ...]:
    """The portions a meatless choice for the vegetarians may count: one each, or both of their
    portions when it is the one food named for them ("so tofu for them")."""
    return (later.meatless, 2 * later.meatless) if len(theirs) == 1 else (later.meatless,)
