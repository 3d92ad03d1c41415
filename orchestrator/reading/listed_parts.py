"""The parts of a list of grown-ups and what each counts ("6 mechanics", "me", "my parents", "their
wives", "day shift 14"), shared by the readers of listed sums (listed_sum.py, joined_sum.py,
bracketed_sum.py, sized_lists.py ...): the joins of a list, the words no grown part holds, one
person, a pair, and where a sentence opens."""

from __future__ import annotations

import re

from orchestrator.reading.words import YOUNG

# where a sentence ends: a stop, or the blanks an emoji leaves
_STOP = re.compile(r"[.!?\n:;]|\s{3}")
_TITLE_DOT = re.compile(r"\b(?:dr|mr|mrs|ms|capt|rev|fr)\.\Z")
# the joins of the list: commas, "+", "&", "and", "plus"
SEP = re.compile(r"\s*(?:[,+&]\s*(?:(?:and|plus)\s+)?|\s(?:and|plus)\s+)\s*")
# no part names the young, a food or an age; no bracket, slash or digit but its count
NOT_GROWN = re.compile(
    rf"\b(?:{YOUNG}|sons?|daughters?|grandkids|students?|players?|scouts?|campers?|babies|"
    r"chicken|steak|strip|filet|salmon|shrimp|scallops?|lobster|tofu|veg\w*|proteins?|portions?|"
    r"years?|yrs?|yo|months?|old|under|over|ages?|aged|maybe|might|possibly|or)\b"
)
_WORDS = r"[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,4}"
# "6 mechanics", "the 2 partners", "2 other moms", "4 of us in the office", "2 owner"
_COUNT = re.compile(rf"(?:(?:the|my|our|his|her|their)\s+)?(?P<n>\d{{1,3}})\s+{_WORDS}")
# "our 3 grown children": the writer's children, said grown
_GROWN_KIDS = re.compile(
    r"(?:(?:the|my|our|his|her|their)\s+)?(?P<n>\d{1,2})\s+grown(?:-?up)?\s+(?:children|kids|sons|daughters)"
)
# "day shift 14", "night crew 9": a group named, then its count ("both 12", "all 10", "each 9" name
# no group: the age of the joiners before, "2 more friends can come, both 12, so 14 adults", asked)
_NAMED = re.compile(r"(?!(?:both|all|each|every)\b)[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?\s+(?P<n>\d{1,3})")
# "9 of them bringing their spouse": the plus-ones some of the list bring
_PLUS_ONES = re.compile(
    r"(?P<n>\d{1,3})\s+of\s+them\s+(?:are\s+|will\s+be\s+)?(?:bringing|bring)\s+(?:a|their|his|her)\s+"
    r"(?:guest|plus[- ]?one|plus[- ]?1|spouse|husband|wife|partner|date)s?"
)
# "their wives" after "the 2 partners": as many again
THEIR = re.compile(r"(?:their|all\s+their)\s+(?:wives|husbands|spouses|partners|significant\s+others)")
PARTNER = r"(?:wife|husband|hubby|wifey|spouse|partner|fiance|fiancee|gf|bf|girlfriend|boyfriend)"
ROLE = (
    r"leader|manager|director|supervisor|boss|owner|chef|captain|principal|pastor|minister|"
    r"coordinator|administrator|foreman|president|chair|treasurer|secretary|receptionist|assistant|"
    r"dentist|doctor|teacher|coach|advisor|adviser|officer|chief|founder|ceo|host"
)
# one grown relation by name of kin ("my brother"; a son or daughter may be young: not one)
_KIN_ONE = (
    r"brother|sister|mom|mother|dad|father|aunt|uncle|cousin|grandma|grandmother|grandpa|"
    r"grandfather|stepmom|stepdad|bestie|best\s+friend|friend|boss|coworker|neighbor|neighbour"
)
# one person: the writer, a partner, a relation, a titled name, one holding a role, the guest of
# honor ("me + 8 coworkers + the guest of honor, so 10 adults": one of the sum, round q85b)
ONE = re.compile(
    rf"me|myself|the\s+guests?\s+of\s+hono(?:u)?r|(?:my|our|his|her|the)\s+{PARTNER}|(?:my|our|his|her)\s+(?:{_KIN_ONE})|"
    r"(?:dr|mr|mrs|ms|coach|pastor|capt|captain|rev|father|fr|chef)\.?\s+[a-z][a-z'-]+|"
    rf"(?:the|our|my)\s+(?:[a-z]+\s+)?(?:{ROLE})"
)
# "my parents", "his in-laws": a pair
PAIR = re.compile(r"(?:my|our|his|her|their)\s+(?:parents|in-?laws|grandparents)")
# a relation's name told before the list ("throwing my son Jake a party ... it'll be Jake, ...";
# "our owner, Greg, asked me ...: 8 from sales ..., plus Greg and his wife")
NAMED_KIN = re.compile(
    r"\b(?:my|our)\s+(?:son|daughter|husband|wife|brother|sister|dad|mom|father|mother|nephew|niece|"
    rf"cousin|friend|boss|{ROLE})\s*,?\s+(?!(?:and|or|is|was|has|had|who|will|would|wants?|asked|"
    r"said|and|the|a|an|of|for|to|at|in|with)\b)([a-z]{3,})\b"
)
_BE = re.compile(r"(?:(?:it'?ll|it will|we'?ll|there'?ll)\s+be\s+)?([a-z]{3,})")
# the words opening the list: "it'll be my parents, ..." (round q85j: blind 182 ft055)
LEAD = re.compile(
    r"(?:it'?ll|it will|there'?ll|there will|(?:the\s+)?(?:party|guest list)\s+will)\s+be\s+"
)


