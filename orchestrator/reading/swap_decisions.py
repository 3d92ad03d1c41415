"""A swap of proteins the message settles by the end of it: "we might swap the shrimp for
scallops... let's go with scallops actually" (decided after a hesitation), "chicken and shrimp but
upgrade the shrimp to lobster" (said plainly after the choice). A change that is not settled ("we
might swap the filet for lobster?") is left to the checks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from orchestrator.catalog import Catalog
from orchestrator.reading.asks import ProteinAsk, with_
from orchestrator.reading.changes import Swap
from orchestrator.reading.sentences import sentence_start

Span = tuple[int, int]


# A decision after a hesitation: "let's go with scallops actually", "ok let's do lobster".
_DECISION = re.compile(
    r"(?:\.{2,}|[,;.!?-]|\s)\s*(?:(?:ok(?:ay)?|so|yeah|yes|hmm)\b[\s,.!]*)?(?:(?:let'?s|we'?ll|we will|"
    r"i'?ll)\s+(?:just\s+)?(?:go with|do|get|have|take|stick with)|decided on|going with|"
    r"final answer:?)\s+(?:the\s+)?"
)
_HEDGE = re.compile(r"\b(?:tentatively|might|maybe|possibly|perhaps|probably|thinking|considering)\b")


def settled_swaps(
    text: str, asks: Sequence[ProteinAsk], swaps: Sequence[Swap], catalog: Catalog
) -> tuple[list[ProteinAsk], list[Swap], list[Span]]:
    """ "we might swap the shrimp for scallops... let's go with scallops actually": a swap the
    message hesitates over and then decides. Decided for the new protein, every ask of the old one
    becomes it; decided for the old, the swap is dropped. Returns the asks, the swaps left and the
    spans read (the hesitation, the swap and the decision)."""
    out, left, read = list(asks), list(swaps), []
    for swap in swaps:
        if swap.partial:
            continue
        decision = _DECISION.search(text, swap.span[1], swap.span[1] + 40)
        if decision is None:
            continue
        chosen = next((a for a in out if decision.end() <= a.start <= decision.end() + 1), None)
        if chosen is None or chosen.protein not in (swap.old, swap.new):
            continue
        tail = re.match(r"\s*(?:actually|then|instead|please|pls)?\b", text[chosen.end :])
        end = chosen.end + (tail.end() if tail else 0)
        hedges = [h.span() for h in _HEDGE.finditer(text, max(0, swap.span[0] - 60), swap.span[0])]
        if not hedges:
            continue  # "swap the shrimp for scallops, let's do scallops": read as it stands
        out.remove(chosen)
        if chosen.protein == swap.new:
            name = catalog.protein(swap.new).name
            out = [with_(a, protein=swap.new, said=name) if a.protein == swap.old else a for a in out]
        left.remove(swap)
        read += [*hedges, swap.span, (decision.start(), end)]
    return out, left, read


def swaps_in_place(
    text: str, asks: Sequence[ProteinAsk], swaps: Sequence[Swap]
) -> tuple[list[ProteinAsk], list[Swap]]:
    """ "12 adults, chicken and shrimp but upgrade the shrimp to lobster": a swap of a protein the
    same message ordered before it, said plainly, is the order as finally said, so the old
    protein's asks become the new one. A swap asked as a question ("can we swap ...?"), hedged,
    for some of the guests, or to a protein already ordered is left to the checks. Returns the
    asks and the swaps not applied."""
    out, left = list(asks), []
    for swap in swaps:
        start, end = swap.span
        olds = [i for i, a in enumerate(out) if a.protein == swap.old and a.end <= start]
        line_start = sentence_start(text, start)
        rest = re.match(r"[^.;!?\n]*[.;!?\n]?", text[end:])
        asked = "?" in (rest.group(0) if rest else "") or _HEDGE.search(text[line_start:end])
        if after_some(text, swap, swaps):  # "3 of them want shrimp instead of chicken and ..."
            left.append(replace(swap, partial=True))  # for some, but how many? asked
            continue
        if swap.partial or not olds or asked or any(a.protein == swap.new for a in out):
            left.append(swap)
            continue
        for i in olds:
            out[i] = with_(out[i], protein=swap.new)
    return out, left


def after_some(text: str, swap: Swap, swaps: Sequence[Swap]) -> bool:
    """ "3 of them want shrimp instead of chicken and lobster instead of filet": a swap with no
    guests of its own after one for some guests in the same sentence may be for the same 3 or for
    all; read as for all, it priced 20 lobster tails with no flag. It is a swap for some guests,
    how many not said, so it is asked."""
    start = swap.span[0]
    return not swap.partial and any(
        w.partial and w.span[1] <= start and not re.search(r"[.;!?\n]", text[w.span[1] : start])
        for w in swaps
    )

