"""A group of no number told by whose they are in brackets (round q83m): "12 adults plus the teens
(my 3 and my sisters 2)" is 5 teens, written " 5 teens" (same length, the brackets blanked) for the
readers of counts. Only when every item of the bracket is an owner and a count ("my 3", "her 2",
"my sister's 2", "my sisters 2"); anything else in the bracket is left to the other readers and the
checks, which ask."""

from __future__ import annotations

import re

from orchestrator.reading.listed_parts import SEP

_GROUP = re.compile(
    r"\bthe\s+(?P<word>teens|teenagers|kids|children|grandkids|little ones)\s*"
    r"\((?P<items>[^()\n]{3,60})\)"
)
_OWNED = re.compile(r"(?:my|our|his|her|their)(?:\s+[a-z]+(?:'s|s'|s))?\s+(?P<n>[1-9])")


def _owned_sum(items: str) -> int | None:
    """The counts of the bracket's items added up; None unless every item is an owner's count
    and there are at least two."""
    cuts = [0, *(i for s in SEP.finditer(items) for i in s.span()), len(items)]
    parts = [items[a:b].strip() for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
    found = [_OWNED.fullmatch(p) for p in parts]
    if len(parts) < 2 or not all(found):
        return None
    return sum(int(m.group("n")) for m in found if m)


def owned_counts(text: str) -> str:
    """`text` (normalized) with "the teens (my 3 and my sisters 2)" written " 5 teens" (same length)
    when every item of the bracket is an owner's count; else unchanged."""
    if "(" not in text:
        return text  # speed
    for m in _GROUP.finditer(text):
        total = _owned_sum(m.group("items"))
        if total is None:
            continue
        said = f"{total} {m.group('word')}"
        text = text[: m.start()] + said.ljust(m.end() - m.start()) + text[m.end() :]
    return text
