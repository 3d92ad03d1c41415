"""Ages in months inside the bracket of ages after a count of little ones ("2 babies (4 mo and 11
mo)", "4 kids (10, 8, 14 mo and 3)", "2 infants (3 months and 14 months old)"): each written as
the years it makes (4 months: 0, 14 months: 1; the same length kept), so the list readers read
the bracket as the kids' ages it is, the babies under 6. Only a bracket of ages alone is
rewritten; babies or infants with a bare age beside the months ("2 babies (4 mo and 11)": 11
months or 11 years?) stay asked."""

from __future__ import annotations

import re

# The count of little ones and its bracket ("2 babies (", "4 kids (")
_BRACKET = re.compile(
    r"\b\d{1,2}\s+(babies|baby|infants|toddlers|kids|children|grandkids|little ones)\s*\(([^()]{1,60})\)"
)
_MONTHS = r"\d{1,2}\s*(?:months?|mos?)\b(?:\s*-?\s*old)?"
_ITEM = rf"(?:{_MONTHS}|\d{{1,2}})"
# A bracket of ages alone: "4 mo and 11 mo", "10, 8, 14 mo and 3"
_AGES_ALONE = re.compile(rf"\s*{_ITEM}(?:\s*(?:,|and|&|\bn\b)\s*(?:and\s+)?{_ITEM})*\s*")
_MONTH = re.compile(r"(\d{1,2})\s*(?:months?|mos?)\b(?:\s*-?\s*old)?")
_BARE = re.compile(r"\b\d{1,2}\b(?!\s*(?:months?|mos?)\b)")


def _padded_years(m: re.Match[str]) -> str:
    """An age in months as its years, blanks before it to the months' length (the spans the
    checks map back to the message stay where they were)."""
    years = str(int(m.group(1)) // 12)
    return " " * (len(m.group(0)) - len(years)) + years


def _years(m: re.Match[str]) -> str:
    """The bracket of `m` with each age in months written as its years."""
    word, inside = m.group(1), m.group(2)
    if not _AGES_ALONE.fullmatch(inside) or not _MONTH.search(inside):
        return m.group(0)
    if word in ("babies", "baby", "infants") and _BARE.search(inside):
        return m.group(0)  # "2 babies (4 mo and 11)": the bare age's unit is not told
    written = _MONTH.sub(_padded_years, inside)
    return m.group(0)[: m.start(2) - m.start()] + written + ")"


def bracket_months(text: str) -> str:
    """`text` (lower case, digits) with ages in months in a count's bracket of ages as years."""
    if "mo" not in text:
        return text
    return _BRACKET.sub(_years, text)
