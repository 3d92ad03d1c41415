"""A company's name holding a word of vendor paperwork ("office manager at Delta Ridge Insurance",
"Account Manager, Gold River Insurance Agency", "our insurance agency is doing a team party",
"Whitfield & Sons Insurance", an "&" one word of the name): the
writer's firm, no request for a certificate of insurance. Split from `topics` by size."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Words that never stand in a firm's name before "insurance": what is asked of the caterer
# ("a certificate of insurance", "do you carry liability insurance", "proof of your insurance").
_NOT_NAME = (
    r"(?:your|you|u|ur|the|a|an|any|our|their|its|my|his|her|liability|general|proper|need|needs|"
    r"required?|requires|want|wants|asks?|have|has|carry|proof|certificate|copy|some|event|venue|"
    r"vendors?|and|or|do|does|is|are|also|with|of|for|from|at|what|about|no|enough|valid|current)"
)
_SUFFIX = (
    r"(?:agency|group|company|co|brokers?|brokerage|services|agents?|partners|associates|"
    r"solutions|inc|llc|office)"
)
_FIRM = re.compile(
    # "Whitfield & Sons Insurance", "Tran & Patel Insurance": an "&" between the names
    # ("Organization: Delta Ridge Insurance": a form's field names the firm after its colon)
    rf"(?:\b(?:at|from|with|for|of)\s+|[,:]\s*|^\s*)(?:(?:&|(?!{_NOT_NAME}\b)[a-z][a-z&'.-]*)\s+){{1,3}}"
    rf"insurance(?:\s+{_SUFFIX})?\b(?!\s+(?:policy|policies|certificate|cert|info|documents?|"
    r"papers?|card|requirements?|coverage))"
    rf"|\b(?:our|an|my|the)\s+insurance\s+{_SUFFIX}\b",
    re.MULTILINE,
)


def firm_spans(normalized_text: str) -> list[tuple[int, int]]:
    """Where a firm named with "insurance" stands in the `normalize`d message."""
    return [m.span() for m in _FIRM.finditer(normalized_text)]


def all_in_firms(spans: Iterable[tuple[int, int]], firms: list[tuple[int, int]]) -> bool:
    """Every span (a paperwork word) lies inside a firm's name."""
    return all(any(s <= start and end <= e for s, e in firms) for start, end in spans)
