"""Relations named with no "my" ("+ grandma & grandpa", "and uncle ray", "plus nana", "and
grandma's neighbors"): people the coverage check must see as well as "my parents", so that a
relation the guest reading did not count never leaves an unflagged quote. Only the ones that may
be new guests are returned; whether they stand in a list is the coverage check's to judge."""

from __future__ import annotations

import re

from orchestrator.reading.clergy_added import CLERGY_TITLE
from orchestrator.reading.grown_ages_told import after_ages_told

# An event of the people just named ("my parents anniversary", "my grandparents 50th", the
# apostrophe left out): they are whose event it is, counted in the total the message gives. A
# first name may stand between ("Event: Grandma Rosa's 90th birthday": still her event). A
# reunion names the kin it gathers ("cousins reunion, 20 total"): the event, not more guests.
OCCASION_AFTER = (  # "for my bf's family reunion": a household's occasion too
    r"(?:\s+[a-z]+(?='s\b))?'?s?'?\s+(?:\d{1,2}(?:st|nd|rd|th)\s+)?(?:family\s+)?(?:wedding\s+)?(?:anniversary|"
    r"anniv|birthday|bday|b-day|retirement|vow renewal|reunion|[1-9]0th|25th|"
    r"(?:bridal |baby |wedding )?shower|graduation|grad party|engagement party|"  # "bridal shower"
    # a birthday by its ordinal alone ("for my dads 65th", "her 21st"), no date: a kin's, whose
    r"[1-9]\d(?:st|nd|rd|th)(?![^\S\n]+(?:of|street|st|ave|avenue|floor|grade)\b))\b"
)
# Relations just named come to the writer ("are visiting", "r in town", "visit from San Jose",
# "coming to visit"): their visit is the occasion (here after a relation found, and in
# reading.occasion_people before the writer's list that counts them)
VISITING = (
    r"(?:(?:are|is|r)\s+)?(?:visit(?:ing)?|(?:coming\s+)?to\s+visit|in\s+town)\b"
)
_BARE_KIN = (
    # "plus father in law", "and sister-in-law": an in-law named with no "my" (before "sister")
    r"(?:(?:father|mother|brother|sister|son|daughter)s?[- ]in[- ]laws?|in-?laws|"
    r"grandma|grandpa|grandmother|grandfather|granny|gramma|grammy|grampa|gramps|nana|papa|"
    r"abuel(?:a|o|os|ita|ito)|t[ií]as?|t[ií]os?|lol[ao]s?|kuya|aunt(?:ie|y)?s?|uncles?|cousins?|mom|mum|mama|dad|"
    r"daddy|parents|grandparents|neighbou?rs|sisters?|brothers?|step-?(?:mom|dad)|"
    r"god(?:mother|father|parents))"
)
# the possessive forms ("my mom", "the cousins") are the coverage check's `_RELATION`
_BARE = re.compile(
    r"(?<!my )(?<!our )(?<!her )(?<!his )(?<!their )(?<!the )"
    rf"\b(?:[a-z]+'s\s+)?{_BARE_KIN}\b(?!')"
)
# Before a bare relation, words that say it is no new guest: counted ("plus 6 parents"), a part
# of a count described ("22 adults, mostly family and a few neighbors"), or whom something is for
# ("2 extra filets for grandma and grandpa", "2 extra lobster tails for my mom and dad")
_NOT_NEW = re.compile(
    r"(?:\d\s*|\b(?:some|a few|few|several|many|a bunch of|lots of|a couple|mostly|all)\s+"
    r"|\bfor\s+(?:(?:my|our|his|her|their|the)\s+[a-z]+\s*(?:and|&|n|\+|,)\s*|[a-z]+\s*(?:and|&|n|\+|,)\s*)?"
    # "birthday ni Lola" (Tagalog "ni": of): whose event it is, as "grandma's birthday"
    r"|\b(?:birthday|bday|b-day|kaarawan|party|anniversary|despedida|[1-9]\d(?:st|nd|rd|th))\s+ni\s+)$"
)
# "an anniversary surprise for my parents, 14 ppl total", "... for my grandparents - 12 adults,
# all adults": whom the event is for, then a count said to be the whole party; they are in it
# (without "total" or "all adults", "for my parents + 12 adults" may be 12 besides them)
_FOR_WHOM = re.compile(r"\bfor\s+(?:my|our|his|her|the)\s+$")
_WHOLE_PARTY = re.compile(
    r"\s*[,:;!.-]*\s*(?:(?:so|that'?s|thats|it'?s|its|we'?re|were|we are|we'?ll be)\s+)?\d{1,3}\s+"
    r"(?:ppl|people|guests|adults|persons|pax|folks|of us)\s*(?:(?:total|in total|in all|altogether)\b"
    r"|,?\s*all\s+(?:adults|grown-?ups|grownups)\b)"
)

