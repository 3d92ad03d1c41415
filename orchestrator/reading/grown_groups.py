"""Groups whose words say they are grown-ups, rewritten as the counts the readers know: a count
of people with one grown band for all ("12 of us (college kids, all 19-22)", "7 of us, all
20-21"), a count of adults broken down in brackets by adult roles that add up to it ("27 adults
(24 residents and 3 of our staff)", "26 adults (22 staff plus 4 retirees from our old unit)", "10
adults (9 parents + me)", "20 adults (18 parents, the teacher and her aide)"),
friends told with a word before them ("4 close friends"), members told with what they belong to
("the 7 of us board members")
and twins of one age ("2 kids (twins, 3 yrs old)"). Each takes lower-case text with number words
already written as digits."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

_AGE = r"(1[3-9]|[2-9]\d)"  # 13 and over: a grown-up's age (teens are adults)
_YEARS = r"(?:\s*(?:(?:yrs?|years?)(?:\s*old)?|yo|y/o))?"  # "all 30-32 yrs old" as "years old"
# "12 of us all 17", "9 of us, all 17", "14 people (all 18)", "7 of us, all 20-21", "12 of us
# (college kids, all 19-22)": every guest of the count of one grown band is that many adults. A
# word or two naming the group may open the brackets ("college kids", "grad students"): the ages
# for all say what they are. "all 17 or 18", "all 10-14" (a child's age) and a band whose second
# age is below its first are left to the readers and the checks.
# ("12 of us all 17\nchicken n shrimp": a line's end closes it too)
_CLOSE = r"(?:[,.;!\n]|$|and\b|n\b|&)"  # what may follow a band told without brackets
_ALL_GROWN = re.compile(
    rf"\b(\d{{1,3}}) (?:of us|people|ppl|guests)\s*,?\s*(\()?"
    rf"(?(2)(?:[a-z]+(?: [a-z]+){{0,2}}\s*[,:-]\s*)?)all (?:ages? )?{_AGE}"
    # "18 of us, all 15 and 16", "(all 14-17)": two ages, the band they span
    rf"(?:\s*(?:-|to|and|&|n)\s*{_AGE}(?={_YEARS}\s*(?(2)\)|{_CLOSE})))?"
    rf"{_YEARS}(?(2)\)|(?=\s*{_CLOSE}))"
)
# Adult roles a breakdown in brackets names ("24 residents and 3 of our staff", "12 volunteers +
# 4 staff", "24 staff and 3 of us owners"); "kids", "grandkids" and other words are no role here,
# and leave the bracket as it is.
_ROLE = (
    r"(?:(?:of )?(?:our|the|my) |of us )?(?:board |staff |team |church |club |office |school )?"
    r"(?:residents|staff|employees|volunteers|managers|members|caregivers|interns|coworkers|"
    r"co-workers|colleagues|teachers|nurses|coaches|chaperones|parents|faculty|supervisors|"
    r"directors|leaders|advisors|officers|executives|partners|clients|retirees|owners|doctors|"
    r"associates|workers|reps|agents|technicians|techs|engineers|drivers|tenants)"
)
# the writer as one part of the breakdown: "10 adults (9 parents + me)"; or one grown-up named by
# a role ("20 adults (18 parents, the teacher and her aide)"): one each, the sum checked
_ME = (
    r"(?:me|myself|(?:the|our|my|his|her|their) (?:teacher|aide|principal|coach|assistant|"
    r"director|pastor|manager|advisor|leader|chaperone|nanny|instructor))"
)
# where the last part is from, before the bracket closes: "4 retirees from our old unit"
_FROM = r"(?:\s+from\s+(?:our|the|my)\s+[a-z'-]+(?:\s+[a-z'-]+)?)?"
_JOIN = r"(?:,\s*(?:and\s+)?|\+|&|\band\b|\bplus\b)"
_BREAKDOWN = re.compile(
    rf"\b(\d{{1,3}}) (adults|people|ppl|guests)\s*\(\s*(\d{{1,3}}) {_ROLE}"
    rf"((?:\s*{_JOIN}\s*(?:\d{{1,3}} {_ROLE}|{_ME}\b))+){_FROM}\s*\)"
)
_PART = re.compile(r"\d{1,3}")
# "4 close friends", "5 old college friends": friends told with a word saying how close, read as
# the friends the writer's list counts
_FRIEND_WORD = gated(re.compile(
    r"\b(\d{1,3}) (?:(?:close|old|good|dear|longtime|long-time)\s+)+(?:college\s+)?(?=friends\b)"
))  # fmt: skip
# "2 kids (twins, 3 yrs old)", "2 children (twins age 9)": twins of one age are both of it (so
# "2 toddlers (our twins, both 3)": the bracket says who the 2 are, no more kids); so the age
# before the twins ("2 babies (9 months old twins)") and the twins after a comma or dash ("2
# toddlers, twins (2)", "2 toddlers - twins age 2"): the 2 counted, their one age (round q83s)
_TWIN_AGE = (r"(?:both\s+)?(?:(?:age|aged)\s+)?(\d{1,2})(\s*(?:months?|mos?))?"
             r"(?:\s*(?:yrs?|years?|yo|y/o))?(?:\s*-?\s*old)?")
_TWINS_NAMED = rf"(?:(?:our|my|the|his|her|their)\s+)?twins\s*,?\s*(?:{_TWIN_AGE}|\(\s*{_TWIN_AGE}\s*\))"
_AGE_TWINS = r"(?:(?:our|my|the|his|her|their)\s+)?(\d{1,2})(\s*(?:months?|mos?))?" + (
    r"(?:\s*-?\s*(?:yrs?|years?|yo|y/o))?(?:\s*-?\s*old)?\s+twins")
_TWINS_AGED = re.compile(
    r"\b2 (kids|children|toddlers|babies|little ones|infants)"
    rf"(?:\s*\(\s*(?:{_TWINS_NAMED}|{_AGE_TWINS})\s*\)|(?:\s*,|\s+-)\s*{_TWINS_NAMED}(?![\w(]))"
)
# "a 7 year old and twin 10 year olds", "twin 3yo": twins (triplets) told by their one age, two
# (three) kids of it; inside a bracket that counts them already ("2 kids (twin 8 yr olds)") left
_TWINS_OLDS = re.compile(
    r"(?<![(\d] )(?<!\()\b(twin|triplet)s?\s+(\d{1,2})\s*-?\s*"
    r"(?:(?:years?|yrs?)\s*-?\s*olds?|yos?|y/os?)\b"
)

# "me and 1 other coach", "me + 2 other chaperones", "me + 1 assistant coach": the writer one of
# a grown role's people, told as the others' number; the role says they are grown-ups, so all of
# them are that role's count; "me and the other coach", "me + the 2 other chaperones": one other
# when the role is one person ("me and the other coaches" names no number and is left)
_ME_AND_OTHERS = re.compile(
    r"\b(?:me|myself)\s*(?:and|&|\+|n|plus)\s*(?:the\s+)?(?:(\d{1,2}) )?(?:other|assistant) "
    r"(coach(?:es)?|chaperones?|teachers?|leaders?|volunteers?|advisors?|parents?|instructors?|"
    r"counselors?)\b"
)


# "just the 7 of us board members", "8 of us committee members": the word naming what the members
# belong to dropped, so the count reads as "7 of us members", grown-ups by their role
_OF_US_MEMBERS = gated(re.compile(
    r"\b(\d{1,3} of us) (?:board|committee|council|club|team|staff|church|office|hoa|department|"
    r"chapter|league) (?=(?:members|officers|coaches|volunteers|employees|coworkers|colleagues)\b)"
))  # fmt: skip


def _me_and_others(m: re.Match[str]) -> str:
    """The writer and the others of `m` as one count of the role."""
    role = m.group(2)
    if m.group(1) is None and role.endswith("s"):
        return m.group(0)  # "me and the other coaches": how many?
    others = 1 if m.group(1) is None else int(m.group(1))
    plural = role if role.endswith("s") else role + ("es" if role.endswith("h") else "s")
    return f"{others + 1} {plural}"


def _all_grown(m: re.Match[str]) -> str:
    """The count of `m` as teens (adults), or the words as they were when the band runs
    backwards."""
    if m.group(4) and int(m.group(4)) < int(m.group(3)):
        return m.group(0)
    return f"{m.group(1)} teens"


def _breakdown(m: re.Match[str]) -> str:
    """The count of `m` alone when its bracket's parts add up to it, else the words as they
    were (the checks then ask)."""
    parts = int(m.group(3)) + sum(int(n) for n in _PART.findall(m.group(4)))
    parts += len(re.findall(rf"\b{_ME}\b", m.group(4)))  # "(9 parents + me)": the writer one
    return f"{m.group(1)} {m.group(2)}" if parts == int(m.group(1)) else m.group(0)


def grown_groups(text: str) -> str:
    """`text` with groups of grown-ups told by their ages, roles or friendship, and twins of one
    age, written as the counts the readers know."""
    text = _ALL_GROWN.sub(_all_grown, text)
    text = _BREAKDOWN.sub(_breakdown, text)
    text = _ME_AND_OTHERS.sub(_me_and_others, text)
    text = _OF_US_MEMBERS.sub(r"\1 ", text)
    text = _FRIEND_WORD.sub(r"\1 ", text)
    text = _TWINS_OLDS.sub(_twins_olds, text)
    return _TWINS_AGED.sub(_twins_aged, text)


def _twins_aged(m: re.Match[str]) -> str:
    """The 2 of `m` with the twins' one age given to each."""
    at = next(i for i in range(2, (m.lastindex or 2) + 1, 2) if m.group(i))
    age = m.group(at) + (m.group(at + 1) or "")
    return f"2 {m.group(1)} ({age} and {age})"


def _twins_olds(m: re.Match[str]) -> str:
    """Twins (triplets) of `m` as that many kids of their age."""
    age = m.group(2)
    return f"2 kids ({age} and {age})" if m.group(1) == "twin" else f"3 kids ({age}, {age} and {age})"
