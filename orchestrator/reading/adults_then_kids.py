"""A count of guests said to be all adults with kids added after it ("5 tables with 6 at each, all
adults, plus the grandkids: 11, 9, 6, 4 and 2", written "30 guests, all adults, plus ..."; "20
people, all adults, + 3 kids"): the count is of adults and the kids are on top of it, not among
them. The count's word is rewritten "adults" so the guest reader does not take the kids out of
it as out of a total."""

from __future__ import annotations

import re

# kids joined after a count: "plus the grandkids", "+ 2 kids", "and our kids", "and the little
# cousins"
KIDS_JOINED = (
    r"\s*,?\s*(?:plus|\+|and|&)\s+(?:also\s+)?(?:\d{1,2}\s+)?(?:(?:the|our|my|their|his|her)\s+)?"
    r"(?:\d{1,2}\s+)?(?:little\s+|lil\s+|small\s+)?(?:grand)?(?:kids|children|kiddos|toddlers|"
    r"babies|cousins|nieces|nephews)\b"
)
# "30 guests, all adults, plus the grandkids", "20 ppl (all adults) + 2 kids (5, 9)": the kids
# named right after the band, by a joining word
_ADULTS_THEN_KIDS = re.compile(
    r"\b(\d{1,3})\s+(?:guests|people|ppl)(?=\s*(?:,|-|\()?\s*(?:they'?re\s+|they are\s+)?"
    rf"(?:all\s+(?:adults|grown[- ]?ups)|adults\s+only)\s*\)?{KIDS_JOINED})"
)


def adults_then_kids(text: str) -> str:
    """`text` (normalized) with a count of guests said to be all adults, kids added right after,
    written as that many adults."""
    if "all" not in text and "only" not in text:
        return text
    return _ADULTS_THEN_KIDS.sub(r"\1 adults", text)
