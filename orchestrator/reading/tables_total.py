"""A count of tables beside the count of guests ("we'll have 3 tables, 30 adults total", "30
adults across 3 tables"): how the guests sit, no group of people. Blanked before the guest reader
when the guests are counted by a total ("30 adults total", the whole party "14 of us", a form's
"Number of adults: 11") or the tables follow the count; tables with their size
("4 tables of 10", "3 tables, 8 at each") are the guests themselves, left to the readers of
groups."""

from __future__ import annotations

import re

Span = tuple[int, int]

_GUESTS = r"(?:adults|people|guests|ppl|grown-?ups|pax)"
_TABLES = re.compile(
    r"\b(\d{1,2})\s+(?:(?:round|long|big|small|folding|banquet|picnic|card|extra)\s+)?tables?\b"
    r"(?!\s*(?:of|with|x|×|each|at|for|seating|seat|that|who|,?\s*\d{1,2}\s+(?:at|per|each|a|to|on)\b))"
)
# the total said as one ("30 adults total", "a total of 30 guests", "30 people in all")
_TOTAL = re.compile(
    rf"\b(\d{{1,3}})\s+{_GUESTS}\s+(?:total|in total|altogether|in all)\b"
    rf"|\btotal\s+(?:of\s+)?(\d{{1,3}})\s+{_GUESTS}\b"
    # "14 of us" is the whole party; a form's field counts the guests whole ("number of adults: 11")
    r"|\b(\d{1,3})\s+of\s+us\b(?!\s+(?:adults|grown))"
    rf"|\bnumber\s+of\s+{_GUESTS}\s*:?\s*(\d{{1,3}})\b"
)
# the tables right after the count ("30 adults across 3 tables", "40 guests at 4 tables")
_COUNT_AT = re.compile(
    rf"\b(\d{{1,3}})\s+{_GUESTS}\s+(?:at|across|over|around|on|split\s+(?:between|across|into))\s+"
    r"(?=\d{1,2}\s+(?:(?:round|long|big|small|folding|banquet|picnic|card|extra)\s+)?tables?\b)"
)


def tables_beside_total(text: str) -> list[Span]:
    """The spans of the counts of tables in normalized `text` beside a count of guests that is
    said whole: a total, or the count the tables follow. Fewer tables than guests only."""
    if "table" not in text:  # one cheap test: a rare word
        return []
    totals = [int(next(g for g in m.groups() if g)) for m in _TOTAL.finditer(text)]
    after = {m.end(): int(m[1]) for m in _COUNT_AT.finditer(text)}
    spans = []
    for m in _TABLES.finditer(text):
        counted = [after[m.start()]] if m.start() in after else totals
        if counted and all(int(m[1]) < total for total in counted):
            spans.append(m.span(1))
    return spans
