"""Kids' ages told after a colon, written in brackets as the kids' readers know them: "and 3
siblings: 9, 7 and 4" is "and 3 siblings (9, 7 and 4)"; so is "3 siblings (ages 2, 4 and 9)",
the word "ages" dropped. Only where the ages told are exactly as
many as the count and close the sentence: "3 siblings: 9 and 7" (one age missing) and a list
running on past the ages stay as they were, for the checks to ask about. Takes lower-case text
with number words written as digits."""

from __future__ import annotations

import re

from orchestrator.reading.labelled_ages import labelled_ages

# the kids' words a count of ages may follow (siblings and the like are told by their ages)
_KIDS = r"(?:kids|children|siblings|grandkids|grandchildren|cousins|nieces|nephews|little ones)"
_AGES = re.compile(
    rf"\b(\d{{1,2}}) ({_KIDS})\s*:\s*(\d{{1,2}}(?:\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+)\d{{1,2}})+)"
    r"(?=\s*(?:[.!?\n]|$))"
)

# "3 siblings (ages 2, 4 and 9)": the ages' word before the list in brackets (kin only: "kids
# (ages ...)" the kids' readers know as they are)
_KIN = r"(?:siblings|grandkids|grandchildren|cousins|nieces|nephews)"
_AGES_WORD = re.compile(
    rf"\b(\d{{1,2}}) ({_KIN})\s*\(\s*ages?\s+(\d{{1,2}}(?:\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+)"
    r"\d{1,2})+)\s*\)"
)


def _bracketed(m: re.Match[str]) -> str:
    """The count of `m` with its ages in brackets, or the words as they were when the ages are
    not as many as the count."""
    ages = re.findall(r"\d{1,2}", m.group(3))
    if len(ages) != int(m.group(1)):
        return m.group(0)
    return f"{m.group(1)} {m.group(2)} ({m.group(3)})"


def colon_ages(text: str) -> str:
    """`text` with a count of kids and their ages after a colon written with the ages in
    brackets, and "2 kids (my nephews, 7 and 10)" as "2 kids (7 and 10)" (`labelled_ages`)."""
    text = labelled_ages(text)
    if "ages" in text:
        text = _AGES_WORD.sub(_bracketed, text)
    return _AGES.sub(_bracketed, text) if ":" in text else text
