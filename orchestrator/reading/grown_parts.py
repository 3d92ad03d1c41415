"""Counts of grown-ups by any name joined, then said all to be adults: "11 guys on the crew plus 2
supervisors, all adults" is 13 adults. The parts are written as their sum (same length), so the
total alone is read; a part by a word for kids ("8 kids and 2 coaches, all adults") is left to
the other readers, which ask."""

from __future__ import annotations

import re

from orchestrator.reading.words import KID_WORDS, TEEN_WORDS, TODDLER_WORDS

# "11 guys on the crew", "2 supervisors", "6 from the east yard": a count, a plural word, and
# where they belong
# (not groups of their own size: "3 couples and 2 singles", "6 families and 10 friends")
_PART = (
    r"\d{1,3}\s+(?!(?:couples|families|fams|households|houses|tables|teams|groups|pairs)\b)"
    r"(?:[a-z'-]+\s+)?[a-z'-]+s"
    r"(?:\s+(?:on|from|in|of|at)\s+(?:the|our|my)\s+[a-z'-]+(?:\s+[a-z'-]+s?)?)?"
)
_JOIN = r"\s*(?:,\s*(?:(?:and|plus)\s+)?|\+|&|\band\b|\bplus\b)\s*"
_SUMMED = re.compile(
    rf"(?<![\d,+&])(?<!\band )(?<!\bplus )\b({_PART}(?:{_JOIN}{_PART})+)\s*,?\s*(?:all|everyone)\s+"
    r"(?:are\s+|is\s+)?(?:adults|grown-?ups|grownups)\b"
)
_COUNT = re.compile(r"\b\d{1,3}\b")
_YOUNG = re.compile(rf"\b(?:{'|'.join(KID_WORDS + TEEN_WORDS + TODDLER_WORDS)})\b")


def grown_parts_summed(text: str) -> str:
    """`text` (normalized) with "N <word> plus M <word>, all adults" written as the sum ("13
    adults", padded to the same length so every span holds); else unchanged."""
    if "all " not in text and "everyone " not in text:
        return text  # speed: every such sum is said to be all adults
    for m in _SUMMED.finditer(text):
        if _YOUNG.search(m.group(1)):
            continue  # "8 kids and 2 coaches, all adults": which is it?
        said = f"{sum(int(n) for n in _COUNT.findall(m.group(1)))} adults"
        text = text[: m.start(1)] + said.ljust(m.end(1) - m.start(1)) + text[m.end(1) :]
    return text
