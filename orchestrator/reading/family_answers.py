"""A youth group counted "plus parents and siblings" ("16 cubs (all 7-9) plus parents and
siblings"), the business asking how many parents and siblings come and how old the siblings are,
then the answer of the parents' count and the siblings' ages: "10 parents. siblings are 2, 5 and
9", "10 parents and 3 siblings (2, 5, 9)", "8 parents, 2 siblings, theyre 3 and 7". The answer
counts only those the question asked for, yet read alone it is a new count of the whole party (the
cubs lost: "10 parents and 3 siblings (2, 5, 9)" was 10 adults, 1 kid and 2 free with no flag), so
it is written as the whole party, the group with its ages as the earlier message said it ("16
cubs (all 7-9), 10 parents and 3 siblings (2, 5, 9)"), which the readers know (round q86o, set
188). The siblings are as many as their ages; a count of them said beside a different number of
ages is left as it was (asked)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.turns import Turn

_YOUNG = r"cubs|scouts|cub scouts|kids|teens|players|dancers|girls|boys|students|singers|campers"
# the group, then its parents and siblings of no number: "16 cubs (all 7-9) plus parents and
# siblings", "18 cubs plus their parents and siblings"
_EARLIER = re.compile(
    rf"\b(?P<n>\d{{1,2}}) (?P<young>{_YOUNG})(?P<ages>\s*\([^)\n]*\))?\s*(?:\+|plus|and|&|,|with)"
    r"\s*(?:their |the )?parents\s*(?:and|&|\+|,)\s*(?:their |the |some )?(?:younger |little )?"
    r"(?:siblings|brothers and sisters)\b",
    re.IGNORECASE,
)
_LIST = r"\d{1,2}(?:(?:\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)\d{1,2})*"
_ANSWER = re.compile(
    r"^\W*(?P<p>\d{1,2})\s+parents(?:\s+(?:coming|are\s+coming|will\s+come))?\s*[.,;!]*\s*"
    r"(?:and\s+|&\s+|\+\s*|plus\s+)?(?:(?P<k>\d{1,2})\s+)?(?:the\s+)?(?:younger\s+|little\s+)?"
    r"(?:siblings|sibs|brothers and sisters)\s*(?:\(\s*(?P<bracket>" + _LIST + r")\s*\)|[,:-]?\s*"
    r"(?:(?:are|r|they'?re|theyre|they are)\s+)?(?:ages?\s+)?(?P<told>" + _LIST + r"))"
    r"(?:\s*(?:yrs?|years)(?:\s+old)?)?\s*[.!]*\s*$",
    re.IGNORECASE,
)


def siblings_answered(turns: Sequence[Turn]) -> list[Turn]:
    """`turns` ((role, text), oldest first) with an answer counting the parents and the siblings
    (by their ages) of a group counted before written as the whole party."""
    if len(turns) < 3 or [r for r, _ in turns[-3:]] != ["customer", "business", "customer"]:
        return list(turns)
    answer = _ANSWER.match(turns[-1][1].strip())
    found = list(_EARLIER.finditer(turns[-3][1]))
    asked = turns[-2][1].lower()
    if answer is None or len(found) != 1 or "sibling" not in asked or "how many" not in asked:
        return list(turns)
    ages = answer.group("bracket") or answer.group("told")
    count = len(re.findall(r"\d{1,2}", ages))
    if answer.group("k") and int(answer.group("k")) != count:
        return list(turns)  # "4 siblings, theyre 3, 6 and 12": one age missing, asked
    group = found[0]
    party = (
        f"{group.group('n')} {group.group('young')}{group.group('ages') or ''}, "
        f"{answer.group('p')} parents and {count} sibling{'' if count == 1 else 's'} ({ages})"
    )
    return [*turns[:-1], ("customer", party)]
