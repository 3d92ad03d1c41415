"""Guests fewer told by "short" (round q84o): "we're 2 adults short now", "we're 2 people short,
same food", "we're 3 short" after our quote are that many fewer, written "2 fewer adults" as
the readers of fewer guests know it. Read as written, "2 adults" was the party's new count (2
adults at the $550 minimum, no flag). Only after "we're", "we are", "we'll be", "now" or a guest
word ("3 guests short"); "a couple short" (no number) and "2 short ribs" are left as they were."""

from __future__ import annotations

import re

_GUESTS = r"(?:adults?|people|ppl|guests?|persons|of us)"
_SHORT = re.compile(
    rf"\b(?:(?:we'?re|we\s+are|we'?ll\s+be|we\s+will\s+be|(?:it'?s|its|now))\s+)?"
    rf"(\d{{1,3}})\s+(?:({_GUESTS})\s+)?short\b(?!\s+ribs?\b)"
)


def _fewer(m: re.Match[str]) -> str:
    word = m.group(2) or "guests"
    return f"{m.group(1)} fewer {'guests' if word == 'of us' else word}"


def short_counts(text: str) -> str:
    """Normalized `text` with "we're 2 adults short" written "2 fewer adults"; "2 short" needs
    "we're" before it or a guest word with it."""
    if "short" not in text:
        return text  # speed
    return _SHORT.sub(lambda m: _fewer(m) if m.group(2) or m.group(0)[0].isalpha() else m.group(0), text)
