"""Groups a message names that its rewritten text may lose, read from the message as written:
tables of grown-ups and tables added (`adult_tables`), and a group counted by its own word with
one age for all ("my sons 9th bday! 8 adults + my son + 5 of his friends (all 9)", which the
honoree's reader rewrites as "6 kids (all age 9)"), so that a later "one of his friends cant make
it now so 4 friends" still finds the group of 5 it comes from. (Round q84m.)"""

from __future__ import annotations

import re
from typing import TypedDict

from orchestrator.catalog import Catalog
from orchestrator.reading.adult_tables import table_fields
from orchestrator.reading.age_bands import band

# "5 of his friends (all 9)", "4 of their friends from school (all 7)": a group, one age for all
_AGED_GROUP = re.compile(
    r"\b(\d{1,2})\s+of\s+(?:his|her|their|my|our|the)\s+([a-z]+)(?:\s+[a-z]+){0,3}?\s*"
    r"\(\s*all\s+(\d{1,2})\s*\)"
)


class SaidFields(TypedDict):
    """The `Inquiry` fields read from the message as written."""

    adult_tables: bool
    tables_added: int
    said_groups: tuple[tuple[str, int, str], ...]


def said_fields(text: str, catalog: Catalog) -> SaidFields:
    """The tables and the aged groups of `text` as written (see the module's docstring)."""
    low = text.lower()
    groups = tuple(
        (m[2], int(m[1]), band(int(m[3]), catalog)) for m in _AGED_GROUP.finditer(low)
    )  # fmt: skip
    return SaidFields(**table_fields(low), said_groups=groups)
