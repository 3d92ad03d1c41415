"""A household's kids by their number and ages alone (round q83f): "my brother + his wife + their
3 (6, 9, 13)", "my cousin + her husband + their 2 (13 and 15)" is their 3 (or 2) kids of those
ages, written " 3 kids (6, 9, 13)" ("his 2 (8, 10)": "2 kids(8, 10)"; the possessive gives way
to the word, same length, so every span holds) for the list and kid readers. Only after a
possessive pronoun, and only when the bracket holds as many ages as the number says, all under 18
(grown children are no kids: "their 2 (19 and 22)" is left to the checks); other ages or another
count are left to the checks too."""

from __future__ import annotations

import re

_BROOD = re.compile(
    r"\b(?:their|our|my|his|her)\s+(?P<count>[1-9])\s*\(\s*(?P<ages>\d{1,2}"
    r"(?:\s*(?:,|&|\band\b)\s*(?:and\s+)?\d{1,2})*)\s*\)"
)
_AGE = re.compile(r"\d{1,2}")
_GROWN = 18


def aged_brood(text: str) -> str:
    """`text` (normalized) with "their 3 (6, 9, 13)" written " 3 kids (6, 9, 13)" (same length)
    when the bracket's ages are as many as the count and all a child's; else unchanged."""
    if "(" not in text:
        return text  # speed
    for m in _BROOD.finditer(text):
        ages = [int(a) for a in _AGE.findall(m.group("ages"))]
        if len(ages) != int(m.group("count")) or max(ages) >= _GROWN:
            continue
        head = m.start("ages") - m.start()
        said = f"{m.group('count')} kids ("
        said = said if len(said) <= head else said.replace(" (", "(")  # "his 2 (": "2 kids("
        if len(said) > head:
            continue  # "my 3 (" has no room for the word: left to the checks
        text = text[: m.start()] + said.rjust(head) + text[m.start("ages") :]
    return text
