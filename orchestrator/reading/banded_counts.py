"""Counts whose band is said by a word or a bracket beside them, rewritten as the words the readers
know: "16 guests (adults)" is "16 adults", "28 club members" and "2 faculty advisors" are counts
of grown guests, "4 adult coaches" are "4 adults", "5 toddlers under 5" is "5 toddlers", "3
grandchildren ages 10, 8 and 4" is "3 kids". Moved out of shorthand.py (its `written_counts` runs
`banded_counts` at the same place, in the same order) to keep that module small. Takes lower-case
text with number words already written as digits."""

from __future__ import annotations

import re

from orchestrator.reading.adult_brackets import adult_brackets

# "16 members", "28 club members", "16 youth group members": the members of a group, adults like
# its employees; "8 family members" is left (a family may be kids); "2 faculty advisors" adults.
_MEMBERS = re.compile(
    r"\b(\d{1,4}) (?:youth |book |swim |chess |golf |garden |running )?(?:club|team|board|church|"
    r"chapter|crew|committee|league|choir|lodge|society|association|union|group|staff) (?=members\b)"
)
_ROLE = re.compile(
    r"\b(\d{1,3}) (?:faculty|staff|school|team|adult|parent) (?=advisors|advisers|chaperones)"
)
# "18 teens plus 3 adult leaders", "4 adult coaches": a role said to be grown, adults whatever the
# role word ("leaders" alone may be teens: left as it is); "3 parent volunteers" are grown-ups too
_ADULT_ROLE = re.compile(
    r"\b(\d{1,3}) (?:adult|parent) (?:leaders|coaches|volunteers|mentors|supervisors|helpers|sponsors|"
    r"counselors|counsellors|staff)\b"
)
# "10 adult volunteers and 10 adult staff", "6 adult coaches, 3 adult helpers and 2 adult sponsors":
# counts of different grown roles joined in one list are separate groups, written as their sum;
# the same role said twice ("10 adult volunteers and 10 adult volunteers") is left, and asked
_ONE_ROLE = _ADULT_ROLE.pattern.removeprefix(r"\b")
_JOINED_ROLES = re.compile(
    rf"\b{_ONE_ROLE}(?:\s*(?:,\s*(?:and\s+)?|\band\b|&|\+|\bplus\b)\s*{_ONE_ROLE})+"
)


def _roles_summed(m: re.Match[str]) -> str:
    roles = list(_ADULT_ROLE.finditer(m.group(0)))
    words = [r.group(0).split()[-1] for r in roles]
    if len(set(words)) < len(words):
        return m.group(0)
    return f"{sum(int(r.group(1)) for r in roles)} adults"


# "2 assistant coaches", "3 head counselors": a rank before a role grown-ups hold, adults by the
# role as "4 adult coaches" ("2 assistant coaches and 3 of us coaches" is 5 adults)
_RANKED_ROLE = re.compile(
    r"\b(\d{1,3}) (?:assistant|head|senior|volunteer) (?:coaches|instructors|counselors|"
    r"counsellors|advisors|chaperones)\b"
)
# "5 toddlers under 5", "2 babies (under 2)", "3 toddlers 5 and under": the bound restates the
# band of the toddler word (5 and under), so it is the count alone
_TODDLERS_UNDER = re.compile(
    r"\b(\d{1,3}) (toddlers|babies|infants)\s*(?:\(\s*)?(?:all\s+)?(?:(?:under|below|younger than)"
    r"\s+[1-6]|[1-5]\s*(?:&|and)\s*under)\b(?:\s*\))?"
)
# "3 grandchildren ages 10, 8 and 4", "2 grandkids (9 and 3)", "4 siblings (3, 5, 10, 12)": kids
# counted with their ages, each in the band its age gives
# ("a few siblings too: 4 of them (3, 5, 8, 14)": the count said after the word, as "4 kids")
_GRANDKIDS_AGED = re.compile(
    r"\b(\d{1,2}) (?:grandchildren|grandkids|grand kids|siblings|cousins|nieces|nephews)"
    r"(?=\s*(?:\(\s*\d|,?\s*(?:ages?|aged)\s+\d))"
    r"|\b(?:(?:a few|some|the|their|our)\s+)?(?:grandchildren|grandkids|siblings|cousins)"
    r"(?:\s+(?:too|also|as well))?\s*[:,-]\s*(\d{1,2})\s+of\s+them(?=\s*\(\s*\d)"
)


# "16 guests (adults)", "20 people (all adults)", "12 ppl (13+)": the bracket says which band the
# count is, so the count is adults, and kids named beside it come on top
_ADULTS_BRACKET = re.compile(
    r"\b(\d{1,4})\s*(?:people|guests|ppl|persons|folks|pax)\s*\(\s*(?:all\s+|only\s+)?"
    r"(?:adults?|grown[- ]?ups|13\s*\+|13 and (?:up|over|older))(?:\s+only)?\s*\)"
)
# "lunch for 22 (all adults)", "a party of 14 (adults only)": no guest word, the bracket is the band
_FOR_ADULTS_BRACKET = re.compile(
    r"\b((?:for|of)\s+)(\d{1,4})\s*\(\s*(?:(?:all|only)\s+(?:adults|grown[- ]?ups)|adults\s+only)\s*\)"
)


def banded_counts(text: str) -> str:
    """`text` with the counts of a band said beside them written as the readers know them; each
    pattern run only when a literal it cannot match without is in the text (speed only)."""
    if "(" in text:
        text = _FOR_ADULTS_BRACKET.sub(r"\1\2 adults", _ADULTS_BRACKET.sub(r"\1 adults", text))
        text = adult_brackets(text)  # "20 adults (13+)", "22 adults (Ari is 13 and counted in...)"
    if "members" in text:
        text = _MEMBERS.sub(r"\1 ", text)
    if "advis" in text or "chaperones" in text:
        text = _ROLE.sub(r"\1 ", text)
    if any(word in text for word in ("assistant ", "head ", "senior ", "volunteer ")):
        text = _RANKED_ROLE.sub(r"\1 adults", text)
    if "adult " in text or "parent " in text:
        text = _ADULT_ROLE.sub(r"\1 adults", _JOINED_ROLES.sub(_roles_summed, text))
    if "under" in text:
        text = _TODDLERS_UNDER.sub(r"\1 \2", text)
    if any(word in text for word in ("grand", "siblings", "cousins", "nieces", "nephews")):
        text = _GRANDKIDS_AGED.sub(lambda m: f"{m.group(1) or m.group(2)} kids", text)
    return text
