"""A protein taken out and another named for it in the same message: "drop the chicken, make
it scallops", "no chicken, just filet", "scratch the chicken, shrimp instead". The removal takes
back the earlier choice of it, and the words naming the replacement are explained."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.corrections import listed, scoped
from orchestrator.reading.kept import some_after
from orchestrator.reading.taken_off import mind_before

Span = tuple[int, int]


# "drop the chicken, make it scallops", "no more chicken - swap it for scallops": the words that
# name the replacement of a removed protein
_MAKE_IT = re.compile(
    # ("scratch the shrimp, do ny strip", "drop the chicken, go with salmon": the next one taken)
    r"[\s,;.—–-]*(?:and\s+)?(make (?:it|that|them)(?:\s+(?:the|to))?"
    r"|(?:let'?s\s+)?(?:do|go with)(?:\s+the)?"
    r"|(?:swap|switch|sub|trade|change|replace)\s+(?:it|that|them)\s+(?:out\s+)?(?:for|with|to|into)"
    r"(?:\s+the)?)\s+$"
)
# "scratch the chicken, shrimp instead", "drop the chicken and do shrimp instead"
_INSTEAD_NEXT = re.compile(r"[\s,;.]*(?:(?:and|do|get|go with|make it|just)\s+)*(?:the\s+)?$")


# "no chicken, just filet", "no salmon - only ny strip": the proteins right after a removal said as
# the whole choice
_ONLY_NEXT = re.compile(r"\s*[,;:.!—–-]*\s*(?:just|only)\s+(?:the\s+)?")


def removal_replaces(text: str, start: int, removed: ProteinAsk, asks: Sequence[ProteinAsk]) -> bool:
    """ "filet and chicken... nah scratch the chicken, do shrimp": a protein taken out for all (no
    "for 2" after it) with a change of mind before it, or a replacement "instead" after it, takes
    back the same message's earlier choice of it: the order as finally said; so does "just"/"only"
    right after it naming the whole new choice ("no chicken, just filet"; not "just chicken for the
    kids", a choice of some). Not when the one
    named for it was chosen already ("chicken and filet... actually make it filet not chicken"):
    all filet, or the filet as it was? Left both asked for and taken out, it is asked."""
    if some_after(text, removed.end) or _named_again(text, start, removed, asks):
        return False
    if mind_before(text, start) < start:
        return True
    after = next((a for a in asks if a.start >= removed.end), None)
    between = text[removed.end : after.start] if after else ""
    if after and _ONLY_NEXT.fullmatch(between):  # "chicken and filet ... no chicken, just filet"
        at = next(i for i, a in enumerate(asks) if a is after)
        return not any(scoped(asks[i]) for i in listed(text, asks, at, backward=False))
    return bool(after and _MAKE_IT.fullmatch(between)) or bool(  # "drop it, make it shrimp"
        after
        and _INSTEAD_NEXT.match(between)
        and re.match(r"\s*(?:tails?\s+)?instead\b(?!\s+of)", text[after.end :])
    )


def _named_again(text: str, start: int, removed: ProteinAsk, asks: Sequence[ProteinAsk]) -> bool:
    """The protein named for `removed` (taken out from `start`: "make it filet" after it, "filet
    not chicken" before it) named as a choice before it too ("chicken and filet ...")."""
    before = next((a for a in reversed(asks) if a.end <= start), None)
    after = next((a for a in asks if a.start >= removed.end), None)
    if before and text.startswith("not ", start) and re.fullmatch(r"[\s,]*", text[before.end : start]):
        named = before
    elif after and _MAKE_IT.fullmatch(text[removed.end : after.start]):
        named = after
    else:
        return False
    return any(a.protein == named.protein and a.end <= named.start for a in asks)


def replacement_words(text: str, removed: ProteinAsk, asks: Sequence[ProteinAsk]) -> list[Span]:
    """ "scratch the chicken, make it scallops": "make it" explained between a protein taken out
    and the next protein named, which the conversation reads as its replacement."""
    after = next((a for a in asks if a.start >= removed.end), None)
    m = _MAKE_IT.fullmatch(text[removed.end : after.start]) if after else None
    return [(removed.end + m.start(1), removed.end + m.end(1))] if m else []

