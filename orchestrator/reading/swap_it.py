"""A swap of the protein just named: "ok lobster for 48 ppl is way over our budget lol can we swap
it for shrimp" swaps the lobster for shrimp, "it" being the one protein the message named before
("the filet for 20 is over our budget, can we switch it to chicken?" as well). Two proteins named
before leave "it" to the net; the count said with the protein ("for 48 ppl") is the order's again,
read inside the swap."""

from __future__ import annotations

import re

from orchestrator.catalog import Catalog
from orchestrator.reading.changes import Swap, read_swaps, remove_prefix, swap_names

Span = tuple[int, int]

# "lobster for 48 ppl is over our budget, can we swap it for shrimp": "it" is the protein named
_SWAP_IT = re.compile(
    r"\b(?:swap|switch|change|replace|sub|trade)\s+(?:it|that)\s+(?:out\s+)?(?:for|with|to|into)\s+"
    r"(?:the\s+|some\s+)?([a-z]+(?:\s+[a-z]+)?)"
)


def swapped_it(text: str, catalog: Catalog) -> list[Swap]:
    """ "swap it for shrimp" after one protein named in the message, and only one: that one."""
    names = swap_names(catalog)
    found = []
    for m in _SWAP_IT.finditer(text):
        said = m.group(1) if m.group(1) in names else m.group(1).split()[0]
        named = [n for n in _NAME.finditer(text, max(0, m.start() - 90), m.start()) if n[0] in names]
        if named and remove_prefix(text, named[0].start()):
            continue  # "no more shrimp - switch it to lobster": a removal and its replacement
        if said in names and len({names[n[0]] for n in named}) == 1 and names[said] != names[
            named[0][0]
        ]:  # the span from the protein named: "lobster for 48 ppl ... swap it for shrimp"
            found.append(
                Swap(names[named[0][0]], names[said], (named[0].start(), m.end()), restates=True)
            )
    return found


def every_swap(text: str, catalog: Catalog) -> list[Swap]:
    """The swaps the message asks for: those `read_swaps` reads, else "swap it" after one protein."""
    return read_swaps(text, catalog) or swapped_it(text, catalog)


def restated_counts(
    text: str, swaps: list[Swap]
) -> tuple[list[Span], list[int], list[tuple[str, str]]]:
    """The spans of swaps that say the order's count again ("lobster for 48 ppl ... swap it"), the
    counts said in them and a "was" check for each: the conversation settles it only when the order
    corrected has that count, so "lobster for 40 ppl" after 48 is asked, never read as either."""
    spans = [swap.span for swap in swaps if swap.restates]
    counts = [int(n) for s, e in spans for n in re.findall(r"\b\d{1,3}\b", text[s:e])]
    return spans, counts, [("was", f"{n} said with the protein swapped: not a count of the order")
                           for n in counts]  # fmt: skip


_NAME = re.compile(r"\b[a-z]+(?:\s+(?:strip|mignon|tails?|steak))?\b")
