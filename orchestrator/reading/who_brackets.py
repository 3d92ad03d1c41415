"""Who a count is, said in brackets after it: the people named ("2 parent chaperones (me and my
husband)", "3 adults (me and 2 parent volunteers)"), as many as the count, or the grown-ups' roles
after a count of adults ("30 adults (teachers + staff)"). The writer named with their role at the
list's end ("5 adults (4 teachers and me, the owner)") is one person, the writer: that reading
alone must add up (6 people would be the owner counted twice). The brackets change nothing the count
says; roles that may be kids ("3 adults (coaches and siblings)") or a list that does not add up
stay for the other readers, which ask."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated
from orchestrator.reading.tally import people_in
from orchestrator.reading.words import KID_WORDS, TEEN_WORDS, TODDLER_WORDS

Span = tuple[int, int]

# A count, up to three words of who, then the brackets: "2 parent chaperones (me and my husband)"
_COUNT_BRACKETS = gated(re.compile(r"\b(\d{1,3})\s+((?:[a-z'-]+\s+){0,2}?[a-z'-]+)\s*\(([^()]{1,60})\)"))
# "..., and me, the owner": the writer's role told after "me" at the list's end, one or two words
_ME_ROLE = re.compile(r"\bme\s*,\s*the\s+([a-z'-]+(?:\s+[a-z'-]+)?)\s*$")
_ADULT_NOUN = re.compile(r"(?:adults?|grown-?ups)")
_ADULTS_BEFORE = re.compile(r"\b(?:adults?|grown-?ups)\s*\($")
_WORD = re.compile(r"[a-z'-]+")
# "teachers + staff", "parents, teachers and aides": roles, each one or two words
_ROLE = r"[a-z'-]+(?:\s+[a-z'-]+)?"
_ROLES = re.compile(rf"{_ROLE}(?:\s*(?:[,+&/]|\band\b)\s*(?:and\s+)?{_ROLE})+")
_SPLIT = re.compile(r"\s*(?:[,+&/]|\band\b)\s*(?:and\s+)?")
# Words of people who may be kids: "siblings", "students", "my sons" are asked
_MAYBE_KIDS = frozenset((*KID_WORDS, *TEEN_WORDS, *TODDLER_WORDS, "siblings", "students", "sons",
                         "daughters", "cousins", "nephews", "nieces", "grandkids", "players",
                         "members", "family", "families", "some", "others", "friends"))  # fmt: skip


def who_in_brackets(text: str) -> list[Span]:
    """The spans of normalized `text`'s brackets that say who a count just before them is."""
    spans: list[Span] = []
    for m in _COUNT_BRACKETS.finditer(text):
        count, inside = int(m.group(1)), m.group(3).strip()
        named = people_in(_writer_alone(inside))
        if named == count or (_ADULT_NOUN.fullmatch(m.group(2)) and _roles(inside)):
            spans.append(m.span(3))
    return spans


def counted_brackets(text: str, spans: list[Span]) -> list[Span]:
    """Of `spans` (from `who_in_brackets`), those the guest count reads nothing more in: after a
    count of adults ("23 adults (20 employees plus 3 investors)": 23, not 43) or naming no one
    who may be a kid ("24 people (20 residents and 4 grandkids)" stays for the kids' readers)."""
    return [
        (start, end)
        for start, end in spans
        if _ADULTS_BEFORE.search(text[max(0, start - 12) : start])
        or not any(w in _MAYBE_KIDS for w in _WORD.findall(text, start, end))
    ]


def _writer_alone(inside: str) -> str:
    """ "4 teachers and me, the owner" read as "4 teachers and me": the role after "me" is the
    writer's (a role that may be a kid's, "me, the birthday girl", is left as written)."""
    role = _ME_ROLE.search(inside)
    if role is None or any(w in _MAYBE_KIDS for w in _WORD.findall(role.group(1))):
        return inside
    return inside[: role.start()] + "me"


def _roles(inside: str) -> bool:
    """ "teachers + staff": grown-ups' roles alone, none of them perhaps a kid, no number."""
    if re.search(r"\d", inside) or not _ROLES.fullmatch(inside):
        return False
    return not any(w in _MAYBE_KIDS for role in _SPLIT.split(inside) for w in role.split())
