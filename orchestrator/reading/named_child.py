"""The writer's child named, then named again at the head of their friends: "my son leo turns 7,
leo and 6 of his friends (all 7)" is "my son and 6 of his friends (all 7)", which the shared
ages' reader counts as 7 kids (the honoree and the friends). Only a name the message gave as the
writer's son or daughter ("my son leo", "our daughter mia") is taken, and only where the friends
are said to be that child's (his with a son, her with a daughter); "leo, plus 6 of his friends"
(a comma after the name) too."""

from __future__ import annotations

import re

# "my son leo", "our daughter mia,": the name right after the relation
_NAMED = re.compile(r"\b(?:my|our) (son|daughter) ([a-z]{2,15})\b")
# words after "my son" that are no name ("my son is turning 7", "my son and 6 of his friends")
_NO_NAME = frozenset(
    ("is", "and", "turns", "turned", "turning", "will", "was", "has", "had", "who", "with", "plus")
    + ("or", "the", "his", "her", "just", "also", "wants", "birthday", "bday", "party", "and")
)


def named_child(text: str) -> str:
    """`text` (lower case, digits) with the writer's named son or daughter, named again before
    "and 6 of his friends", written "my son" (or "my daughter") there; else unchanged."""
    if " of h" not in text:
        return text  # speed: the friends are said to be his or hers
    found = {(m.group(1), m.group(2)) for m in _NAMED.finditer(text) if m.group(2) not in _NO_NAME}
    if len(found) != 1:
        return text  # no named child, or two: whose friends?
    relation, name = found.pop()
    pronoun = "his" if relation == "son" else "her"
    return re.sub(
        rf"(?<![a-z'])(?:(?:my|our) {relation} )?{name},?"  # "my son leo and 6 of his friends" too
        rf"(\s*(?:\+|\band\b|&|\bplus\b|\bwith\b)\s*\d{{1,2}}\s+of\s+{pronoun}\s+)",
        rf"my {relation}\1",
        text,
    )
