"""A counted part of the party given one protein twice beside other counted parts (round q86g,
blind 187 fy054): "20 adults. 10 want chicken and filet, 8 want chicken and shrimp, 2 vegetarians
want tofu x2": the 2 have tofu for both their portions, 4 tofu ("x2" read as 2 portions in all
left their second plate empty). Written "2 vegetarians want 4 tofu".

Only beside another part counted with its two proteins ("10 want chicken and filet"), so the
parts are each guests' whole plate; "x2" or "double" alone (no "each", which the protein reader
reads), and the one protein ending the clause."""

from __future__ import annotations

import re

from orchestrator.reading.diet_parts import PAIR, PROTEIN

_WANT = r"(?:want|wants|get|gets|would like|will have|are having)"
_DOUBLED = re.compile(
    rf"\b(?P<who>(?P<n>\d{{1,3}})\s+(?:[a-z]+\s+)?{_WANT})\s+(?:(?P<p>{PROTEIN})\s*x\s*2|double\s+(?P<q>{PROTEIN}))"
    r"(?=\s*(?:[,.;!?\n]|$|\d{5}\b))"
)
_MAYBE = re.compile(r"x\s*2\b|\bdouble\b")
_PAIRED_PART = re.compile(rf"\b\d{{1,3}}\s+(?:[a-z]+\s+)?{_WANT}\s+{PAIR}")


def doubled_part(text: str) -> str:
    """Normalized `text` with "N want tofu x2" beside a counted part's pair written "N want 2N
    tofu"; else unchanged."""
    if not (_MAYBE.search(text) and _PAIRED_PART.search(text)):
        return text  # speed: every match names "x2" or "double"
    return _DOUBLED.sub(lambda m: f"{m['who']} {2 * int(m['n'])} {m['p'] or m['q']}", text)
