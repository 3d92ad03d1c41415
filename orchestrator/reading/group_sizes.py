"""The size of each family answered after the families were counted: "quote for 4 families,
chicken and filet", the business asks how many are in each, "each family is 3 adults, no little
ones". The families of the earlier message and the grown-ups in each of the answer are one count
(12 adults): both messages are written "4 families of 3 adults each", which `shorthand` reads as
12 adults, so the earlier message's "4 families" is placed and the answer is the new count.

A relation joined in a sentence of its own ("Each family is 4 adults, no kids this year. Plus my
grandparents."), is written right after the count, as "3 families of 4 adults each plus my
grandparents" (14 adults), which `shorthand` reads.

Only grown-ups ("each family is 4 people" may hold kids: asked), only when the answer has no
other number, and only for the one count of families or households of the latest earlier
customer message that counts them with no size of its own ("3 families, 4 adults each" is read
there), the business having replied between."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.turns import Turn

# "each family is 4 adults", "every household has 3 grown-ups", "each family: 2 adults"
_EACH = re.compile(
    r"\b(?:each|every)\s+(famil(?:y|ies)|fam|households?)\s*(?:is|has|=|will be|would be|are|:)?\s*"
    r"(\d{1,2})\s+(?:adults|grown-?ups)\b(?!\s*(?:and|\+|plus|&)\s*\d)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# "3 families coming", "4 households": the earlier count of groups
_COUNTED = re.compile(r"\b(\d{1,2})\s+(famil(?:ies|ys)|fams|households)\b", re.IGNORECASE)
# a size already said with them: "3 families, 4 adults each", "2 families of 5"
_SIZED = re.compile(r"\b(?:each|per|apiece)\b|\bof\s+\d", re.IGNORECASE)
# a relation joined in a sentence of its own: "Plus my grandparents." ("and my parents too!")
_KIN = re.compile(
    r"(?:(?<=[.!?\n])|\A)\s*(?:plus|\+|and|also)\s+((?:my|our)\s+(?:grandparents|parents|in-?laws))"
    r"(?:\s+(?:too|also|as well))?\s*(?:[.!]+|\Z)",
    re.IGNORECASE,
)


def _same_group(answered: str, counted: str) -> bool:
    """Whether the answer's group word ("family") names the counted groups ("families")."""
    return answered.lower()[:3] == counted.lower()[:3]


def _earlier_count(turns: Sequence[Turn]) -> tuple[int, re.Match[str]] | None:
    """The index and the one count of groups of the latest earlier customer message that counts
    groups, with a business reply after it; None when it sizes them or counts several."""
    replied = False
    for at in range(len(turns) - 2, -1, -1):
        role, text = turns[at]
        if role != "customer":
            replied = True
            continue
        found = list(_COUNTED.finditer(text))
        if not found:
            continue
        if len(found) != 1 or not replied or _SIZED.search(text):
            return None
        return at, found[0]
    return None


def sizes_answered(turns: Sequence[Turn]) -> list[Turn]:
    """`turns` ((role, text), oldest first) with an answer giving each family's grown-ups, and
    the earlier count of those families, both written as "N families of M adults each"."""
    if len(turns) < 3 or turns[-1][0] != "customer":
        return list(turns)
    last = turns[-1][1]
    each = _EACH.search(last) if ("each" in last.lower() or "every" in last.lower()) else None
    if each is None or _DIGIT.search(last[: each.start(2)] + last[each.end(2) :]):
        return list(turns)
    found = _earlier_count(turns)
    if found is None or not _same_group(each.group(1), found[1].group(2)):
        return list(turns)
    at, counted = found
    sized = f"{counted.group(1)} {counted.group(2)} of {each.group(2)} adults each"
    earlier = turns[at][1]
    out = list(turns)
    out[at] = ("customer", earlier[: counted.start()] + sized + earlier[counted.end() :])
    kin = _KIN.search(last, each.end())
    tail = last[each.end() :]
    if kin is not None:
        sized += f" plus {kin.group(1)}"
        tail = last[each.end() : kin.start()] + " " + last[kin.end() :]
    out[-1] = ("customer", last[: each.start()] + sized + tail)
    return out
