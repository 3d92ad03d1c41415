"""A kids' party named by its young guests: "girls sleepover party: our daughter + 5 friends (all
11) and 2 moms", "boys slumber party", "our twin boys' 8th birthday. we'll have the twins plus 8
friends (all 8)". The name's "girls" or "boys" counts nobody when the kids are counted by their
ages elsewhere in the message; with no kids counted so ("girls sleepover, 6 adults") the word stays
a group not counted, asked."""

from __future__ import annotations

import re

_NAME = re.compile(
    r"(?<!\d )\b(?:girls|boys)'?\s+(?:(?:bday|birthday|b-day)\s+)?"
    r"(?:sleepover|slumber\s+party|pajama\s+party|pj\s+party)(?:\s+party)?\b"
    # the twins whose party it is, counted again as "the twins" ("the twins + 5 of their friends")
    r"|\btwin\s+(?:girls|boys)'?(?=\s+(?:\d{1,2}(?:st|nd|rd|th)\s+)?(?:bday|birthday|b-day|party)\b)"
)
# young guests counted with their ages: "5 friends (all 11)", "8 kids (7, 9, ...)", "6 girls ages 9-10"
_COUNTED_YOUNG = re.compile(
    r"\b\d{1,2}\s+(?:[a-z]+\s+){0,3}(?:kids|children|friends|girls|boys)\s*"
    r"(?:\(\s*(?:all\s+)?(?:ages?\s+)?\d|,?\s*(?:all\s+|ages?\s+)\d)"
)


def kids_party_names(text: str) -> list[tuple[int, int]]:
    """The spans of a kids' party's name in normalized `text` when its kids are counted by age
    (the twins' name only when "the twins" are named again among them)."""
    if not _COUNTED_YOUNG.search(text):
        return []
    return [m.span() for m in _NAME.finditer(text)
            if not m.group(0).startswith("twin") or re.search(r"\bthe twins\b", text)]  # fmt: skip
