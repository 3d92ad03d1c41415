"""A no to the rest of the add-ons offered, after a yes to one ("DEFINITELY the sake service, no to
the others"): it declines what was offered and takes nothing out of the order. "no to the others"
with no add-on named before it may be about guests ("filet for 4, no to the others"), and stays
asked."""

from __future__ import annotations

import re

_REST = re.compile(
    r"\s+(?:thanks\s+|thx\s+)?(?:to|on|for)\s+(?:the\s+|all\s+the\s+)?"
    r"(?:others|other\s+(?:ones|add-?ons|extras|two|2)|rest)\b(?!\s+of\b)"
)
# an add-on named before the refusal (the yes it follows)
_ADD_ON_BEFORE = re.compile(r"\b(?:sake|show|performance|planning|add-?ons?|extras?)\b")


def rest_declined(text: str, start: int, end: int) -> bool:
    """The "no" at `start`-`end` of normalized `text` declines the other add-ons offered, after an
    add-on named in the 80 characters before it."""
    return bool(
        text[start:end] == "no"
        and _REST.match(text, end)
        and _ADD_ON_BEFORE.search(text, max(0, start - 80), start)
    )
