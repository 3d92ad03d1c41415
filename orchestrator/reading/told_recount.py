"""A role or a relation opening a message as the one who passes on a new count (round q85l,
q85a-16): "coach says we're 16 players now, not 14. same food", "the pastor says we'll be 30
adults now, not 24", "my mom said its 12 kids not 10". The one who says is the source of the
count, not a guest more: the count names the party anew. An addition passed on ("my boss says 3
more") or a count without "now", "not" or "instead" stays checked."""

from __future__ import annotations

import re

# The message (or its sentence) opening with the one who says, after a courtesy at most
_OPENS = re.compile(
    r"(?:^|[.!?\n])\s*(?:(?:ok|okay|oh|so|hey|hi|update|quick update|sorry|actually)\W+)*"
    r"(?:(?:the|our|my)\s+)?\Z"
)
_NUMBER = r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "says we're 16 players now, not 14", "said its 12 kids not 10", "says 13 players now instead of
# 11", "told me we'll be 30 adults now"
_RECOUNT = re.compile(
    r"\s+(?:just\s+)?(?:says|said|told\s+(?:me|us)|tells\s+(?:me|us)|confirmed)\s*,?\s*(?:that\s+)?"
    r"(?:(?:we'?re|we\s+are|we'?ll\s+be|we\s+will\s+be|it'?s|its|it\s+is|it'?ll\s+be|there'?s|"
    r"there\s+are|there\s+will\s+be)\s+)?"
    rf"{_NUMBER}\s+(?:[a-z]+\s+)?(?:now\b|not\s+{_NUMBER}\b|instead\s+of\s+{_NUMBER}\b)"
)


def says_recount(text: str, start: int, end: int) -> bool:
    """Whether the person at `start`-`end` of normalized `text` opens the message (or a sentence)
    as the one who passes on the party's new count: no guest of their own."""
    return bool(_OPENS.search(text[:start]) and _RECOUNT.match(text, end))
