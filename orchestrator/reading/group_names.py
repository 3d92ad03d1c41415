"""Group words the coverage check meets that add no one: the adults' group named right before
their count ("dinner for our rec league coaches, 9 adults"), a group word naming an organisation
or its event ("I coordinate the seniors ministry", "a members dinner"), a group word saying what
people counted are ("the little ones are siblings") and a group named as the subject of a remark
("our members look forward to it") or as who books the event ("our members would like to hold
our spring luncheon with you ... We will be 24 adults"); the group the party is for, its whole
count said later as everyone ("a lunch for the guys ... there's 17 of us all adults"); the group
that brings a potluck's other dishes ("Residents bring the sides and desserts"): what some of those
counted bring, no one added; the graduates a graduation party is for ("one graduation party for our
seniors this year. The Trans are 5 adults, ..."), inside the counts the message gives later."""

from __future__ import annotations

import re

from orchestrator.reading.partners import PARTNERS
from orchestrator.reading.words import ADULT_WORDS

# kin ("for my parents, 14 adults") may be whom the party is for, beside the count: not these
_ADULT_WORDS = frozenset(ADULT_WORDS) - {"parents", "grandparents"}
# "(the little ones are siblings)": the word says what people counted are, adding no one
_PREDICATE = re.compile(r"\b(?:are|were|they'?re)\s+(?:all\s+)?\Z")
# "coaches, 9 adults", "volunteers: 14 grown-ups": the group's count, by the adults' own word
_ADULTS_COUNT_AFTER = re.compile(
    # "board members + spouses, 14 adults": the partners joined to them inside the count too
    rf"(?:\s*(?:\+|&|and|plus)\s*(?:their\s+)?{PARTNERS})?"
    r"\s*[:,-]\s*(?:(?:all|about|exactly)\s+)?\d{1,3}\s+(?:adults|grown-?ups)\b"
)
# "the seniors ministry", "our members club": the group's word naming what they belong to
_ORGANISATION = re.compile(
    r"\s+(?:ministry|ministries|club|group|program|programme|center|centre|league|committee|"
    r"association|society|fellowship|department|dept|chapter|circle|guild)\b"
)
# "our lodge is doing a members dinner", "staff appreciation lunch", "a members holiday dinner":
# the group's word naming the event, whose guests the count says
# ("coworking members BBQ", "members appreciation: 18 adults": the appreciation is the event)
_EVENT = re.compile(
    # "camp counselor end of summer party" (round q85k, 182 ft036): the season's end before the event
    r"'?\s+(?:end[ -]of[ -](?:the[ -])?(?:summer|season|year|school[ -]year|camp|term)\s+)?"
    r"(?:(?:appreciation|holiday|christmas|xmas|spring|summer|fall|winter|annual|monthly|"
    r"yearly|awards?)\s+){0,2}(?:dinner|lunch|luncheon|banquet|brunch|night|party|potluck|social|"
    r"mixer|gathering|retreat|offsite|bbq|barbecue|cookout|picnic)\b"
    r"|'?\s+appreciation\b(?=\s*[:,-]\s*\d)"
)
# "a holiday thing for our members it's gonna be 33 adults": the group the party is for, its
# count of grown-ups said right after (kin are left: "for my parents, 14 adults" may be on top)
_FOR_GROUP = re.compile(r"\bfor\s+(?:our|the|my)\s+\Z")
# when the party is, between the group and its count: "for the guys on friday the 20th at 12 30",
# "for the guys on shift next thursday"
_WHEN = (
    # ("for my guys at the shop seventeen of us all adults": where they work)
    r"(?:\s+at\s+(?:the|our|my)\s+(?:shop|office|station|firehouse|garage|plant|store|warehouse|"
    r"site|yard|gym|church|school|clinic|restaurant|salon|studio))?"
    r"(?:\s+(?:on|this|next)\s+[a-z]+(?:\s+the\s+\d{1,2}(?:st|nd|rd|th))?){0,2}"
    r"(?:\s+at\s+\d{1,2}(?:[: ]\d{2})?(?:\s*(?:am|pm))?)?"
)
_GROUP_COUNT_AFTER = re.compile(
    rf"{_WHEN}\s*[,:;.-]?\s*(?:(?:it'?s|its|it is|it will be|we'?re|we'?ll be|we will be|that'?s|thats|"
    r"there will be)\s+(?:(?:gonna|going to)\s+be\s+)?)?(?:(?:about|around|exactly)\s+)?\d{1,3}\s+"
    r"(?:adults|grown-?ups|people|ppl|guests|of\s+us\s*,?\s+(?:we'?re\s+)?all\s+adults)\b"
    r"(?!\s*(?:\+|plus|and|&|with)\s)"
)
# "a lunch for the guys on Friday ... there's 17 of us all adults": the group the party is for,
# the writer among them, their whole count said later as everyone, all adults
_WE_ALL_ADULTS = re.compile(
    r"\b(?:there'?s|theres|there are|we'?re|we are|were)\s+\d{1,3}\s+of\s+us\s*,?\s+(?:and\s+)?"
    r"(?:we'?re\s+|we are\s+)?all\s+adults\b(?!\s*(?:\+|plus|and|&|with)\s)"
)
_JOINED_BEFORE = re.compile(r"(?:\band|\bplus|\bwith|&|\+)\s+(?:the\s+|our\s+)?\Z")
# "our members look forward to it", "several of our members have been coming for years": the
# group as the subject of a remark about them, with no food and no one added in its sentence
_POSSESSED = re.compile(r"\b(?:our|the)\s+\Z")
_REMARK_VERB = re.compile(
    r"\s+(?:have been|has been|look forward|looks forward|love|loves|always|enjoy|enjoys|"
    r"are (?:so |really |very )?(?:excited|thrilled|looking forward)"
    # "a few of our members have dietary preferences": about them, no one added
    r"|ha(?:ve|s)\s+(?:some\s+)?(?:dietary|food)\s+(?:preferences|restrictions|needs))\b([^.!?\n]*)"
)
# "our members would like to hold our spring luncheon with you ... We will be 24 adults": the
# group as who books the event, everyone counted later in the message (kin are left: "our parents
# would like to book a dinner for the team" may be on top)
_BOOKS = re.compile(
    r"\s+(?:would like|'d like|want|wants|wish|are hoping|hope)\s+to\s+(?:hold|book|schedule)\s+"
    r"(?:our|their|its|a|an|the)\s"
)
_COUNT_LATER = re.compile(r"\b\d{1,3}\s+(?:adults|grown-?ups|people|guests|ppl)\b")
# "Residents bring the sides and desserts", "the members are bringing desserts": a potluck's dishes
# off the menu, what some of those counted bring ("residents bring their kids" is no dish)
_BRINGS_DISHES = re.compile(
    r"\s+(?:(will|are|r|all|usually|always)\s+)?(?:bring|brings|bringing|provide|provides|"
    r"providing|cover|covers|covering|handle|handles|handling)\s+(?:(?:the|all the|some|their own|"
    r"a few)\s+)?(?:sides?|side dishes|desserts?|salads?|drinks|appetizers|apps|potluck dishes)\b"
)
_ADDS = re.compile(r"\b(?:bring|bringing|invite|inviting|join|joining|plus|too|also|extra|more)\b")

