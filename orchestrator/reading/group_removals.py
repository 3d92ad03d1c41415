"""A protein taken out for one age group: "no lobster for the kids, just chicken", "the adults dont
want chicken, just lobster", "kids: no filet, just chicken". Taken out for the whole party, the
other group's portions went with it (13 chicken and no lobster for 10 adults and 3 kids, a wrong
total stated with no flag). In a follow-up the group loses that protein and the other keeps it;
the choice after "just"/"only" must name exactly what the group has left (then each of them has
that one protein, one portion each). Anything else (nothing named, a new protein, no such group
counted, the protein not everyone's) is asked: which proteins do they keep?"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.replacements import plain
from orchestrator.reading.sentences import sentence_start

Span = tuple[int, int]
Check = tuple[str, str]

GROUP_OUT = "group_out"  # the check's field: dropped when a follow-up applies the removal

_GROUP = r"(kids|children|little ones|adults|grown[- ]?ups)"
_OUT = (
    r"(?:no|no more|without|skip|hold the|drop|remove|cut|ditch|"
    r"(?:don't|dont|do not|won't|wont)\s+(?:want|need|eat|get|do))"
)
# "no lobster for the kids": the removal, then the group right after the protein
_OUT_BEFORE = re.compile(rf"\b{_OUT}\s+(?:the\s+|any\s+)?\Z")
_FOR_GROUP = re.compile(rf"\s*(?:tails?\s+)?(?:for|on)\s+(?:the\s+|our\s+|my\s+)?{_GROUP}\b")
# "the kids dont want lobster", "for the kids no lobster", "kids: no filet": the group opening its
# sentence or clause (after a lead word at most), the removal right before the protein
_GROUP_OUT = re.compile(
    rf"(?:^\s*(?:(?:[a-z]+\s+){{0,3}}[a-z]+\s*[:-]\s*)?"  # a heading: "update:", "small thing -"
    rf"|[,(]\s*|\b(?:but|and|so|though|tho)\s+)"  # a clause: "chicken and lobster but the kids"
    rf"(?:(?:oh|ok|okay|so|and|but|also|actually)\W+){{0,2}}"
    rf"(?:for\s+)?(?:the\s+|our\s+|my\s+)?{_GROUP}\s*[,:-]?\s*{_OUT}\s+(?:the\s+|any\s+)?\Z"
)


def _group(word: str) -> str:
    return "adults" if word.startswith(("adult", "grown")) else "kids"


def group_removals(
    text: str, asks: Sequence[ProteinAsk]
) -> tuple[list[ProteinAsk], tuple[tuple[str, str], ...], list[Span], list[Check]]:
    """(the asks left, the (protein, group) taken out for a group, the spans read, the checks:
    each asked until a follow-up applies it to the order it corrects)."""
    left, found, spans, checks = [], list[tuple[str, str]](), list[Span](), list[Check]()
    for ask in asks:
        opening = sentence_start(text, ask.start)
        before = text[opening : ask.start]
        out = _OUT_BEFORE.search(before)
        after = _FOR_GROUP.match(text, ask.end) if out else None
        opened = None if after else _GROUP_OUT.search(before)
        group = _group(m.group(1)) if (m := after or opened) else None
        # "no lobster for the kids": the scope reader gave the lobster to the kids already
        if group is None or ask.group not in (None, group) or not plain(replace(ask, group=None)):
            left.append(ask)
            continue
        start = opening + opened.start() if opened else ask.start - len(out.group(0) if out else "")
        spans.append((start, after.end() if after else ask.end))
        found.append((ask.protein, group))
        checks.append((GROUP_OUT, f"{ask.said} taken out for the {group} alone: which proteins do "
                                  "they keep?"))  # fmt: skip
    return left, tuple(found), spans, checks


def group_taken_out(
    state: Inquiry, later: Inquiry, checks: tuple[Check, ...]
) -> tuple[Inquiry, Inquiry, tuple[Check, ...]]:
    """`state` with `later`'s proteins taken out for one group applied, `later` without the choice
    it restates ("just chicken"), and `checks` without the removal's own; unchanged (the removal
    asked) unless every condition of the module's reading holds."""
    groups = {group for _, group in later.group_removed}
    if len(groups) != 1 or not (state.adults and state.children) or later.removed or (
        later.swaps or later.partial_swaps or not later.only or not later.proteins
    ):
        return state, later, checks
    group = groups.pop()
    other = "kids" if group == "adults" else "adults"
    asks = list(state.proteins)
    for old, _ in later.group_removed:
        everyone = [i for i, a in enumerate(asks) if a.protein == old and plain(a)]
        own = [i for i, a in enumerate(asks) if a.protein == old and a.group == group
               and plain(replace(a, group=None))]  # fmt: skip
        if len(everyone) + len(own) != 1 or len([a for a in asks if a.protein == old]) != 1:
            return state, later, checks  # "no filet for the kids" of filet counted or shared
        if everyone:
            asks[everyone[0]] = replace(asks[everyone[0]], group=other, per_guest=False)
        else:
            del asks[own[0]]
    kept = {a.protein for a in asks if plain(a) or (a.group == group and plain(replace(a, group=None)))}
    named = {b.protein for b in later.proteins}
    size = state.adults if group == "adults" else state.children
    if not kept or named != kept or not all(_one_each(b, size) for b in later.proteins):
        return state, later, checks  # "no lobster for the kids, just tofu": for them, instead?
    merged = replace(state, proteins=tuple(asks))
    said = replace(later, proteins=(), only=False, replace_proteins=False)
    return merged, said, tuple(c for c in checks if c[0] != GROUP_OUT)


def _one_each(ask: ProteinAsk, size: int | None) -> bool:
    """The group's choice named bare ("just chicken") or counted one for each of the group ("just
    chicken for the 2 of them" of 2 kids): the same one protein, one portion each."""
    return plain(ask) or (ask.portions == size and plain(replace(ask, portions=None)))


# What opens a clause right before the band word: the text's start, a sentence's end, a comma
_CLAUSE_OPENS = re.compile(r"[.!?\n,;:]\s*\Z")
# "kids: no filet, just chicken": the band word as a heading, a protein taken out for the group
# after it (`group_removals` above reads the removal and asks unless the order counts that group)
_HEADING_OUT = re.compile(r"\s*[:-]\s*(?:no|without)\s+[a-z]")


def band_heading(text: str, start: int, end: int) -> bool:
    """Whether the kid word at `start`..`end` of `text` heads a clause with a protein taken out
    for the group ("kids: no filet"): the group named, no new count."""
    opens = start == 0 or bool(_CLAUSE_OPENS.search(text, max(0, start - 4), start))
    return opens and bool(_HEADING_OUT.match(text, end))