def opening(text: str, at: int) -> int:
    """Where the sentence holding `at` opens ("dr." is a title, not its end)."""
    end = at
    while True:
        stops = [m for m in _STOP.finditer(text, 0, end)]
        if not stops:
            return 0
        stop = stops[-1]
        if text[stop.start()] == "." and _TITLE_DOT.search(text, 0, stop.end()):
            end = stop.start()
            continue
        return stop.end()


# the words that open a list before its first part ("it'll be me, ...")
_LEAD_BE = re.compile(
    r"\A(?:it'?ll|it will|we'?ll|we will|it'?s gonna|there'?ll)\s+be\s+(?=(?:me|myself)\Z)"
)


def grown_count(part: str, before: int | None, names: frozenset[str] = frozenset()) -> int | None:
    """How many grown-ups one part of the list is (`before`: the count of the part before it;
    `names`: the relations named before the list), or None when it is no such part."""
    part = _LEAD_BE.sub("", part, count=1)  # "it'll be me, 11 coworkers and ...": "me"
    if m := _GROWN_KIDS.fullmatch(part):
        return int(m.group("n"))
    if (lead := LEAD.match(part)) and lead.end() < len(part):
        # "it'll be my parents, their 4 kids (all grown) ...": the list opens after "it'll be"
        return grown_count(part[lead.end() :], before, names)
    if NOT_GROWN.search(part) or re.search(r"[^a-z0-9' .-]", part):
        return None
    if PAIR.fullmatch(part):
        return 2
    if (name := _BE.fullmatch(part)) and name.group(1) in names:
        return 1
    if m := _PLUS_ONES.fullmatch(part):
        return int(m.group("n"))
    if THEIR.fullmatch(part):
        return before
    if ONE.fullmatch(part):
        return 1
    for pattern in (_COUNT, _NAMED):
        if (m := pattern.fullmatch(part)) and len(re.findall(r"\d+", part)) == 1:
            return int(m.group("n"))
    return None


def led(part: str) -> int | None:
    """The count ending a part a few words lead into ("they're inviting 10 friends"), or None."""
    m = re.search(rf"(?:^|\s)((?:the\s+|my\s+|our\s+)?\d{{1,3}}\s+{_WORDS})\Z", part)
    if m is None or len(re.findall(r"\d+", part)) != 1 or len(part[: m.start(1)].split()) > 4:
        return None
    return grown_count(m.group(1), None)
