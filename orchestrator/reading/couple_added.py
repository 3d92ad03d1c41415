"""The couple whose engagement or wedding it is, added after a count of grown-ups: "22 adults plus
my son and his fiancee, engagement party" is 24 adults (the guests, and the pair the party is
for on top). Only a relation with their partner, beside a couple's event, is taken: "14 adults
plus his sister" (in the 14, or on top?) is left to the checks, which ask."""

from __future__ import annotations

import re

# a couple's event named anywhere in the message
_COUPLE_EVENT = re.compile(
    r"\b(?:engage(?:d|ment)|getting married|wedding|rehearsal|bridal|vow renewal|renewing)"
)
_PAIR = (
    r"(?:my|our)\s+(?:son|daughter|brother|sister|nephew|niece|grandson|granddaughter|cousin)"
    r"\s*(?:and|&|\+|n)\s*(?:his|her|their)\s+(?:fianc(?:e|ee)|future (?:wife|husband)|"
    r"bride(?:-to-be)?|groom(?:-to-be)?|wife|husband|partner)"
)
_ADDED = re.compile(
    rf"\b(\d{{1,3}})\s+(adults|grown-?ups|grownups)\s*(?:\+|&|\bplus\b|\band\b)\s*(?:also\s+)?"
    rf"{_PAIR}\b(?!\s*(?:'s|are|is|will|were|included|incl)\b)"
)


def couple_added(text: str) -> str:
    """`text` (normalized) with "N adults plus my son and his fiancee" written as "N+2 adults"
    (padded to the same length so every span holds) when the message names a couple's event;
    else unchanged."""
    if " plus " not in text and "+" not in text and " and " not in text and "&" not in text:
        return text  # speed: the pair is added with "plus", "and", "+" or "&"
    found = list(_ADDED.finditer(text))
    if len(found) != 1 or not _COUPLE_EVENT.search(text):
        return text
    m = found[0]
    said = f"{int(m.group(1)) + 2} {m.group(2)}"
    return text[: m.start()] + said.ljust(m.end() - m.start()) + text[m.end() :]
