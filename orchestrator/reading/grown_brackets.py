"""A grown-up's own age in brackets right after them ("me (34), hubby (36), and 8 friends", "my
wife (41) and me (43) plus 10 friends"): who they are, no count. Blanked before the guest reader,
so the list reads as it would without the ages. Only a grown age (18 and over) after one person:
"my son (8)", "our son (18)" are left to the readers of kids' and honorees' ages. Also a bracket
that only tells grown relations' ages ("my grandparents (grandpa is 91 and grandma 89!)"): the
people before it are counted as if it were not there. And a bracket that says which one of the
party they are by a role, after one grown person ("my dad (the retiree), my mom, me, and 15 of his
coworkers", "my husband (the birthday boy)"): who they are, no one more (round q81j); a bracket
that names anyone ("my dad (and his girlfriend)") is no role and stays."""

from __future__ import annotations

import re

Span = tuple[int, int]

# one person the writer names: the writer, a partner, a parent or grandparent (a son's or a
# sibling's age is the honoree's, which the readers of honorees use: "our son (18) and 5 of his
# classmates")
_PERSON = (
    r"(?:\bme|\bi|\bmyself|(?:\b(?:my|our|his|her)\s+)?(?:hubby|husband|wife|wifey|partner|boyfriend|"
    r"bf|girlfriend|gf|fiance|fiancee|mom|dad|mother|father|grandma|grandpa|nana|papa|aunt|uncle|"
    r"boss)\b)"
)
_GROWN_BRACKET = re.compile(
    rf"{_PERSON}\s*(\(\s*(?:1[89]|[2-9]\d|1[01]\d)\s*(?:y/?o|yrs?|years?(?:\s+old)?)?\s*\))"
)

# grown relations named in a bracket with their ages, nothing else ("(grandpa is 91 and grandma
# 89!)", "(mom's 70, dad's 72)"): a child's age is no grown one and stays
_RELATION = r"(?:(?:my|his|her|our)\s+)?(?:grandma|grandpa|nana|papa|mom|dad|aunt|uncle)"
_RELATION_AGE = rf"{_RELATION}(?:\s+is|'s|’s|s)?\s+(?:1[89]|[2-9]\d|1[01]\d)"
# what follows the bracket's opening (`shorthand` adds the relations before such a bracket)
GROWN_AGES_INSIDE = (
    rf"\s*{_RELATION_AGE}(?:\s*(?:,|and|&|n|\+)\s*(?:and\s+)?{_RELATION_AGE})*\s*[!.]*\s*\)"
)
_AGES_BRACKET = re.compile(rf"\({GROWN_AGES_INSIDE}")

# a role of the party's own, alone in brackets after one person: "(the retiree)", "(the guest of
# honor)", "(birthday girl!)"; the honoree's or the host's, never people ("(the whole crew)")
_ROLE_BRACKET = re.compile(
    rf"{_PERSON}\s*(\(\s*(?:the\s+|our\s+)?(?:retiree|honoree|guest\s+of\s+honou?r|grad|graduate|"
    r"celebrant|host|hostess|(?:birthday|bday)\s+(?:girl|boy|man|lady|gal|guy)|(?:man|woman|lady)\s+of\s+"
    r"the\s+hour)\s*[!.]*\s*\))"
)


def grown_brackets(text: str) -> list[Span]:
    """The spans of the brackets holding one grown person's age or role in normalized `text`."""
    if "(" not in text:  # one cheap test: the ages stand in brackets
        return []
    spans = [m.span(1) for m in _GROWN_BRACKET.finditer(text)]
    spans += [m.span(1) for m in _ROLE_BRACKET.finditer(text)]  # "my dad (the retiree)"
    return spans + [m.span() for m in _AGES_BRACKET.finditer(text)]
