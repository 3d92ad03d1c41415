"""Kids counted, then who they are and their ages in the bracket: "10 adults and 2 kids (my
nephews, 7 and 10)", "3 kids (our grandkids, ages 6, 9 and 11)". Who they are says nothing the
count does not: the bracket is read as "(7 and 10)", the ages the kids' reader then matches to the
count (a list of another length stays asked there). So after commas: "oh and 3 kids are coming
too, my nieces and nephew, they're 11, 8 and 4" is read without "my nieces and nephew" (round
q84i, set 180's fr083). Only right after a count of kids and only a relation word of kids; takes
lower-case text with number words written as digits."""

from __future__ import annotations

import re

# What the kids are to the writer (one word, or two joined: "nieces and nephew")
_KIN = (
    r"(?:nephews?|nieces?|grandkids|grandchildren|grandsons?|granddaughters?|sons?|daughters?|boys"
    r"|girls|kids|twins|cousins)"
)
# Whose kids and what they are to the writer: the label, no count
_LABEL = (
    r"(?:my|our|his|her|their|the)\s+(?:nephews|nieces|nephew and niece|niece and nephew|grandkids"
    r"|grandchildren|grandsons|granddaughters|sons|daughters|boys|girls|kids|twins|cousins)"
)
_LABELLED = re.compile(
    rf"\b(\d{{1,2}}\s+(?:kids|children|little ones)\s*)\(\s*{_LABEL}\s*[,:-]?\s*"
    r"(?:(?:ages?|aged)\s+)?(?=\d)"
)
# "3 kids are coming too, my nieces and nephew, they're 11, 8 and 4": the label between commas
# after the count (and its coming), the ages said next
_APART = re.compile(
    r"\b(\d{1,2}\s+(?:more\s+)?(?:kids|children|little ones)"
    r"(?:\s+(?:are|r)\s+(?:coming|joining)|\s+coming)?(?:\s+too)?\s*,\s*)"
    rf"(?:my|our|his|her|their)\s+{_KIN}(?:\s+(?:and|&|n)\s+(?:(?:my|our|his|her|their)\s+)?{_KIN})?"
    r"\s*,\s*(?=(?:they'?re|they are|ages?|aged)\s+\d)"
)


def labelled_ages(text: str) -> str:
    """`text` with "2 kids (my nephews, 7 and 10)" written "2 kids (7 and 10)", and "3 kids are
    coming too, my nieces and nephew, they're 11, 8 and 4" without the label."""
    text = _LABELLED.sub(r"\1(", text) if "(" in text else text
    return _APART.sub(r"\1", text) if "," in text else text