_ALL_GROWN_LATER = re.compile(
    r"\b\d{1,3}\s*(?:(?:guests|people|ppl|adults)\s*)?,?\s*all\s+(?:adults|grown-?ups|grownups)\b"
)
_LATER_CHARS = 120

_OCCASION_AFTER = re.compile(OCCASION_AFTER)
# "joint bday for my girls 🎀 6 adults + 4 kids (5, 8, 10, 12)": the writer's girls or boys whose
# birthday it is, the kids counted right after them (among them)
_KIDS_BDAY = re.compile(r"\b(?:bday|birthday|b-day|party)\s+for\s+(?:my|our)\s+$")
_KIDS_AFTER = re.compile(
    r"[\s,:;!.-]*\d{1,3}\s+adults?\s*(?:,|\+|&|and|plus)\s*\d{1,3}\s+(?:kids|children)\b"
)
# "grandparents visiting! me, my husband, ...", "dinner for my grandparents visit, 6 adults",
# "when my parents visit next month. 4 adults": their visit is the occasion, the count holds them
# ("my cousins are visiting too" adds people of no number: still asked)
_VISIT = re.compile(rf"'?s?'?\s+{VISITING}(?!\s+(?:too|also|as well)\b)")


# "brunch at my parents, 6 adults", "at my in-laws' place": whose home it is, a place, not guests
_AT_HOME_BEFORE = re.compile(r"\bat\s+(?:my|our|his|her)\s+$")
_AT_HOME_AFTER = re.compile(r"'?s?'?(?:\s+(?:house|place|home))?\s*(?:[,.:;!]|$)")


def whose_event(text: str, start: int, end: int) -> bool:
    """Whether the people at `start:end` of normalized `text` are whose event it is: their event
    named after them ("my parents anniversary"), or they are whom it is for ("for my parents"),
    a count of the whole party said right after them; the total holds them."""
    if _OCCASION_AFTER.match(text, end) or _VISIT.match(text, end):
        return True
    if _AT_HOME_BEFORE.search(text, max(0, start - 8), start) and _AT_HOME_AFTER.match(text, end):
        return True
    if text[start:end] in ("girls", "boys") and _KIDS_BDAY.search(text, max(0, start - 24), start):
        return bool(_KIDS_AFTER.match(text, end))  # "joint bday for my girls 🎀 6 adults + 4 kids"
    if not _FOR_WHOM.search(text[max(0, start - 12) : start]):
        return False
    # "a celebration for my parents ... 24 adults in total, my parents included": named again
    # later as inside the count, they are in it
    who = re.escape(text[start:end])
    inside = re.compile(rf"\b(?:my|our|his|her)\s+{who}\s+(?:included|incl\b)"
                        rf"|\b(?:incl\.?|including|counting)\s+(?:my|our|his|her)\s+{who}\b")
    # "a lunch for the parents after Mass ... 4 tables of 6, all adults": the count said a little
    # later to be all grown-ups is of the group the event is for
    later = _ALL_GROWN_LATER.search(text, end, end + _LATER_CHARS)
    whole = _WHOLE_PARTY.match(text, after_ages_told(text, end))  # "grandpa is 88 ...! 20 adults"
    return bool(whole or inside.search(text, end) or later)


