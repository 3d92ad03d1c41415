"""Relations named after a count by groups or couples ("2 families, 6 adults in each, + grandma &
grandpa", "6 married couples + grandma & grandpa", "3 families of 4 adults plus my parents"): the
adults they add to the groups' adults (`shorthand.written_counts` writes the count so), a named
relation one, a pair word or a relation with a partner two. Relations of no number ("+ the
cousins") or with more after them ("+ grandma's neighbors") are left to the checks."""

from __future__ import annotations

import re

from orchestrator.reading.grown_brackets import GROWN_AGES_INSIDE
from orchestrator.reading.partners import PARTNER
from orchestrator.reading.role_person import ROLE_PERSON

# a pair word: two adults ("+ my parents", "and my in-laws are joining us")
_PAIR_KIN = r"(?:parents|in-?laws|grandparents|grandparents|abuelos)"
_ONE_KIN = (
    r"(?:grandma|grandpa|grandmother|grandfather|granny|gramma|grammy|grampa|gramps|nana|"
    r"abuela|abuelo|lola|lolo|tita|tito|mom|mum|dad|mother|father|aunt|auntie|aunty|uncle|sister|"
    r"brother|sis|bro)"  # "+ my bro and his gf": the short forms the same relations
)
# "my sister and her bf", "my uncle + his wife": a relation with their partner, two adults
_KIN_ITEM = (
    rf"(?:(?:my|our|the)\s+)?(?:({_PAIR_KIN})"
    rf"|{_ONE_KIN}(\s*(?:\band\b|&|\+|\bn\b)\s*(?:her|his)\s+{PARTNER})?"
    # "the board president and his wife": an office one holds, with a spouse (`role_person`)
    rf"|(?<=the |our ){ROLE_PERSON}(\s*(?:\band\b|&|\+)\s*(?:her|his)\s+{PARTNER})?)"
)
_KIN_TAIL = (
    rf"(?P<kin>\s*[,.]?\s*(?:\+|\bplus\b|\band\b|&)\s*(?:also\s+)?{_KIN_ITEM}"
    rf"(?:\s*(?:,|\+|&|\band\b|\bn\b|\bplus\b)\s*{_KIN_ITEM})*"
    r"(?:\s+(?:are|r|will|can|is)\s+(?:also\s+)?(?:joining|coming|join|come)(?:\s+(?:us|too|also))*"
    # a bracket after them may count or add someone; one of grown ages only tells who they are
    rf"|\s+(?:too|also|as well))?)\b(?!'|\s*\((?!{GROWN_AGES_INSIDE})|\s+\d)"
)
_KIN_ONE = re.compile(_KIN_ITEM)


def kin_adults(m: re.Match[str], word: str) -> int:
    """Adults the relations after a count by groups add (none when the groups are not adults)."""
    told = m.group("kin")
    if not told or word.strip() not in ("adults", "grownups"):
        return 0
    return sum(2 if k.group(1) or k.group(2) or k.group(3) else 1 for k in _KIN_ONE.finditer(told))


def kin_text(m: re.Match[str], word: str) -> str:
    """The relations' words kept where no adults were added to the groups'."""
    return "" if kin_adults(m, word) else (m.group("kin") or "")


def with_kin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern`, a count by groups or couples, with the relations named after it (group "kin")."""
    return re.compile(rf"(?:{pattern.pattern})(?:{_KIN_TAIL})?")
