"""Households told in running sentences, each with its own count of adults (round q85i): "Our
household is 2 adults and 3 kids (14, 11, 8). My parents are coming, and my husband's brother's
family: 2 adults and 2 kids (6 and 4)." The writer's household opens the party; each other
household, named by whose it is, is one more part of it, and grown pairs said to come ("my
parents are coming") are two adults each: the adults are summed (2 + 2 + 2), as the household
lines under a heading are (`household_lines`). The sum is written over the writer's household
and its count ("6 adults", padded to the same length so every span holds), the other households'
labels and counts and the pairs' clauses blanked; the kids after each count stay for the kid
readers.

Only when the writer's household is counted once, at least one other household is named with
its adults, each household once, and every count of adults or people in the message is one of
theirs (a total, "12 adults" of no household, or a household named twice: left to the readers
and the checks, which ask). "We are 2 adults ... my parents are coming" names no household: the
parents may be among the 2 (asked, as a relation coming after a count is)."""

from __future__ import annotations

import re

# the writer's household and its adults: "our household is 2 adults", "my family: 3 adults"
_OWN = re.compile(
    r"\b(?:our|my)\s+(?:household|family|fam|home)\s*(?:is|=|:|-)\s*(?P<n>\d{1,2})\s+adults?\b"
)
# another household by whose it is and its adults: "my husband's brother's family: 2 adults",
# "my sister's family is 2 adults", "our neighbors' household - 4 adults"
_OTHER = re.compile(
    r"\b(?:my|our)\s+(?P<whose>(?:[a-z-]+(?:'s|s')\s+){0,2}[a-z-]+(?:'s|s'))\s+"
    r"(?:household|family|fam)\s*(?:is|=|:|-)\s*(?P<n>\d{1,2})\s+adults?\b"
)
# a grown pair said to come, of no number: "my parents are coming", "my in-laws are joining us too"
_PAIR = re.compile(
    r"\b(?:my|our)\s+(?:parents|in-?laws|grandparents|parents-in-law)\s+(?:are|will be)\s+"
    r"(?:coming|joining(?:\s+us)?)(?:\s+(?:too|as well|also))?\b"
)
# every count of grown-ups or people: each must be a household's
_ANY_COUNT = re.compile(
    r"\b\d{1,3}\s+(?:adults?|grown-?ups|people|ppl|guests|persons|of us|total)\b"
)
# words of a total or of a count of households beside them: left to the readers that know them
_TOTAL = re.compile(r"\b(?:total|in all|altogether|all together|headcount|families|households)\b")


def household_sentences(text: str) -> str:
    """Normalized `text` with households told in sentences, each with its adults, written as
    their adults' sum over the writer's household (same length); else unchanged."""
    if "adult" not in text or ("household" not in text and "family" not in text):
        return text  # speed
    own = list(_OWN.finditer(text))
    others = list(_OTHER.finditer(text))
    if len(own) != 1 or not others or _TOTAL.search(text):
        return text
    if len({m.group("whose") for m in others}) != len(others):
        return text  # a household named twice: a correction?
    counted = {m.start("n") for m in (*own, *others)}
    if any(m.start() not in counted for m in _ANY_COUNT.finditer(text)):
        return text  # a count of no household: in all, or more?
    pairs = list(_PAIR.finditer(text))
    total = sum(int(m.group("n")) for m in (*own, *others)) + 2 * len(pairs)
    first = own[0]
    said = f"{total} adults"
    width = first.end() - first.start()
    text = text[: first.start()] + said.rjust(width) + text[first.end() :]
    for m in (*others, *pairs):
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text
