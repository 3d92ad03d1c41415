"""The age of a party's friends answered after the business asked it: "my sons 12th bday! me, my
husband, him, his 2 sisters (15 and 8) and 7 of his friends", the business asks how old his 7
friends are, "theyre all 12 too". The friends are those counted before, their age told now: the
earlier message is written with the age beside its count ("7 of his friends (all 12)"), the form
the list readers know, and the answer as that message again (the whole party restated, its food
and place unchanged), so the conversation reads the party the two messages make.

Only when the answer says one age and nothing else, the earlier customer message counts one group
of friends with no age beside it, and a business reply between asked how old the friends are."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.turns import Turn

# the friends counted with no age beside them: "7 of his friends", "6 of her friends"
_FRIENDS = re.compile(
    r"\b(\d{1,2}) of (?:his|her|their|my|our) (?:friends|buddies|classmates|teammates)\b(?!\s*\()",
    re.IGNORECASE,
)
# the whole answer: "theyre all 12 too", "they're 12", "all 12", "12 yrs old", "his friends are all 9"
_ANSWER = re.compile(
    r"^\W*(?:(?:ok|okay|oh|yes|sure|sorry)\W+)*"
    r"(?:(?:they\s*(?:'re|are)|theyre|(?:his|her|their|the)\s+friends\s+are|all\s+of\s+them\s+are)\s+)?"
    r"(?:all\s+)?(?P<age>\d{1,2})(?:\s*(?:yrs?|years)(?:\s+old)?)?(?:\s+(?:too|as\s+well|also))?"
    r"\W*$",
    re.IGNORECASE,
)


def friends_ages(turns: Sequence[Turn]) -> list[Turn]:
    """`turns` ((role, text), oldest first) with the friends' one age answered after their count
    written beside that count, the answer as the earlier message so written."""
    if len(turns) < 3 or turns[-1][0] != "customer" or turns[-2][0] != "business":
        return list(turns)
    answer = _ANSWER.match(turns[-1][1])
    asked = turns[-2][1].lower()
    if answer is None or "how old" not in asked or "friends" not in asked:
        return list(turns)
    age = int(answer.group("age"))
    if not 1 <= age <= 17:
        return list(turns)  # no child's or teen's age: asked
    earlier = turns[-3][1] if turns[-3][0] == "customer" else ""
    found = list(_FRIENDS.finditer(earlier))
    if len(found) != 1:
        return list(turns)
    m = found[0]
    written = f"{earlier[: m.end()]} (all {age}){earlier[m.end() :]}"
    return [*turns[:-3], ("customer", written), turns[-2], ("customer", written)]
