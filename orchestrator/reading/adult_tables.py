"""Tables of grown-ups, and a table more later: "4 tables of 6, all adults, plus the grandkids: 10,
8, 5 and 3", then "can we do 1 more table of 6? same food". The first message seats its adults
at tables and counts the kids apart, so a table more is a table of adults (30 adults), where a
count of guests more is otherwise asked "adults or kids?" of an order with kids. Tables with a
kids' table among them ("2 tables of 8 for the adults and a kids table of 6") say nothing of
which a new one is: still asked. (Round q84m.)"""

from __future__ import annotations

import re
from typing import TypedDict

_NUMBER = r"(\d{1,2}|a|an|one|two|three|four|five|six)"
_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

# "4 tables of 6, all adults", "3 tables of 8 adults", "5 tables of 10 (all adults)"
_ADULT_TABLES = re.compile(
    r"\b\d{1,2}\s+tables\s+of\s+(\d{1,3})"
    r"(?:\s+adults\b|\s*[,(-]\s*(?:all|everyone|every\s*one)\s+(?:of\s+(?:them|us)\s+)?"
    r"(?:are\s+|r\s+)?adults\b)"
)
# a table for the kids anywhere in the message: the tables are not all of one kind
_KIDS_TABLE = re.compile(
    r"\b(?:kids|kid's|kids'|children's|childrens|little\s+ones)\s+tables?\b"
    r"|\btables?\s+(?:of|for)\s+(?:the\s+)?(?:\d{1,3}\s+)?(?:kids|children|little\s+ones)\b"
)
# "1 more table of 6", "another table of 8", "2 extra tables of 6": guests a follow-up seats
_MORE_TABLES = re.compile(
    rf"\b(?:{_NUMBER}\s+(?:more|extra|additional)|another)\s+tables?\s+of\s+(\d{{1,3}})\b"
    r"(?!\s*(?:kids|children|little|toddlers|babies))"
)


class TableFields(TypedDict):
    """The `Inquiry` fields of tables: adults' tables said, and guests of tables added."""

    adult_tables: bool
    tables_added: int


def table_fields(text: str) -> TableFields:
    """Whether `text` seats its adults at tables said all adults (and no kids' table), and how
    many guests the tables it adds seat ("1 more table of 6": 6; none: 0)."""
    low = text.lower()
    added = 0
    for m in _MORE_TABLES.finditer(low):
        count = 1 if m.group(1) is None else _WORDS.get(m.group(1)) or int(m.group(1))
        added += count * int(m.group(2))
    adults = bool(_ADULT_TABLES.search(low)) and not _KIDS_TABLE.search(low)
    return TableFields(adult_tables=adults, tables_added=added)


def adults_table(adult_tables: bool, tables_added: int, delta: int) -> bool:
    """A change of `delta` guests is a table (or tables) more of an order whose tables were all
    adults: adults, not asked."""
    return adult_tables and tables_added > 0 and delta == tables_added
