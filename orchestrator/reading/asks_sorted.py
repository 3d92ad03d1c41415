"""The proteins a message names, sorted by what it does with each: kept as a choice, kept as it was
("keep the shrimp"), taken out ("no shrimp", "scratch the chicken") or swapped ("lobster instead
of shrimp", "8 of them want lobster instead of shrimp"). Split from `extraction` by meaning (round
q85n); the one reading added there is a swap's second protein given up ("2 of them want tofu
instead of filet and shrimp": both, `_also_given_up`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.changes import Swap, remove_prefix
from orchestrator.reading.group_swap import swap_instead, swap_said
from orchestrator.reading.kept import kept_for_some, read_kept
from orchestrator.reading.removal_replaces import removal_replaces, replacement_words
from orchestrator.reading.taken_off import mind_before

Span = tuple[int, int]


@dataclass
class SortedAsks:
    """What the sorting read: the choices kept, the proteins taken out or kept as they were, the
    swaps it found, and the spans it explains and uses, with its checks."""

    kept: list[ProteinAsk] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    retained: list[str] = field(default_factory=list)
    swaps: list[Swap] = field(default_factory=list)
    explained: list[Span] = field(default_factory=list)
    used: list[Span] = field(default_factory=list)
    checks: list[tuple[str, str]] = field(default_factory=list)


def sort_asks(
    norm: str, rest: Sequence[ProteinAsk], asks: Sequence[ProteinAsk], swap_spans: Sequence[Span]
) -> SortedAsks:
    """The proteins `rest` (of the message's `asks`) sorted in normalized `norm`; those inside an
    earlier swap's words (`swap_spans`) are that swap's."""
    out = SortedAsks(removed=[])
    given_up: ProteinAsk | None = None  # the protein the last swap gives up
    for ask in rest:
        out.explained.append((ask.start, ask.end))
        if ask.taken_back:
            out.explained.append(ask.taken_back)
            out.used.append(ask.taken_back)  # "steak (the filet one not the strip)": no count in it
        if any(s <= ask.start < e for s, e in swap_spans):
            continue
        if given_up and out.swaps and (also := _also_given_up(norm, out.swaps[-1], given_up, ask)):
            out.swaps[-1:] = also  # "tofu instead of filet and shrimp": the shrimp too
            given_up = None
            continue
        given_up = None
        if ask.portions is not None and kept_for_some(norm, ask.start):  # "keep the shrimp for 4"
            out.checks.append(("keep", f"keep {ask.said} for {ask.portions}: what do the others have?"))
        pair = out.kept[-1].end if out.kept and out.kept[-1].portions is None else None  # "x and y"
        if ask.portions is None and (keep := read_kept(norm, ask.start, ask.end, pair_from=pair)):
            out.explained.append(keep)  # "keep the shrimp": left as it was, not a new choice
            out.retained.append(ask.protein)
            continue
        if taken := remove_prefix(norm, ask.start):
            if _taken_out(norm, taken, ask, asks, out):
                given_up = ask  # a swap: its guests' count is its own
                continue
        else:
            out.kept.append(ask)
        if ask.count_span:
            out.used.append(ask.count_span)
    return out


def _taken_out(
    norm: str, out_words: re.Match[str], ask: ProteinAsk, asks: Sequence[ProteinAsk], out: SortedAsks
) -> bool:
    """`ask` taken out by `out_words` before it: a swap for the choice just before it ("lobster
    instead of shrimp"; True), else a removal."""
    out.explained.append((mind_before(norm, ask.start - len(out_words.group(0))), ask.end))
    prev = out.kept[-1] if out.kept else None
    swap_word = swap_said(norm, out_words, ask, prev)  # "in place of shrimp", "not chicken for kids"
    if swap_word and prev and prev.sentence == ask.sentence:
        out.kept.pop()  # "lobster instead of shrimp": a swap, of every shrimp portion
        swap, swap_used, swap_read, swap_checks = swap_instead(norm, out_words, ask, prev)
        out.used += swap_used  # "8 of them want lobster instead of shrimp"
        out.explained += swap_read  # "... instead of filet for 6 of them"
        out.checks += swap_checks
        out.swaps.append(swap)
        return True
    if removal_replaces(norm, ask.start - len(out_words.group(0)), ask, asks):
        # "chicken... nah scratch the chicken": the earlier choice is taken back
        out.kept = [k for k in out.kept if k.protein != ask.protein]
    out.explained += replacement_words(norm, ask, asks)  # "drop the chicken, make it shrimp"
    out.removed.append(ask.protein)
    return False


# "instead of filet and shrimp", "instead of the chicken & the shrimp", "instead of both the strip
# and the lobster": the second protein given up, joined to the first by "and" alone
_AND_NEXT = re.compile(r"\s*(?:and|&|\+|n)\s+(?:the\s+)?\Z")
# what may follow the second: the clause's end, a thanks, "for them", a few words of who
_CLAUSE_END = re.compile(
    r"\s*(?:$|[.,;!?\n)]|(?:for\s+(?:them|those|both|the\s+\d{1,3}|these)|pls|please|plz|thanks|"
    r"thx|ty)\b)"
)


def _also_given_up(norm: str, swap: Swap, first: ProteinAsk, ask: ProteinAsk) -> list[Swap]:
    """The swap `swap` of `first` and of `ask` too (replacing `swap`) when `ask` is joined to
    `first` by "and" and ends the clause: those guests' whole plate ("2 of them want tofu instead
    of filet and shrimp": 4 tofu); the guests counted after both ("tofu instead of filet and shrimp
    for 2 of them") are both swaps'. Empty else: `ask` is read as it was."""
    if swap.old != first.protein or ask.protein in (swap.old, swap.new) or ask.group:
        return []
    if not _AND_NEXT.search(norm, first.end, ask.start):
        return []
    if swap.partial and swap.count and swap.span[1] == first.end and ask.portions is None:
        if _CLAUSE_END.match(norm, ask.end):
            return [swap, replace(swap, old=ask.protein, span=(swap.span[0], ask.end))]
        return []
    after = ask.count_span
    if swap.partial or not (ask.portions and after and after[0] > ask.end):
        return []
    if not _FOR_THEM.fullmatch(norm, ask.end, after[0]) or not _OF_THEM.match(norm, after[1]):
        return []
    counted = replace(swap, partial=True, count=ask.portions, span=(swap.span[0], after[1]))
    return [counted, replace(counted, old=ask.protein)]


_FOR_THEM = re.compile(r"\s+for\s+(?:the\s+|those\s+|these\s+)?")
_OF_THEM = re.compile(r"\s+of\s+(?:us|them|em)\b|\s*(?:$|[.,;!?\n])")
