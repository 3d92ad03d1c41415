"""Adults counted by role: groups named by what they are ("17 nurses plus 2 unit secretaries",
"14 people from claims plus 6 from underwriting", "11 firefighters plus 2 of our engineers"),
which the words right after say are all adults ("all adults") or sum to a count of adults
("22 teachers + 8 support staff = 30 adults", "18 volunteers plus me and my co-director, so 20
adults total"). The people named in such a list ("me", "my wife") are one each. Parts that do
not add up to the adults said come back as a check; without those words a role ("14 players")
may be kids, and the number is left to the checks."""

from __future__ import annotations

import re

from orchestrator.reading.alternation import alternation
from orchestrator.reading.groups import AgedGroup
from orchestrator.reading.role_nouns import GROWN_GROUP, GROWN_ONE, PLUS_ONE_ITEM, ROLE_ONE
from orchestrator.reading.words import ADULT_WORDS, PEOPLE_WORDS, YOUNG

# ("1 vegetables", "3 scallops": a table of proteins normalized to counts is no list of roles)
_NOT_PEOPLE = (
    r"(?:hours|years|yrs|miles|minutes|mins|days|weeks|portions|proteins|tails|lbs|dollars|"
    r"vegetables|veggies|scallops|shrimps|filets|steaks|strips|lobsters|chickens|salmons|tofus)"
)
# words no role is: the young (a list of them is no list of adults), the joins of the list and
# the words of its tail
_STOP = (
    rf"(?!(?:{YOUNG}|{_NOT_PEOPLE}|plus|and|with|from|of|so|all|me|my|our|his|her|i|mas|y|yo|el|su)\b)"
)
_PLAIN = frozenset((*ADULT_WORDS, *PEOPLE_WORDS))
_HEADCOUNT = frozenset((*PEOPLE_WORDS, "adults", "adult", "grownups", "grown-ups"))
# "the 4 of us adults, my parents and ...": the writer's household, the household reader's
_GUESTS = alternation((*ADULT_WORDS, *PEOPLE_WORDS))
_WORD = rf"{_STOP}[a-z]+(?:-[a-z]+)?"
# "35 teachers and staff", "18 volunteers and staff": one count of the group and the staff beside it
# (a collective noun, no count of its own); "20 coworkers and spouses" is no such pair (asked)
# "28 teachers and aides", "24 teachers and paras": a school's staff by two roles under one count
# (round q86m: blind 188 fz098), read only where "all adults" or a total follows the list
_AND_STAFF = (
    r"(?:\s+(?:and|&)\s+(?:the\s+)?(?:staff|faculty|aides|paras|paraprofessionals|assistants|"
    r"custodians|secretaries|support staff|admins?|counselors|coaches)\b"
    r"(?!\s+(?:members|kids|children)\b))?"
)
# "2 of our engineers", "4 of us directors", "2 unit secretaries", "8 support staff"
_ROLE = (
    rf"\d{{1,3}}\s+(?:of\s+(?:our|the|my|their)\s+|of\s+us\s+(?!{_GUESTS}\b))?(?:{_WORD}\s+)?"
    rf"(?:{_STOP}[a-z]+s\b|staff\b|crew\b|faculty\b|admin\b)(?:\s+of\s+honou?r)?"
    rf"{_AND_STAFF}"
    # "14 players on the team": the group they are of says who they are, not how many
    r"(?:\s+(?:on|from|in|of)\s+(?:the|our|my)\s+(?:team|club|league|squad|roster|crew|group)\b)?"
    r"(?:\s+(?:confirmed|yes|attending|so far)\b)?"  # "26 volunteers confirmed", "22 members yes"
)
# "14 people from claims", "6 from underwriting": a department's people
_FROM = r"\d{1,3}\s+(?:(?:people|ppl|folks|guests)\s+)?from\s+(?:the\s+)?[a-z]+"
# "me", "my co-director", "my business partner", "my 2 sisters": the people the writer names
_NAMED = rf"(?:me|myself|i|him|(?:my|our|his|her)\s+(?:\d{{1,2}}\s+)?(?:{_WORD}\s+)?{_WORD})"
_JOIN = r"\s*(?:,\s*(?:and\s+|plus\s+|y\s+|mas\s+)?|\+|&|\band\b|\bplus\b|\bwith\b|\bmas\b|\by\b)\s*"
# "the principal", "our manager", "el jefe y su esposa": one person each, named by a role
_ONE = rf"(?:{_NAMED}|{ROLE_ONE})"
# "10 partners + their spouses, so 20 adults": one each for the group before, only where the count
# said after it confirms (with "all adults" alone, who has one is asked)
_THEIR = r"their\s+(?:spouses|partners|wives|husbands|plus[- ]ones|significant others)\b"
_ITEM = rf"(?:{_FROM}|{PLUS_ONE_ITEM}|{_ROLE}|{_ONE}|{_THEIR})"
_ALL_ADULTS = (
    r"\s*[,;:(.-]?\s*(?:(?:and|they're|they are|who are)\s+)?(?:all|everyone|everybody|todos|todas)"
    r"(?:\s*'s|\s+is|\s+are|\s+son)?\s+(?:an?\s+)?(?:adults?|grown[- ]?ups?)\b"
)
_TOTAL = (
    r"\s*(?:[,;(=-]\s*)?(?:(?:so|that'?s|thats|makes?|making|which makes|for)\s+)?(?:a total of\s+)?"
    r"(\d{1,4})\s+(?:adults|grown-?ups)(?:\s+(?:total|in total|in all|altogether))?\b"
)
# "all adults" and the total may both follow: "22 counselors and 4 directors, all adults, so 26
# adults total" (one count, not the parts and their total again)
_LIST = re.compile(
    rf"\b((?:{_FROM}|{_ROLE})(?:{_JOIN}{_ITEM})*)(?:({_ALL_ADULTS})(?:{_TOTAL})?|{_TOTAL})"
)
# "11 couples" is read "22 adults" before: a part of an open list beside a group of grown-ups
_ADULTS_N = r"\d{1,3}\s+adults\b"
_GROWN = re.compile(GROWN_GROUP)
# a number earlier in the sentence, or a bracket opened: the list may be the parts of a count
_COUNTED_BEFORE = re.compile(r"(?:\d[^.!?\n\d]*|\(\s*)\Z")
# a list of groups only grown-ups are, and the persons it names, closed by no "all adults" ("11
# couples and 4 singles, plus my husband and me", "24 voluntarios adultos, 3 empleadas y yo")
# "plus 2 guests from the district office": guests from a place of work, grown-ups by where they
# come from (a place no kid works: "guests from the school" stays to the net)
_WORK_GUESTS = (
    r"\d{1,3}\s+(?:guests|people|folks|visitors)\s+from\s+(?:the\s+|our\s+)?(?:[a-z]+\s+){0,2}"
    r"(?:office|council|chamber|headquarters|hq|department|dept|board|company|firm|bank|agency|lodge)"
)
# "3 of us room parents", "2 of us managers", "4 of us PTA moms", "2 of us from the pta": the
# writers by their role after a grown group, grown-ups as the writer is ("3 of us kids" is no such
# part: the young are stopped)
_US_ROLE = (
    rf"\d{{1,2}}\s+of\s+us\s+(?:(?:{_WORD}\s+)?{_STOP}[a-z]+s|from\s+(?:the|our)\s+{_WORD})\b"
)
_OPEN = re.compile(
    rf"\b((?:{GROWN_GROUP}|{_ADULTS_N})"
    rf"(?:{_JOIN}(?:{GROWN_GROUP}|{_ADULTS_N}|{PLUS_ONE_ITEM}|{_WORK_GUESTS}|{_US_ROLE}"
    rf"|\b{GROWN_ONE}))+)"
    r"(?![\w-])"
    r"(?!\s*(?:included|including|incl|each|too|as well|total|in all|=|\())"
)
_PART = re.compile(rf"({_FROM})|({_ROLE})|\b({_ONE})|({PLUS_ONE_ITEM})|\b({_THEIR})|({_US_ROLE})")

