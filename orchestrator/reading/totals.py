"""The party's size said as a whole ("party of 15", "16 people", "we're 12", "20 total", "all 8 of
us", "office party for our team of 14") and guest counts said roughly ("20-25 people", "15ish",
"between 10 and 12 guests"). Each reader returns what it read and the spans it explains; the guest
reader checks them against the counts by band."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated
from orchestrator.reading.alternation import alternation
from orchestrator.reading.asked_for import asked_for
from orchestrator.reading.benign import STREET
from orchestrator.reading.groups import SUBSET
from orchestrator.reading.money_talk import money_spans
from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS, TEEN_WORDS, TODDLER_WORDS

Span = tuple[int, int]


ADULT, KID, TEEN, TODDLER, PEOPLE = (alternation(w) for w in
                                     (ADULT_WORDS, KID_WORDS, TEEN_WORDS, TODDLER_WORDS, PEOPLE_WORDS))  # fmt: skip  # noqa: E501
ANY_GUEST = f"{ADULT}|{KID}|{TEEN}|{TODDLER}|{PEOPLE}"
_RANGE_GUESTS = re.compile(
    rf"\b(\d{{1,4}})\s*(?:-|to|or)\s*(\d{{1,4}})\s*(?:{ANY_GUEST})\b|\bbetween\s+(\d{{1,4}})\s+and\s+(\d{{1,4}})"
    rf"|\b(\d{{1,4}})\s*ish\b|\b(\d{{1,4}})\s*\+\s*(?:{PEOPLE}|{ADULT})\b"
)
# a grown-ups' night named bare after the party ("8 of us for game night"): what it is for
_NIGHT = r"(?:game|games|poker|movie|trivia|card|cards|karaoke|bunco|wine)\s+night"
# a holiday named bare after the party ("6 of us for friendsgiving lol,", "10 of us for christmas
# eve.", "12 of us for easter brunch"): what the party is for, as "for our ..." is (round q86b)
_HOLIDAY = (
    r"(?:thanksgiving|friendsgiving|christmas|xmas|hanukkah|chanukah|kwanzaa|easter|passover|diwali|"
    r"halloween|nye|new\s+years?|new\s+year's|super\s*bowl)"
    r"(?:\s+(?:eve|day|dinner|brunch|lunch|party|potluck))?(?:\s+this\s+year)?(?:\s+(?:lol|lmao|haha+))?"
)
# ("costume party 10/25": a month/day date after the word, no party of 10)
_TOTAL = re.compile(
    r"\b(?:party|group|crew|family|headcount|party size|guest count|number of guests|guests|total)"
    r"\s*(?:of|is|will be|size|count)?\s*[:=]?\s*(?:about |around |roughly |approx\.? |like )?"
    # ... not a list's first item on the next line ("our summer party:\n1. Date: ..."): layout
    r"(?!(?<=\n)\d{1,2}[.)][ \t]+[a-z][a-z /&-]{0,24}:)(\d{1,4})\b(?!/\d)"
    # ... nor an hour ("the party is 7-10pm", "party is 7 to 10 pm", "party is 6pm": when, not who)
    r"(?!\s*(?:(?:-|\u2013|to)\s*\d{1,2}(?::\d\d)?\s*)?(?::\d\d|[ap]\.?m\b|o'?clock\b))"
    # ... nor one item of a sum said after it ("us 2 + my sisters crew 5 + my parents = 9 adults")
    r"(?!\s*\+[^.!?\n=]{0,60}=\s*\d)"
    # ... nor a street number ("Nunez Dental Group\n2600 Capitol Ave": the firm's address; "party of
    # 20 at my place" is the size)
    r"(?!\s+(?:(?!(?:at|in|on|to|for|of|from|with|and|or|all|by|this|that|my|our|his|her|their|the|"
    rf"a|an|is|so)\b)[a-z0-9]+\.?\s+){{1,3}}{STREET}\b)"
    rf"|\b(\d{{1,4}})[ \t]*(?:{PEOPLE})\b(?!\s*(?:count|want|wants|would|prefer|get|gets|will|like))"
    # "20 total, 4 of them kids"; "(4 total)" after a list counts the list
    r"|(?<![$\d,.(])(?<!\( )\b(\d{1,4})\s+(?:total|in total|in all|altogether)\b"
    # "the 4 of us adults, my parents and ...": the writer's household, a list's first group
    # (other "5 of us grownups", "7 of us (all adults)" are adults: the adult reader's)
    rf"|(?<=\bthe )(\d{{1,4}})\s+of us(?:\s+(?:all\s+)?(?:{ADULT})\b|\s*\((?:all\s+)?(?:{ADULT})\))"
    # ... a laugh before the stop too ("just the 2 of us lol."), or a repeat customer's "this time"
    # ("hey its Tina from the office party in dec. 20 of us this time, all adults")
    r"|\b(\d{1,4})\s+of us\b(?:\s+this\s+(?:time|year|round))?(?:\s+(?:lol|lmao|haha+)\b)?"
    r"(?=\s*(?:[,.!?\n]|$|(?:total|in total|in all|altogether|coming|from|"
    r"for (?:our|my|his|her|a|the))\b)|\s{2,}|\s+[-\u2013\u2014]\s"
    # "its 10 of us not 9": the count it replaces right after (`replaced`, round q82f)
    r"|\s+not\s+\d{1,3}\b"
    # "10 of us including me": the writer inside the count (round q82s)
    r"|\s*,?\s*(?:including|incl\.?|counting)\s+(?:me|myself)(?:\s*(?:[,.!?\n]|$)|\s{2,})"
    # "8 of us for game night,", "14 of us for poker night": the occasion the party is for
    rf"|\s+for\s+(?:{_NIGHT}|{_HOLIDAY})\s*(?:[,.!?\n]|$)"
    # "12 of us in the league, all adults": where the party belongs, then the sentence ends
    r"|\s+in\s+(?:the|our|my)\s+[a-z]+(?:\s+[a-z]+)?\s*[,.!\n]"
    # "so 9 of us are coming, all adults": the verb, then the clause ends ("3 of us are coming
    # late" is some of them)
    r"|\s+(?:are|r|will be)\s+(?:coming|attending)\s*(?:[,.!?\n]|$)"
    r"|\s*(?:and\b|[+&])(?!\s*(?:(?:our|my|the|their|his|her|a|an|some)\s+)?(?:\d|kids?\b|child|"
    r"bab(?:y|ies)|toddlers?|little|grandkids|teens?))"
    r"|\s*(?:and\b|[+&])\s*\d{1,3}\s+(?:of them\s+)?(?:are\s+)?bringing\b)"
    # "6 of us: me + jen want salmon, the other 4 want chicken": a message or line that opens with
    # the count and a colon heads what follows with the party's size ("2 of us: filet, 3 of us:
    # chicken" lists counted choices instead); so does a sentence that opens so after an occasion
    # ("bday dinner! 8 of us: ...", "bday dinner 🎂 8 of us: ...")
    r"|(?:^|(?<=\n)|(?<=[.!?] )|(?<=[\u2600-\u27bf\U0001f300-\U0001faff] ))[ \t]*(\d{1,4})\s+of us"
    r"(?=:[ \t])(?!.*\b\d{1,4}\s+of us\s*:)"
    r"|\ball\s+(\d{1,4})\s+of\s+us\b"
    # "please quote the 27, all adults" (the yeses of an RSVP tally): the count quoted, grown
    r"|\bquote\s+(?:the\s+)?(\d{1,4})(?=\s*,?\s*(?:all|everyone)\s+(?:are\s+)?(?:adults|grown-?ups)\b)"
    r"|\b(?:we're|we are|there are|there will be)\s+(\d{1,4})\b"
    r"(?!\s+(?:families|households|groups)\s*:)"  # "we are 2 families: us 2 adults, ...": a list
    # "... + me and my husband = 16": the sum of the list before it
    r"|\b(?:me|myself|us|husband|hubby|wife|wifey|partner|spouse|dad|mom|fianc(?:e|ee)|bf|gf|boyfriend|"
    r"girlfriend|parents|in-?laws)\s*=\s*(\d{1,4})\b(?!\s*(?:[a-z]|\$))"
    r"|\b(?:hibachi|dinner|lunch|luncheon|brunch|party|event|catering|cater|quote|price|pricing|"
    r"menu|night)\s+for\s+"
    # ("dinner for 1 of my couples": a planner's client, whose event it is)
    r"(?:about |around )?(\d{1,4})\b"
    # ("quote for 50: 35 adults + 15 kids": the total, then its parts by band, summed by the checks)
    rf"(?!\s*(?:am|pm|hours?|years?|:(?!\s*\d{{1,4}}\s+(?:{ADULT})\b)|/|of (?:my|our) "
    r"(?:couples|clients|brides|buyers|sellers|customers|tenants|patients)\b))"
)
# "office party for our team of 14", "company picnic for our crew of 16": a team at work is its
# size in adults; a team elsewhere ("our soccer team of 12") may be kids, and is asked about,
# unless the message counts that many by band ("Team of 14 holiday lunch: 14 adults")
_TEAM = gated(re.compile(
    r"\b(?:(?:our|my|the|his|her|their)\s+)?(?:(?:work|office|whole|entire)\s+)?"
    r"(?:team|crew|staff|department|dept|office)\s+(?:of|is)\s+(\d{1,4})\b"
    # "Office is 2901 K St", "Office is 980 9th St": a street number, no size
    rf"(?!\s+(?:[a-z0-9]+\.?\s+){{1,3}}{STREET}\b)"
))  # fmt: skip
_AT_WORK = re.compile(
    r"\b(?:office|work|company|corporate|coworkers|co-workers|colleagues|employees|staff|department|"
    r"dept|business|firm|holiday party|christmas party)\b"
)
_ALL_GROWN = re.compile(r"\s*[,(-]?\s*(?:all|everyone)\s+(?:are\s+)?(?:adults|grown-?ups)\b")
# "10 adults ... 2 extra lobster tails for the 2 of us": some of the adults counted, not the party
_SOME_OF_US = re.compile(r"\bfor\s+the\s+\d{1,4}\s+of us\Z")


def guest_ranges(text: str) -> list[tuple[str, Span]]:
    """Guest counts said as a range or roughly, with their spans ("between 7 and 11" about ages
    is the kid reader's)."""
    found, money = [], money_spans(text)
    for m in _RANGE_GUESTS.finditer(text):
        if m.group(1) and m.group(1) == m.group(2) and "or" not in m.group(0):
            continue  # "our crew of 12 - 12 adults": equal ends are one count
        if m.group(3) and not re.match(rf"\s*(?:{ANY_GUEST})\b", text[m.end() : m.end() + 12]):
            continue
        if any(s <= m.start() and m.end() <= e for s, e in money):
            continue  # "budget 800ish": money said roughly, no guests
        if m.group(1) and re.search(r"\bturn(?:s|ing|ed) \Z", text[max(0, m.start() - 9) : m.start()]):
            continue  # "for emma who is turning 10 - 7 kids ...": her age, then the count
        found.append((m.group(0).strip(), m.span()))
    return found


def guest_totals(text: str, groups: list[Span], *, adults: int) -> tuple[list[int], list[Span]]:
    """The party's size each time it is said, and the spans read. `groups`: spans of groups
    counted with their ages or roles, whose numbers are no total; `adults`: the adults counted
    by word, of whom "for the 2 of us" names some."""
    totals: list[int] = []
    some: list[int] = []  # where "for the 2 of us" stands in `totals`: a part, or the party?
    spans: list[Span] = []
    # a team at work, one said to be all adults ("(team of 22, all adults)"), or one counted that
    # many adults ("14 people": kids?)
    work = bool(_AT_WORK.search(text))
    at_work = [m for m in _TEAM.finditer(text) if work or _ALL_GROWN.match(text, m.end())
               or re.search(rf"(?<![\d$])\b{m.group(1)}\s+(?:{ADULT})\b", text)]  # fmt: skip
    found = [*_TOTAL.finditer(text), *at_work, *asked_for(text)]  # "how much for 18 teachers"
    for m in sorted(found, key=lambda one: one.start()):
        if re.match(rf"[ \t]*(?:{ADULT}|{KID}|{TEEN}|{TODDLER})\b", text[m.end() :]):
            continue  # "family of 6 adults": counted as adults
        if SUBSET.match(text, m.start()):
            continue  # "2 guests are gluten free": some of the party, not its size
        if any(start <= m.end() - 1 < end for start, end in groups):
            continue  # "party: 20 players (14-16 yrs)": the number counts the group
        number = int(next(x for x in m.groups() if x))
        spans.append(m.span())
        if _SOME_OF_US.search(text, 0, m.end()):
            some.append(len(totals))
        totals.append(number)
    # "party of 12 ... salmon and shrimp for the 2 of us": a part of a larger count said, the party
    # only when nothing larger is (round q86g: "party of 12" beside it asked two totals)
    largest = max([adults, *(n for i, n in enumerate(totals) if i not in some)])
    return [n for i, n in enumerate(totals) if i not in some or n >= largest], spans