# "for mom and dad's anniversary": whose event it is, not guests
_THEIR_EVENT = re.compile(rf"(?:\s*(?:and|&|n|\+)\s*{_BARE_KIN})?{OCCASION_AFTER}")


def bare_relations(text: str) -> list[re.Match[str]]:
    """The relations in normalized `text` named with no possessive that may be guests the words
    add: not whose event it is, not counted ("6 parents", named again later), not described
    inside a count ("mostly family and a few neighbors"), not whom something is for."""
    return [
        m
        for m in _BARE.finditer(text)
        if not _THEIR_EVENT.match(text, m.end())
        and not _NOT_NEW.search(text[max(0, m.start() - 30) : m.start()])
        and not re.search(rf"\d\s+{re.escape(m.group(0))}\b", text)
    ]


# People by their role rather than their kin (at work, church, school, home): "plus my boss",
# "and the pastor", "+ our neighbor", "& his girlfriend's roommate". Each is a person the count may
# not hold, so the coverage check sees them as it sees "my sister". Groups whose number a count
# gives ("for our 20 employees", "our clients") are left out: they are whom the event is for.
PERSON_ROLES = (
    r"(?:boss(?:es)?|manager|supervisor|co-?workers?|colleagues?|assistant|secretary|intern|"
    r"pastor|priest|minister|rabbi|reverend|deacon|preacher|youth\s+leader|"
    r"teacher|coach|principal|tutor|classmates?|room-?mates?|neighbou?r|friend|best\s+friend|"
    r"bestie|bff|buddy|pal|roomie|nanny|babysitter|caregiver|landlord|landlady|mentor|"
    r"godson|goddaughter|stepson|stepdaughter|(?:son|daughter|brother|sister)-in-law|"
    r"sitter|foreman|forewoman|superintendent|crew\s+lead|team\s+lead|director)"
)
# A person by a title before their name: clergy, a coach, a doctor, an honorific ("father tom",
# "fr. tom", "tita baby")
_TITLED = (
    rf"(?:{CLERGY_TITLE}|sheikh|coach|dr|doctor|mr|mrs|ms|miss|tito|tita|tio|tia|lola|lolo)\.?\s+[a-z]+"
)
# Anyone named after a count with "plus / and / & / +" and a possessive, closing the clause ("15
# adults plus the youth pastor.", "20 ppl + my wife's boss,"): a person whatever the role's word,
# in the count or one more. What the phrase names is judged by the caller (a catalog word, a
# guest word, a fee are no person).
_ADDED = re.compile(
    r"\b(?:\d{1,4}\s+(?:adults?|grownups|grown-ups|people|guests|ppl|persons|pax|folks|heads|peeps|"
    r"of\s+us)"
    # "party of 14 + my sister's family", "night for 10 & my bf's roommates": the party's size
    r"|\b(?:of|for) \d{1,4})\s*,?\s*(?:plus|and|&|\+)\s*(?P<who>(?:my|our|his|her|their|the)\s+"
    # an emoji gone leaves a gap of spaces that ends the phrase ("my bf's roommates <emoji> chicken");
    # "his gf's family", "the neighbors' family": someone's household
    r"[a-z]+(?:'s|')?(?:\s+[a-z]+)?)(?=\s*(?:[,.;!?\n)]|$|too\b|also\b|as well\b)|\s{2,})"
    # "14 adults plus Father Tom", "22 teens (all 13-17) and Pastor Dan", "+ Coach Rivera and Coach
    # Lee": people by a title and name after any count of people
    # ("8 men from our bible study and Pastor Jim": where they are from between, q86k)
    rf"|\b\d{{1,4}}\s+[a-z]+(?:\s*\([^)]{{0,30}}\))?(?:\s+(?:from|at|in|of|on)\s+(?:[a-z']+\s+){{0,3}}?"
    rf"[a-z']+)?\s*,?\s*(?:plus|and|&|\+)\s*"
    rf"(?P<titled>{_TITLED}(?:\s+(?:and|&|\+)\s+{_TITLED})?)(?=\s*(?:[,.;!?\n)]|$|too\b|also\b))"
    # "30 adults plus us", "12 adults + us": the writer's own party, of a number the words do not give
    r"|\b\d{1,4}\s+(?:adults?|grownups|grown-ups|people|guests|ppl|persons|pax|folks)\s*,?\s*"
    # ("and us 2 adults", "and us, 2 adults + our baby": a household of the list, its count after)
    r"(?:plus|and|&|\+)\s*(?P<us>us|ourselves)\b(?!\s*[,:(-]?\s*(?:\d|two|three|four|five)\b)"
    # "us + 3 friends", "us and 4 kids" opening a list: the writer's own party, of no number
    r"|(?:^|(?<=[,.;:!?\n])|(?<=\s\s))\s*(?P<us_first>us)\s*(?:\+|&|\band\b|\bplus\b)\s*\d{1,3}\s+"
    r"(?:other\s+|more\s+)?(?:couples|friends|adults|people|guests|ppl|families|kids|neighbou?rs|coworkers)\b"
)


