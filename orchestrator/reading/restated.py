"""An addition said twice, as a count and then its reason: "add 3 adults, 3 more parents want to
come too" adds 3, not 6. The reason's count is written "3 of the parents", which the readers of
follow-ups take as who the added are (`asides.added_who`). A reason joined by "and" ("add 2
adults, and 2 more of my friends want to come") may be a second addition and is left asked."""

from __future__ import annotations

import re

# kids are no restated adults ("add 3 adults, 3 more kids"); words.py's lists import this module
_NOT_ADULTS = r"(?:kids?|children|child|kiddos?|little ones|littles|toddlers?|babies|baby|infants?)"
# "add 3 adults, 3 more parents want to come too", "add 4 adults - 4 more coworkers signed up"
_SAID_TWICE = re.compile(
    r"\badd(?:ing)?\s+(\d{1,3})\s+(?:more\s+)?(?:adults?|people|ppl|guests)"
    r"(?:\s+(?:pls|please|plz))?\s*[,:;-]\s*"
    rf"(\d{{1,3}})\s+more\s+(?!(?:{_NOT_ADULTS})\b)(?=[a-z-]+s\s+(?:want|wanna|are|r|can|signed)\b"
    # ("add 2 adults pls, 2 more dads": the reason said alone, its sentence's end; round q86l)
    r"|[a-z-]+s\s*(?:[.!?\n]|\Z))"
)


def addition_restated(text: str) -> str:
    """Normalized `text` with the reason's "N more" after "add N adults," written "N of the"."""
    if "add" not in text:
        return text  # speed: most messages add no one
    return _SAID_TWICE.sub(
        lambda m: (
            m.group(0)[: m.start(2) - m.start()] + f"{m.group(2)} of the "
            if m.group(1) == m.group(2)
            else m.group(0)
        ),
        text,
    )
