"""Whom the occasion of a counted party is for, said after the one count of adults: "8 adults
salmon 2 each, anniversary for me and the hubby + our friends", "12 adults, birthday dinner for my
wife and our friends". The list names the writer or a partner and ends with a group no number
counts ("our friends", "the family"): it describes the adults already counted, not guests on top
(a group added would be counted), so it is hidden from the guest reader, which reads the count.
Only with one count of people in the whole message, of adults, and no word of kids, teens or
toddlers; a list with a number ("for me, my wife and 6 friends") or a relation of unknown age
("our kids") stays, and the net asks. Takes the normalized, lower-case text."""

from __future__ import annotations

import re

from orchestrator.reading.words import KID_WORDS, TEEN_WORDS, TODDLER_WORDS

Span = tuple[int, int]

# the one count, of adults: "8 adults"
_ADULTS = re.compile(r"\b\d{1,3}\s+(?:adults?|grown[- ]?ups)\b")
_ANY_COUNT = re.compile(
    r"\b\d{1,3}\s+(?:[a-z]+\s+)?(?:adults?|people|guests?|ppl|pax|of us|persons|friends|"
    r"couples?|ladies|guys|kids?|children|teens?)\b"
)
_OCCASION = (
    r"(?:anniversary|anniv|birthday|bday|b-day|birthday dinner|bday dinner|dinner|party|"
    r"celebration|get together|get-together|reunion)"
)
_PERSON = (
    r"(?:me|myself|(?:my|the|our)\s+(?:wife|husband|hubby|partner|bf|gf|boyfriend|girlfriend|"
    r"fiance|fiancee|spouse|wifey))"
)
_GROUP = r"(?:(?:our|my|the)\s+(?:friends|family|fam|crew|neighbors|neighbours|besties|buddies))"
_JOIN = r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|\+\s*|n\s+)"
# "anniversary for me and the hubby + our friends": the people, then the uncounted group
_FOR_LIST = re.compile(
    rf"\b{_OCCASION}\s+for\s+({_PERSON}(?:{_JOIN}{_PERSON})*{_JOIN}{_GROUP})(?=\s*(?:[.,!;]|$))"
)
_YOUNG = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in KID_WORDS + TEEN_WORDS + TODDLER_WORDS) + r")\b"
)


def occasion_for(text: str) -> list[Span]:
    """The spans of normalized `text` naming whom the occasion is for, when they describe the
    one count of adults (blanked before the guest reading)."""
    if " for " not in text or _YOUNG.search(text):
        return []
    counts = _ANY_COUNT.findall(text)
    if len(counts) != 1 or not _ADULTS.search(text):
        return []
    first = _ADULTS.search(text)
    return [m.span(1) for m in _FOR_LIST.finditer(text) if first and first.end() <= m.start()]