# the writer's list right before the group: "me and 14 friends", "me, my husband and 10 friends"
_WRITER_BEFORE = re.compile(
    r"\b(?:me|myself)\b(?:[^.!?\n\d]{0,40}?(?:,|\s))?\s*(?:and|&|\+|n|plus|with)\s*$"
)

_JOINED_BEFORE = re.compile(r"(?:\band|&|\+|\bplus)\s*\Z")
# the writer's spoken list with no commas, the count a relation's ("me my 2 sisters my mom and my
# dad thats 5 adults"): "my 2 sisters" is one part of the writer's list, the household reader's
_RELATION_BEFORE = re.compile(r"\b(?:me|myself)\b[^.!?\n\d]{0,40}?\b(?:my|our)\s+\Z")
# "us 3 adults, and our neighbors 2 adults + 2 kids": a household named, then its own count, no
# total of the list (a total comes after a stop or a "so": "..., so 20 adults")
_LABELLED = re.compile(r"\b(?:my|our|his|her|their|the)\s+[a-z]+s\s+\d{1,3}\s+(?:adults|grown-?ups)\Z")


def _people(part: re.Match[str]) -> int:
    """How many people one part of a role list is: its number, couples two each, a person named
    one (or the number before the relation: "my 2 sisters")."""
    number = re.search(r"\d+", part.group(0))
    if part.group(3):
        return int(number.group(0)) if number else 1
    count = int(number.group(0)) if number else 0
    return 2 * count if re.search(r"\bcouples\b", part.group(0)) else count


