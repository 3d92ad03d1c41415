"""A count told in the writer's own word with its English gloss in brackets: "24 adults and 6
bache (kids) ages 6, 7, ...", "8 ninos (kids)". The bracket names the guests of the count, so it
is read as "6 kids": the word and the brackets are rewritten as the guest word (same length, so
every span still holds)."""

from __future__ import annotations

import re

# the count, one word, the gloss alone in brackets
_GLOSSED = re.compile(
    r"\b(\d{1,3})\s+([a-z]{3,12})\s*\(\s*(kids|children|adults|toddlers|babies|teens|people)\s*\)"
)

# English words that say more than the gloss: how many more, their age, or a total
_NOT_GLOSSED = re.compile(
    r"(?:more|other|extra|additional|new|older|younger|little|small|big|grown|total|teens?|"
    r"teenagers?|adults?|kids?|children|people|guests|of|are|were)\Z"
)


def glossed_counts(text: str) -> str:
    """Normalized `text` with each glossed count written as its guest word."""
    if "(" not in text:  # cheap gate
        return text

    def plain(m: re.Match[str]) -> str:
        if _NOT_GLOSSED.match(m.group(2)):
            return m.group(0)  # "2 more (kids)", "3 teens (kids)": the word says more than the gloss
        return m.group(1) + " " + m.group(3).ljust(m.end() - m.end(1) - 1)

    return _GLOSSED.sub(plain, text)
