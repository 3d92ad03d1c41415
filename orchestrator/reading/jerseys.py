"""Players named by their jersey numbers in brackets after their count ("2 of the girls (#7 and
#14) cant make it", "3 players (#5, #9, #12) are out"): who they are, as many as the count, never
counts or ages of their own. The brackets are dropped from the text so the count and what follows
it ("cant make it") are read together; brackets whose numbers are not as many as the count stay."""

from __future__ import annotations

import re

# a count of a plural group ("2 of the girls", "3 players"), then the jersey numbers in brackets
_JERSEYS = re.compile(
    r"\b(\d{1,2})(\s+(?:of\s+(?:the|our|my|his|her|their)\s+)?[a-z]+s)\s*"
    r"\((#\d{1,3}(?:\s*(?:,|&|\band\b|\+)\s*(?:and\s+)?#\d{1,3})*)\)"
)


def jerseys_dropped(text: str) -> str:
    """Lower-case `text` without the jersey numbers bracketed after a count of as many players."""
    if "#" not in text:
        return text

    def drop(m: re.Match[str]) -> str:
        same = m.group(3).count("#") == int(m.group(1))
        return m.group(1) + m.group(2) if same else m.group(0)

    return _JERSEYS.sub(drop, text)
