"""The checks a correction's protein changes raise when the message is read on its own: what
`conversation.merge_history` drops once a later message applies them to the order."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from orchestrator.catalog import Catalog
from orchestrator.literal_gates import gated
from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.changes import Swap, swap_names
from orchestrator.reading.group_switch import group_switch_checks

REPLACE_ALL = re.compile(r"\b(?:just|only|instead|change|switch)\b")
# "switch to shrimp", "shrimp instead": a protein both asked for and taken out beside these is the
# change itself; "just"/"only" is not ("no shrimp for 2 of them, just chicken": for whom?), as
# removal_replaces.removal_replaces already took out a protein whose "just ..." names the whole choice
_SWITCHED = re.compile(r"\b(?:instead|change|switch)\b")
ONLY = re.compile(r"\b(?:just|only)\b")  # "no chicken, just shrimp": the whole new choice
# "same food", "everything else the same", "same everything else": the proteins not named stay as
# they were
KEEPS_REST = gated(re.compile(
    r"\bsame (?:proteins?|food|menu)\b|\bproteins? (?:stay|stays|are|remain) the same\b"
    r"|\b(?:everything|all|the rest)\s+(?:else\s+)?(?:is\s+|stays\s+|remains\s+)?(?:the\s+)?same\b"
    r"|\bsame\s+(?:for\s+)?(?:everything|all|the rest)\s+else\b"  # "same everything else"
))  # fmt: skip


def replaces_all(norm: str, swap_spans: Sequence[tuple[int, int]]) -> bool:
    """The words of `norm` outside its swaps say the proteins named replace the order's ("just
    chicken", "switch to shrimp"); a swap's own "instead" replaces only what it swaps."""
    unswapped = (
        "".join(" " if any(s <= i < e for s, e in swap_spans) else c for i, c in enumerate(norm))
        if swap_spans
        else norm
    )
    return bool(REPLACE_ALL.search(unswapped))


# "sorry chicken and shrimp", "oops i meant filet and shrimp" after an order: a message opening by
# taking back what was said, the proteins right after it the whole new choice
_TAKEN_BACK = re.compile(
    r"^\W*(?:(?:oh|omg|ugh|oops|sorry|no|wait)\W+)*(?:sorry|oops|my bad|correction|typo|i meant|"
    r"meant)\W+(?:(?:i\s+)?meant\W+)?"
)


def _taken_back(text: str, kept: Sequence[ProteinAsk]) -> bool:
    """`text` opens by taking back what was said, the proteins named right after it, none an
    extra or for some ("sorry chicken and shrimp"): they replace the order's."""
    m = _TAKEN_BACK.match(text)
    return bool(m and kept and min(a.start for a in kept) == m.end()
                and not any(a.extra or a.group or a.portions for a in kept))  # fmt: skip


def replaces_order(norm: str, spelt: str, kept: Sequence[ProteinAsk], removed: Sequence[str],
                   swap_spans: Sequence[tuple[int, int]]) -> bool:  # fmt: skip
    """The proteins `kept` replace the order's: some taken out beside them, words that say so
    (`replaces_all`), or the message opening by taking back what was said (read in `spelt`, the
    text before the interjections were blanked, when it is as long as `norm`)."""
    opening = spelt if len(spelt) == len(norm) else norm
    if swap_spans and kept and all(a.extra for a in kept) and not removed:
        # "small change on the food: make the strip filet, and add 6 lobster tails on top": the
        # words of change are the swap's; the portions on top add to the order
        return False
    return bool(kept and (removed or replaces_all(norm, swap_spans) or _taken_back(opening, kept)))


# "what if we make it filet and lobster?": the list of proteins right after names the new choice
_MADE_IT = re.compile(r"\bmake\s+(?:it|that|them)\s+$")
_JOINS = re.compile(r"\s*(?:,\s*|and|&|\+|n)\s*(?:and\s+)?")


def made_list(text: str, kept: Sequence[ProteinAsk]) -> bool:
    """ "make it filet and lobster": two or more proteins joined right after "make it", each for
    everyone and the only ones of the message (round q80m); the merge reads them as the new choice
    when none is in the order (`new_choice`). One alone ("make it filet" after two
    proteins: which one?) is no list."""
    asks = sorted(kept, key=lambda a: a.start)
    if len(asks) < 2 or any(a.extra or a.group or a.portions or a.half or a.share for a in asks):
        return False
    if not _MADE_IT.search(text[max(0, asks[0].start - 20) : asks[0].start]):
        return False
    return all(_JOINS.fullmatch(text, a.end, b.start) for a, b in zip(asks, asks[1:], strict=False))


def change_checks(
    norm: str,
    *,
    kept: Sequence[ProteinAsk],
    removed: Iterable[str],
    retained: Iterable[str],
    swaps: Sequence[Swap],
    catalog: Catalog,
) -> list[tuple[str, str]]:
    """Proteins both asked for and taken out, kept or swapped without the order at hand."""
    checks = []
    both = {a.protein for a in kept} & set(removed)
    if both and not _SWITCHED.search(norm):  # "chicken and shrimp, but hold the shrimp for 2"
        checks.append(("proteins", f"{', '.join(sorted(both))} both asked for and taken out: for whom?"))
    names = {p.key: p.name for p in catalog.proteins}
    for key in dict.fromkeys(retained):  # dropped when a correction keeps what the order has
        checks.append(("keep", f"keep {names.get(key, key)}: not in the order"))
    for w in swaps:
        if w.partial:  # "swap shrimp for lobster for the adults only"
            checks.append(("partial", f"{names.get(w.new, w.new)} for {names.get(w.old, w.old)} "
                                      "for some of the guests: how many of each?"))  # fmt: skip
    for w in (w for w in swaps if not w.partial):  # dropped when a correction applies it
        old, new = names.get(w.old, w.old), names.get(w.new, w.new)
        checks.append(("swap", f"swap {old} for {new}: not in the order"))
    # "shrimp instead of salmon. salmon is great but my dad hates it": the protein swapped out,
    # named again, would be read as the new order; whether it stays is asked (kept by the merge)
    for old in sorted({w.old for w in swaps if not w.partial} & {a.protein for a in kept}):
        checks.append(("reswap", f"{names.get(old, old)} swapped out and named again: kept or not?"))
    # "and switch the kids to chicken": the group's change, whose share is not said
    partial = [w.span for w in swaps if w.partial]
    scoped = any(a.group for a in kept)
    return checks + group_switch_checks(norm, set(swap_names(catalog)), partial, scoped)
