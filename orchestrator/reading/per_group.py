"""A party's size said per group with no count of the groups beside it ("each family is 4 adults,
no kids", "every household has 3 adults"), as an answer to "how many in each family?": the number
is one group's, not the party's. Read alone it would price one family as the whole party (3
households of 3 adults are 9, never 3), so it is checked: how many groups? A message that also
counts the groups ("3 families, 4 adults each") is the guest reader's."""

from __future__ import annotations

import re

Check = tuple[str, str]

_GROUPS = r"(?:family|families|household|house|group|crew|team|table|couple|car|cabin|unit)"
_EACH = re.compile(
    rf"\b(?:each|every|per)\s+{_GROUPS}\s+(?:is|has|=|will be|would be|are|:)?\s*(?:about\s+|around\s+)?"
    r"(\d{1,3})\s+(?:adults?|people|ppl|grown-?ups|guests|persons|of us)\b"
)
_OTHER_COUNT = re.compile(r"(?<![\d.,$:])\b[1-9]\d{0,2}\b(?![\d.,:])")  # ("no kids" is "0 kids")


def per_group_checks(text: str) -> list[Check]:
    """A check for each group size said per group in normalized `text` when no other count of
    up to three digits is said in the message; [] otherwise."""
    checks: list[Check] = []
    for m in _EACH.finditer(text):
        rest = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
        if not _OTHER_COUNT.search(rest):
            checks.append(("guests", f"'{m.group(0)}': how many of them in all?"))
    return checks