# What else follows a count with "plus the": money, the food beside the proteins, the show, the
# event's facts ("20 adults plus the travel fee?", "plus the deposit", "and the usual tip").
_THING = re.compile(
    r"\b(?:fees?|deposit|tax(?:es)?|tips?|gratuity|charges?|costs?|prices?|total|travel|mileage|"
    r"drive|delivery|set-?up|clean-?up|rentals?|drinks|sides|rice|noodles|salads?|soups?|desserts?|"
    r"cake|app(?:etizer)?s|extras|upgrades?|add-?ons?|usual|same|rest|food|menu|show|performance|"
    r"entertainment|chefs?|grill|tables?|chairs|plates|utensils|napkins|sauces?|beer|wine|alcohol|"
    r"bar|date|time|address|zip|location|venue|event|party|quote|bill|invoice)$"
)


def added_after_count(text: str) -> list[tuple[int, int]]:
    """Spans of what normalized `text` names after a guest count with "plus" or "and" and a
    possessive ("15 adults plus my boss,"), or "plus us": someone the count may not hold; no
    money, food or fact of the event ("plus the travel fee")."""
    return [m.span("us") if m.group("us") else m.span("us_first") if m.group("us_first")
            else m.span("who") if m.group("who") else m.span("titled")
            for m in _ADDED.finditer(text)
            if m.group("titled") or m.group("us") or m.group("us_first")
            or not _THING.search(m.group("who"))]  # fmt: skip


# Someone named coming after the count ("15 adults, chicken & salmon. my cousin is coming too"):
# in the count or one more? Not after a count said to be the new one ("its 12 adults now my
# cousins are coming"), nor before any count ("My cousins are coming from Germany. We are 13").
_ARRIVES = re.compile(
    # "my cousins from fremont are coming too": where they come from, between them and the verb
    r"(?:\s+from\s+[a-z][a-z'.-]*(?:\s+[a-z][a-z'.-]*)?)?"  # ("my sister's coming": "'s" is "is")
    r"(?:\s+|(?='s\s))(?:(?:is|are|'s|r|will|can|may|might|have|has|just|all|finally|also|now|be)\s+)*"
    # "my cousins decided to fly in", "my aunts are flying in", "his brothers are driving up":
    # people travelling to the party are guests too, of a number the words do not give
    r"(?:(?:decided|want|wants|plan|plans|planning|going|gonna)\s+(?:to\s+)?)?(?:also\s+)?"
    r"(?:coming|joining|come|join|fl(?:y|ying|ew)\s+in|flying|driv(?:e|ing)\s+(?:up|down|in|over)|"
    r"drove\s+(?:up|down|in)|arriv(?:e|ing))\b"
)
_PART_BEFORE = re.compile(
    r"\b(?:some|a few|few|most|half|part|one|two|three|several|many|all|\d+)\s+of\s+\Z"
)
_COUNT = re.compile(r"\b\d{1,4}\s+(?:adults?|grownups|grown-ups|people|guests|ppl|persons|pax|folks)\b")
_NEW_TOTAL = re.compile(r"\b(?:now|total|in all|altogether)\b")
# a count set anew right before them ("make it 16 adults my cousins are coming"): why it changed
_SET_BEFORE = re.compile(
    r"\b(?:make\s+(?:it|that)|no\s*,?\s*wait|wait\s*,?\s*no|scratch\s+that)\s+\d{1,3}"
    r"(?:\s+(?:adults|people|guests|ppl))?\s*[,.!;:-]*\s*(?:(?:so|since|bc|because|cause|cuz)\s+)?\Z"
)


