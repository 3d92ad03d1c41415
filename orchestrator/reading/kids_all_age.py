"""Kids counted with one age for all of them after a comma or in a bracket (round q85l): "oh
and 10 kids are coming too, all 8", "6 kids, all 10", "10 kids coming too (all 8)", "4 kids are
coming as well, they're all 11". The reading rules treat "5 girls (all 8)" as known ages; the age
is written "all age 8", the words the kids' reader knows, with the words between kept ("are
coming too": an addition). Only an age of the kids' band (6-12) is written; "all 8-10", "all 8
and 10", "all 8 or 9" stay."""

from __future__ import annotations

import re

_KIDS_THEN_ALL = re.compile(
    r"\b(\d{1,2}\s+(?:more\s+)?(?:kids|children)"
    r"(?:\s+(?:(?:are|r|will\s+be)\s+)?(?:coming|joining|attending)(?:\s+(?:too|as\s+well|also))?)?"
    r"\s*[,(]\s*(?:(?:they'?re|theyre|they\s+are)\s+)?all\s+)"
    r"(\d{1,2})\b(?!\s*(?:-|to\b|and\b|&|or\b|\+|%|\d|/))"
)


def kids_all_age(text: str) -> str:
    """`text` (lower case, digits) with "N kids ..., all 8" written "N kids ..., all age 8"."""
    if "all " not in text:
        return text
    return _KIDS_THEN_ALL.sub(
        lambda m: f"{m.group(1)}age {m.group(2)}" if 6 <= int(m.group(2)) <= 12 else m.group(0), text
    )
