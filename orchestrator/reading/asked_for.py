"""The party's size in a price question about grown-ups by their work: "how much for 18
teachers?", "what would it cost for 12 nurses". The role says they are adults and the question is
for all of them, as "quote for 18" is; an item after the count ("how much for 2 extra lobster")
is no party, so only a grown role's word may follow."""

from __future__ import annotations

import re

Span = tuple[int, int]

# work roles only grown-ups hold (not "players", "students" or "scouts": those may be kids)
_GROWN_ROLES = (
    r"teachers|nurses|doctors|volunteers|staff|staffers|faculty|firefighters|officers|deputies|"
    r"engineers|lawyers|attorneys|agents|realtors|associates|therapists|dentists|"
    r"professors|librarians|paralegals|accountants|managers|directors|executives"
)
_HOW_MUCH_FOR = re.compile(
    r"\b(?:how much|what(?:'s| is|s)? the (?:price|cost)|what (?:would|will|does) it cost)"
    r"(?:\s+(?:is|would|will)\s+(?:it|that)(?:\s+(?:be|cost|run))?)?\s+for\s+(\d{1,4})\s+"
    rf"(?=(?:{_GROWN_ROLES})\b)"
)


def asked_for(text: str) -> list[re.Match[str]]:
    """The price questions of `text` naming the party by a grown role ("how much for 18
    teachers"), each a match whose one group is the party's size."""
    return list(_HOW_MUCH_FOR.finditer(text))