def arrives_after_count(text: str, start: int, end: int) -> bool:
    """The person named at `start`:`end` of normalized `text` comes ("is coming too") after a guest
    count that is no new total."""
    counts = list(_COUNT.finditer(text, 0, start))
    if _PART_BEFORE.search(text, max(0, start - 20), start):
        return False  # "some of my family is driving down": some of those counted, travelling
    set_before = _SET_BEFORE.search(text, max(0, start - 40), start)
    return bool(counts and _ARRIVES.match(text, end) and not set_before) and not _NEW_TOTAL.search(
        text, counts[-1].end(), start
    )


# A new total right before the person named ("its 11 now, our intern is coming", "actually 6, my
# brother is driving up", "make it 10, my mom is coming too"): the person is why it changed, one
# the follow-up's count must hold with the count before (`joiners_total`), so no remark.
_TOTAL_BEFORE = re.compile(
    r"\b(?:(?:it'?s|its|it\s+is|we'?re|were|we\s+are|actually|make\s+it|make\s+that)\s+(?:now\s+)?"
    r"\d{1,3}|\d{1,3}(?=(?:\s+(?:adults|people|guests|ppl))?\s+now\b))"
    r"(?:\s+(?:adults|people|guests|ppl))?(?:\s+now)?(?:\s+not\s+\d{1,3})?"
    r"\s*[,.!;:-]*\s*(?:(?:so|since|bc|because|cause|cuz|coz)\s+)?\Z"
)


def joins_new_total(text: str, start: int, end: int) -> bool:
    """The person named at `start`:`end` of normalized `text` comes ("is coming", "is driving up")
    right after a new total ("its 11 now, our intern is coming")."""
    return bool(_TOTAL_BEFORE.search(text, max(0, start - 40), start) and _ARRIVES.match(text, end))


# After a relation: what they bring, counted ("my mom is bringing 2 pies"), or the family as who
# gathers (", and our family is gathering at my mother's home"), which the count then says
BRINGS_OR_GATHERS = re.compile(
    r"\s+(?:(?:is|will|will be)\s+)?(?:bringing|brings|bring)\b(?=[^.,;!?\n]*\d)"
    r"|(?<=family)\s+(?:is|are|will be)\s+(?:all\s+)?(?:gathering|getting together|coming together)\b"
    # "the family wants hibachi at the house. The party: the two of us, ...": who wants the event
    r"|(?<=family)\s+(?:wants?|would (?:like|love)|is wanting)\s+(?:to\s+(?:do|have|book)\s+)?"
    r"(?:a\s+)?hibachi\b(?=[^\d]{0,200}\d)"
    # "my wife wants to throw me a dinner ... We'll be 22 adults": the host, in the total said
    r"|\s+(?:wants|would like|is going|is planning|plans)\s+to\s+(?:throw|host|give)\s+(?:me|us)\b"
    r"(?=.{0,160}?\b(?:we'?ll be|we will be|we are|we're|there will be)\s+\d{1,3}\s+"
    r"(?:adults|people|guests)\b)"
)
