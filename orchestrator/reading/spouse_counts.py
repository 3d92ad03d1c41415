"""Grown-ups counted with their spouses in a list of who comes: "4 of us firefighters + our 4
spouses, our captain and his wife, kids: 12, 9, 7 and 3" (a bulleted list made one sentence by
`layout`) is 10 adults and the kids by their ages. People with a spouse each are grown, the
spouses too: "N of us <what we are> + our N spouses" is 2N adults, a person by a grown role with
their partner ("our captain and his wife", "the manager and her husband") 2. The run of such
items is written as its sum (same length, so every span holds); a number of spouses unlike the
number of us ("4 of us + our 3 wives"), a role that may be a kid's ("our son and his gf") or an
item of no number between ("some friends") leaves the words to the other readers, which ask."""

from __future__ import annotations

import re

from orchestrator.reading.partners import PARTNER

_SPOUSES = r"(?:spouses|wives|husbands|partners|significant others|better halves)"
# "4 of us firefighters + our 4 spouses": the same number twice, one of us to a spouse
_US_AND_SPOUSES = (
    r"(?P<us>\d{1,2})\s+of\s+us(?:\s+[a-z'-]+s)?\s*(?:\+|&|\band\b|\bplus\b|,)\s*"
    rf"(?:and\s+|plus\s+)?our\s+(?P<spouses>\d{{1,2}})\s+{_SPOUSES}\b"
)
# Roles only a grown-up holds at work or church, with their partner
_ROLE = (
    r"(?:captain|lieutenant|sergeant|chief|battalion chief|manager|boss|supervisor|director|"
    r"pastor|principal|superintendent|foreman|owner|ceo|president|sarge|lt|commander|doctor|"
    r"charge nurse|head nurse)"
)
_ROLE_PAIR = (
    rf"(?:our|the|my)\s+{_ROLE}\s*(?:\+|&|\band\b|\bplus\b|\bn\b)\s*(?:his|her)\s+{PARTNER}\b(?!')"
)
# Anyone with a husband or a wife is grown: "plus my neighbor and his wife", "my brother and his
# wife" (one or two words for who; "her bf" may be a teen's, left to the other readers) (q86a)
_WED = r"(?:wife|husband|hubby|spouse)"
_MARRIED_PAIR = (
    r"(?:our|the|my)\s+(?:(?!(?:and|plus|n|his|her|their|kids?|sons?|daughters?)\b)[a-z'-]+\s+)?"
    rf"(?!(?:and|plus|n|his|her|their)\b)[a-z'-]*[a-rt-z'-]\s*(?:\+|&|\band\b|\bplus\b|\bn\b)\s*"
    rf"(?:his|her)\s+{_WED}\b(?!')"
)
_ITEM = rf"(?:{_US_AND_SPOUSES}|{_ROLE_PAIR}|{_MARRIED_PAIR})"
_JOIN = r"\s*(?:,\s*(?:and\s+|plus\s+)?|\+|&|\band\b|\bplus\b)\s*"
_PLAIN = re.sub(r"\?P<\w+>", "", _ITEM)  # the item with no group names, repeated in a run
_RUN = re.compile(rf"\b{_PLAIN}(?:{_JOIN}{_PLAIN})*(?=\s*(?:[,.;:!\n]|\band\b|$))")
_ONE_ITEM = re.compile(_ITEM)


def spouse_counts(text: str) -> str:
    """`text` (normalized) with each run of grown-ups counted with their spouses written as its
    sum of adults ("10 adults", padded to the same length); else unchanged."""
    if " of us" not in text:
        return text  # speed, and the run must hold us with our spouses
    for run in list(_RUN.finditer(text)):
        total, whole = 0, True
        for item in _ONE_ITEM.finditer(run.group(0)):
            if item.group("us"):
                if item.group("us") != item.group("spouses"):
                    whole = False
                total += int(item.group("us")) * 2
            else:
                total += 2
        if not whole or "of us" not in run.group(0):
            continue
        said = f"{total} adults"
        if len(said) > len(run.group(0)):
            continue
        text = text[: run.start()] + said.ljust(len(run.group(0))) + text[run.end() :]
    return text
