"""Kids counted, then who they are and their ages in the bracket: "10 adults and 2 kids (my
nephews, 7 and 10)", "3 kids (our grandkids, ages 6, 9 and 11)". Who they are says nothing the
count does not: the bracket is read as "(7 and 10)", the ages the kids' reader then matches to the
count (a list of another length stays asked there). Only right after a count of kids and only a
relation word of kids; takes lower-case text with number words written as digits."""

from __future__ import annotations

import re

# Whose kids and what they are to the writer: the label, no count
_LABEL = (
    r"(?:my|our|his|her|their|the)\s+(?:nephews|nieces|nephew and niece|niece and nephew|grandkids"
    r"|grandchildren|grandsons|granddaughters|sons|daughters|boys|girls|kids|twins|cousins)"
)
_LABELLED = re.compile(
    rf"\b(\d{{1,2}}\s+(?:kids|children|little ones)\s*)\(\s*{_LABEL}\s*[,:-]?\s*"
    r"(?:(?:ages?|aged)\s+)?(?=\d)"
)


def labelled_ages(text: str) -> str:
    """`text` with "2 kids (my nephews, 7 and 10)" written "2 kids (7 and 10)"."""
    return _LABELLED.sub(r"\1(", text) if "(" in text else text
