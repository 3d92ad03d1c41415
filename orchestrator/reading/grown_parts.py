"""Counts of grown-ups by any name joined, then said all to be adults: "11 guys on the crew plus 2
supervisors, all adults" is 13 adults, "14 people in claims and 9 in underwriting and 3 in the
front office all adults" is 26 ("2 tables, 11 at each" holds no parts); the writer heading the
sum is one of them ("me + my 5 roommates + 6 friends, all adults": 12). The parts are written as
their sum (same length), so the total alone is read; a part by a word for kids ("8 kids and 2
coaches, all adults") is left to the other readers, which ask."""

from __future__ import annotations

import re

from orchestrator.reading.parts_named_again import parts_named_again
from orchestrator.reading.words import KID_WORDS, TEEN_WORDS, TODDLER_WORDS

# "11 guys on the crew", "2 supervisors", "6 from the east yard": a count, a plural word, and
# where they belong
# (not groups of their own size: "3 couples and 2 singles", "6 families and 10 friends")
_PART = (
    r"(?:\d{1,3}\s+(?!(?:couples|families|fams|households|houses|tables|teams|groups|pairs)\b)"
    r"(?:[a-z'-]+\s+)?[a-z'-]+s"
    r"(?:\s+(?:on|from|in|of|at)\s+(?:the|our|my)\s+[a-z'-]+(?:\s+[a-z'-]+s?)?)?"
    # "14 people in claims", "9 in underwriting", "3 in the front office", "10 from sales"
    r"|\d{1,3}\s+(?:(?:people|ppl|folks|staff|employees|coworkers)\s+)?(?:(?:on|from|in)\s+"
    r"(?:the\s+|our\s+)?|at\s+(?:the|our)\s+)(?!the\b|our\b)[a-z'-]+"
    r"(?:\s+(?!and\b|plus\b|all\b)[a-z'-]+)?)"
)
_JOIN = r"\s*(?:,\s*(?:(?:and|plus)\s+)?|\+|&|\band\b|\bplus\b)\s*"
_SUMMED = re.compile(
    rf"(?<![\d,+&])(?<!\band )(?<!\bplus )\b({_PART}(?:{_JOIN}{_PART})+)\s*,?\s*(?:all|everyone)\s+"
    r"(?:are\s+|is\s+)?(?:adults|grown-?ups|grownups)\b"
)
_COUNT = re.compile(r"\b\d{1,3}\b")
# the writer right before the parts: "me + my 5 roommates + ...", "myself and my 4 teammates and
# ...", "me & my 2 sisters + ..." (the parts are theirs, so the writer is not among them)
_WRITER = re.compile(r"\b(?:me|myself)\s*(?:\+|&|,|\band\b|\bplus\b)\s*(?:my\s+)?\Z")
_EACH = re.compile(r"\b(?:each|every|per|apiece|a piece|tables?)\b")
_YOUNG = re.compile(rf"\b(?:{'|'.join(KID_WORDS + TEEN_WORDS + TODDLER_WORDS)})\b")


def grown_parts_summed(text: str) -> str:
    """`text` (normalized) with "N <word> plus M <word>, all adults" written as the sum ("13
    adults", padded to the same length so every span holds); else unchanged."""
    if "all " not in text and "everyone " not in text:
        return text  # speed: every such sum is said to be all adults
    for m in _SUMMED.finditer(text):
        if _YOUNG.search(m.group(1)):
            continue  # "8 kids and 2 coaches, all adults": which is it?
        if _EACH.search(m.group(1)):
            continue  # "2 long tables, 11 at each": a count by table, no parts to add
        writer = _WRITER.search(text, max(0, m.start(1) - 20), m.start(1))
        start = writer.start() if writer else m.start(1)
        said = f"{sum(int(n) for n in _COUNT.findall(m.group(1))) + (1 if writer else 0)} adults"
        text = text[:start] + said.ljust(m.end(1) - start) + text[m.end(1) :]
        # "... 6 from finance, all adults. upgrade the 6 finance folks to filet": 6 of them
        text = parts_named_again(text, m.end(), _named(m.group(1)))
    return text


def _named(parts: str) -> dict[str, int]:
    """Each part of the summed `parts` by the last word of its group ("6 from finance": finance)."""
    named: dict[str, int] = {}
    for p in re.finditer(_PART, parts):
        name = p.group(0).split()[-1]
        named[name] = -1 if name in named else int(p.group(0).split()[0])
    return {n: c for n, c in named.items() if c >= 0}
