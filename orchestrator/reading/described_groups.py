"""Group words the coverage check meets that say who the adults counted are, adding no one: the
words after "all" beside an adults' count ("22 adults, all ladies", "22 adults all parents and
seniors"), and the group the party is for, named right before the sentence that counts its parts
and sums them as adults ("dinner for my shop guys. 7 techs plus me and my wife, so 9 adults
total")."""

from __future__ import annotations

import re

# "22 adults, all ladies", "9 adults (all guys lol)", "22 adults all parents and seniors": the
# words after "all", a short list of them, say who the adults are
_ALL_OF_COUNT = re.compile(
    r"\b\d{1,4}\s+(?:adults|grown-?ups)\s*(?:[,(-]\s*)?(?:and\s+)?all\s+"
    r"(?:[a-z]+\s*(?:,|\band\b|&)\s*){0,3}\Z"
)
# "for my shop guys", "for our office ladies": whom the party is for
_PARTY_FOR = re.compile(r"\bfor\s+(?:my|our)\s+(?:[a-z]+\s+)?\Z")
# ". 7 techs plus me and my wife, so 9 adults total": the next sentence counts them, in adults (its
# parts may be read already, so blanked)
_SUMMED_AFTER = re.compile(
    r"\s*[.:]\s*(?:\d{1,3}\s+[a-z][^.!?\n]*?\b(?:so|that'?s|thats)\s+)?\d{1,3}\s+(?:adults|grown-?ups)"
    r"\s+(?:total|in all|altogether)\b"
)


def describes_adults(text: str, start: int, end: int) -> bool:
    """Whether the group word at `start`..`end` of normalized `text` says who the adults counted
    beside it are ("22 adults all parents and seniors") or names the group a following sentence
    counts as adults ("for my shop guys. 7 techs plus me and my wife, so 9 adults total")."""
    if _ALL_OF_COUNT.search(text, max(0, start - 50), start):
        return True
    return bool(_PARTY_FOR.search(text, max(0, start - 24), start) and _SUMMED_AFTER.match(text, end))