def _theirs(parts: list[re.Match[str]]) -> int:
    """The people "their spouses" adds: one for each of the part right before it."""
    return sum(_people(parts[i - 1]) for i, p in enumerate(parts) if p.group(5) and i > 0)


def _plain_one(parts: list[re.Match[str]]) -> bool:
    """A list of one part in plain guest words ("20 people, all adults"): for the counts' readers."""
    words = parts[0].group(0).split()
    return len(parts) == 1 and parts[0].group(2) is not None and words[-1] in _PLAIN


def _headcount_and_role(parts: list[re.Match[str]]) -> bool:
    """Whether a list joins a count in plain guest words to a person named only by a role ("20
    people and the principal"): the person may be in the count (the rule of "12 adults + my
    manager"); the writer's own people ("our manager") read as before."""
    plain = any(p.group(2) and p.group(0).split()[-1] in _HEADCOUNT for p in parts)
    return plain and any(p.group(3) and not re.fullmatch(_NAMED, p.group(3)) for p in parts)


def adult_roles(text: str) -> list[AgedGroup]:
    """ "17 players + 2 coaches, all adults", "15 nurses + 4 doctors, everyone is an adult",
    "7 techs plus me and my wife, so 9 adults total": groups named
    by their role that the words right after say are adults; a count of adults the parts do not
    add up to keeps the count said, with a check."""
    found = []
    for m in _LIST.finditer(text):
        if _WRITER_BEFORE.search(text, 0, m.start()) or _JOINED_BEFORE.search(text, 0, m.start()):
            continue  # "me and 14 friends, all adults": the writer's list counts them, and the writer;
            # "the 4 of us, my parents and 5 of my adult cousins": the last part of a longer list
        if _RELATION_BEFORE.search(text, 0, m.start()):
            continue  # "me my 2 sisters my mom ...": the writer's list, read whole by the household's
        parts = list(_PART.finditer(m.group(1)))
        total = m.group(3) or m.group(4)
        if m.group(4) and _LABELLED.search(m.group(0)):
            continue  # "and our neighbors 2 adults": their count, no total
        if _plain_one(parts) or (total and len(parts) < 2):
            continue  # "20 people, all adults", "14 staff = 14 adults": the counts' readers have it
        if _headcount_and_role(parts):
            continue  # "20 people and the pastor, all adults": in the 20, or one more? asked
        if any(p.group(5) for p in parts) and not total:
            continue  # "10 partners + their spouses, all adults": does every one bring one? asked
        summed = sum(_people(p) for p in parts) + _theirs(parts)
        said = int(total) if total else summed
        check = None if summed == said else f"the parts make {summed}, not the {said} adults said"
        found.append(AgedGroup(said, "adults", m.span(), check))
    for m in _OPEN.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in (g.span for g in found)):
            continue  # the closed list has it
        if _WRITER_BEFORE.search(text, 0, m.start()) or _JOINED_BEFORE.search(text, 0, m.start()):
            continue
        if _COUNTED_BEFORE.search(text, 0, m.start()):
            continue  # "22 adults (15 coworkers and 4 spouses)": parts of a count said, asked
        parts = list(_PART.finditer(m.group(1)))
        counted = [p for p in parts if p.group(0)[0].isdigit()]
        if len(counted) >= 2 and any(_GROWN.fullmatch(p.group(0)) for p in parts):
            # two groups or more: a list of who comes ("10 coworkers and my husband" is asked, as
            # "12 adults + my manager" is: in the count, or one more?)
            found.append(AgedGroup(sum(_people(p) for p in parts), "adults", m.span(), None))
    return found
