"""A form's field corrected in a follow-up by its label: "Kids (6-12) is 3 now, not 4", "adults
are 12 now", "Adults should be 24, not 20". The label first and its number after say what "3 kids
now, not 4" says, so the phrase is written that way (padded to the same length, so every span
holds) for the readers of a corrected count, which check the old number against the order. Only
with "now" or "not N" after the number: "kids is 3" alone may be an age, left as it is."""

from __future__ import annotations

import re

_FIELD = re.compile(
    r"\b(adults|kids|children)(\s*\(\s*\d{1,2}\s*-\s*\d{1,2}\s*\))?"
    r"\s+(?:is|are|=|:|should be|will be)\s+"
    r"(?:now\s+)?(\d{1,3})(?=\s+now\b|\s*,?\s*not\s+\d{1,3}\b)"
)


def field_recount(text: str) -> str:
    """Normalized `text` with "kids (6-12) is 3 now" written "3 kids (6-12) now" (same length)."""
    if " is " not in text and " are " not in text and "=" not in text and ":" not in text and (
        " be " not in text
    ):
        return text  # speed
    def said(m: re.Match[str]) -> str:
        return f"{m.group(3)} {m.group(1)}{m.group(2) or ''}".ljust(m.end() - m.start())
    return _FIELD.sub(said, text)
