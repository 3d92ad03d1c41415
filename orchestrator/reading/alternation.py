"""One regular-expression alternation of words, shared by the reading's modules."""

from __future__ import annotations

import re


def alternation(words: tuple[str, ...]) -> str:
    """`words` as `a|b|c` for a pattern, each escaped, the longest first so that a word is not
    matched by a shorter one it starts with ("kids" before "kid")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
