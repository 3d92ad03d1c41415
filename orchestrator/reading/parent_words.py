"""Dads and moms counted by number are parents (round q86l, set 188 fz097): "16 dads, ny strip
and shrimp" is 16 adults, as "16 parents" is, and "2 more dads signed up so add 2 adults" adds the
2 once, as "2 more parents want to come, add 2 adults" does. Only a number right before the word
(or "more", "other" between) is rewritten: "my moms house", "their dads that weekend", "their 4
moms" (whose moms: the list's readers') and "4 of the moms" stay as they were written."""

from __future__ import annotations

import re

_COUNTED = re.compile(
    r"(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bmy )(?<!\bour )(?<!\bthe )"
    r"\b(\d{1,3}\s+(?:(?:more|other|of us)\s+)?)(?:dads|moms|fathers|mothers)\b(?!')"
)


def counted_parents(text: str) -> str:
    """Normalized `text` with dads and moms counted by a number written as parents."""
    if "dads" not in text and "moms" not in text and "thers" not in text:
        return text  # speed: most messages count neither
    return _COUNTED.sub(lambda m: f"{m.group(1)}parents", text)
