"""A count told in the writer's own word with its English gloss in brackets: "24 adults and 6
bache (kids) ages 6, 7, ...", "8 ninos (kids)". The bracket names the guests of the count, so it
is read as "6 kids": the word and the brackets are rewritten as the guest word (same length, so
every span still holds). A relation told the same way ("my bhua (aunt) and her husband", "our
nani (grandma)") is read as the English relation in the bracket: "my aunt"."""

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

# a relation in the writer's word after "my" / "our" / "his" / "her", the English one alone in
# brackets after it
_RELATION = re.compile(
    r"\b(?:my|our|his|her)\s+([a-z]{3,12})\s*\(\s*((?:grand)?(?:mom|dad|ma|pa|mother|father|parents)|"
    r"aunt|auntie|uncle|cousin|sister|brother|niece|nephew|son|daughter|wife|husband|in-laws|"
    r"(?:mother|father|sister|brother)-in-law)\s*\)"
)


def _relation(m: re.Match[str]) -> str:
    """ "my bhua (aunt)" as "my aunt" and spaces to the bracket's end (same length)."""
    if m.group(1) == m.group(2):
        return m.group(0)
    lead = m.group(0)[: m.start(1) - m.start(0)]
    return (lead + m.group(2)).ljust(m.end() - m.start())


def glossed_counts(text: str) -> str:
    """Normalized `text` with each glossed count written as its guest word."""
    if "(" not in text:  # cheap gate
        return text

    def plain(m: re.Match[str]) -> str:
        if _NOT_GLOSSED.match(m.group(2)):
            return m.group(0)  # "2 more (kids)", "3 teens (kids)": the word says more than the gloss
        return m.group(1) + " " + m.group(3).ljust(m.end() - m.end(1) - 1)

    return _RELATION.sub(_relation, _GLOSSED.sub(plain, text))