# "one graduation party for our seniors", "a grad dinner for the graduates": whom the party is for
_GRAD_EVENT_FOR = re.compile(r"\b(?:grad|graduation)\s+(?:[a-z]+\s+){0,2}for\s+(?:our|the|my)\s+\Z")
_GRADUATES = frozenset({"seniors", "graduates", "grads"})

# "3 lobster tails extra for the coaches": extras for a group the message counts by its number
# ("plus 3 coaches"), no one new
_FOR_THE = re.compile(r"\bfor\s+(?:the|our|both|all)\s+\Z")


def _extras_for_counted(text: str, start: int, end: int) -> bool:
    """Whether the group word at `start`..`end` follows "for the" and is counted elsewhere."""
    word = re.escape(text[start:end])
    return bool(_FOR_THE.search(text, max(0, start - 12), start)) and bool(
        re.search(rf"\b\d{{1,3}}\s+{word}\b", text)
    )


def names_no_one(text: str, start: int, end: int, food: re.Pattern[str]) -> bool:
    """Whether the group word at `start`..`end` of normalized `text` adds no one to the count;
    `food` finds a menu word (a group's food is a choice to place, never a remark)."""
    word = text[start:end]
    before = text[max(0, start - 12) : start]
    if _extras_for_counted(text, start, end):
        return True
    if word in _ADULT_WORDS and _ADULTS_COUNT_AFTER.match(text, end):
        return True
    if word in _ADULT_WORDS and _FOR_GROUP.search(before) and _GROUP_COUNT_AFTER.match(text, end):
        return True  # whom the party is for, then its count
    if word in _ADULT_WORDS and _FOR_GROUP.search(before) and _WE_ALL_ADULTS.search(text, end):
        return True  # whom the party is for, then everyone's count: "there's 17 of us all adults"
    if word in _GRADUATES and _GRAD_EVENT_FOR.search(text, max(0, start - 50), start):
        return bool(_COUNT_LATER.search(text, end))  # the graduates inside the counts after
    if _PREDICATE.search(before) and not _JOINED_BEFORE.search(before):
        return True
    if (_ORGANISATION.match(text, end) or _EVENT.match(text, end)) and not _JOINED_BEFORE.search(before):
        return True
    if _POSSESSED.search(before) and word in _ADULT_WORDS and _BOOKS.match(text, end):
        return bool(_COUNT_LATER.search(text, end))
    if (dishes := _BRINGS_DISHES.match(text, end)) and (
        not _JOINED_BEFORE.search(before) or dishes.group(1)
    ):  # "... potluck and the members are bringing the sides": a clause of its own
        return True  # "residents bring the sides and desserts": a potluck's dishes
    remark = _REMARK_VERB.match(text, end) if _POSSESSED.search(before) else None
    return bool(remark and not (food.search(remark.group(1)) or _ADDS.search(remark.group(1))))
