"""A count of grown-ups by another word, then a sentence that is only a count of adults: "team
dinner 95661. 8 coworkers. 10 adults. chicken and shrimp". The adults may be the whole party (the
8 and 2 more) or more people (18); the guest reader adds them, so a careful person asks. Round
q85k closed the same counts in one sentence ("8 coworkers, so 10 adults", grown_so_total.py);
across sentences it was priced 18 with no flag (found after the forty-fifth session's rounds).
Sums of two groups' own words ("10 ladies. 8 guys.") are no such pair and stay summed."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated
from orchestrator.reading.alternation import alternation
from orchestrator.reading.words import ADULT_WORDS

_GENERIC = ("adults", "adult", "grownups", "grown ups", "grown-ups")
_GROUP = alternation(tuple(w for w in ADULT_WORDS if w not in _GENERIC))
# "8 coworkers." closing its sentence, then "10 adults." as a sentence of its own
_PAIR = gated(re.compile(
    rf"\b(?P<m>\d{{1,3}})\s+(?P<word>{_GROUP})\s*[.!\n]+\s*(?P<n>\d{{1,3}})\s+(?:adults|grown-?ups)"
    r"\s*(?:[.!\n]|$)"
))  # fmt: skip


def group_then_adults(text: str) -> list[tuple[str, str]]:
    """A check for each count of grown-ups by another word followed by a sentence that is only
    a count of adults, in normalized `text`."""
    return [
        ("guests", f"{m.group('m')} {m.group('word')}, then {m.group('n')} adults: "
                   f"{m.group('n')} in all, or more?")
        for m in _PAIR.finditer(text)
    ]
