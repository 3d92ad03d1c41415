"""A swap said of "they" in a message that names people joining: "ok we're 10 now, my brother and
his wife are coming. can they do shrimp instead of filet?", "2 more coming, my cousin and his
wife. can they get filet instead of shrimp?". The pronoun most likely means the newcomers alone
(a swap for those 2 only), but it may be everyone; a careful person asks rather than swapping
every portion (round q85g, blind 184 fv095, which swapped the whole party's filet with no flag).

A swap said of "we", "us" or "everyone" is the party's and is left to the swap readers; so is a
pronoun with nobody said to join."""

from __future__ import annotations

import re

Check = tuple[str, str]

# people said to join: "are coming", "can make it", "is joining", "2 more coming" ("one more
# thing - 3 of our guests ..." joins no one)
_JOINING = re.compile(
    r"\b(?:coming|come|joining|join us|make it|"
    r"(?:\d{1,2}|two|three|four|a few|a couple)\s+more\b(?!\s+(?:thing|question|q)))\b"
)
# the newcomers' swap: "can they do/have/get shrimp instead of filet", "shrimp instead of filet
# for them", "can they swap the filet for shrimp"
_THEY_SWAP = re.compile(
    r"\b(?:can|could|would|will|do|does)\s+(?:they|them|those\s+\d|the\s+\d\s+of\s+them)\s+"
    r"(?:(?:please|pls|plz|maybe)\s+)?(?:do|have|get|swap|switch|sub|substitute|change|go with|"
    r"want)\b[^.?!\n]{0,40}?\b(?:instead of|for|rather than|in place of|to)\b"
    r"|\binstead of\s+(?:the\s+)?[a-z ]{2,20}?\s+for\s+(?:them|those\s+\d|the\s+\d\s+of\s+them|"
    r"the\s+(?:new\s+)?(?:ones|two|2))\b"
)
WHY = "a swap said of the people joining: for them only, or for everyone?"


def joiners_swap(text: str, *, swapped: bool) -> list[Check]:
    """The check of normalized `text` when it names people joining and then a swap (`swapped`: a
    swap was read) said of "they"."""
    if not swapped:
        return []
    for m in _THEY_SWAP.finditer(text):
        if _JOINING.search(text, 0, m.start()):
            return [("joiners_swap", WHY)]
    return []
