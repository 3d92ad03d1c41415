"""Numbers that are no count, said in the ways a chatty message says them: a door's number after
"number" ("the apartment is number 204"), a time hedged ("saturday at like 7"), the years of an
anniversary said again in brackets ("25th anniversary ... (25 yrs can u believe it)"), a jersey's
number and the writer as "the one" ("ill be the one in the #85 jersey", "his #16 montana jersey",
"the captain (#9)"), a size ("8 oz filet", "a 6ft table", "20x20 patio", "a 65 inch"), what a place
holds ("backyard seats 20"), pets and things ("2 dogs", "3 grills", "his 3 webers", "2 tvs") and a
grown relation's age ("grandma is 92", "grandpa is 91 and grandma 89", "(shes 58)"). The safety net
(`checks.unexplained_numbers`) asks about no number inside one of these spans; a people word after
the number keeps it a count. Also a budget's hedge ("budget is 1000 or so"), no choice of food."""

from __future__ import annotations

import re

Span = tuple[int, int]

# a colour a thing is told by ("the blue one on the corner"); `requested` reads "with" after it
COLOUR = (
    r"(?:(?:light|dark)\s+)?(?:blue|red|green|white|yellow|gr[ae]y|brown|black|tan|beige|pink|"
    r"orange|purple)"
)
# grown relations whose age a message tells beside the order
_GROWN = (
    r"grandma|grandpa|grandmother|grandfather|nana|papa|abuela|abuelo|mom|mother|mama|dad|father|"
    r"pops|husband|hubby|wife|aunt|uncle|boss|sister|brother|son|daughter|partner|fiance|fiancee"
)
_PEOPLE_AFTER = r"(?!\s*(?:adults|kids|people|guests|ppl|pax|persons|children|of\b|more\b|total\b))"
_NO_COUNTS = [
    re.compile(p)
    for p in [
        # a home's or a room's number said with "number" between ("the apartment is number 204")
        r"\b(?:apt|apartment|unit|suite|room|rm|space|lot|building|bldg|house|door)\s+(?:is\s+)?"
        r"(?:number|no\.?|#)\s*\d{1,6}[a-z]?\b",
        # an hour hedged ("at like 7", "around about 6"); "we're at like 12" is how many there are
        r"(?<!are )(?<!'re )(?<!re )(?<!is )(?<!be )(?<!was )(?<!were )(?<!now )"
        r"\b(?:at|around|by|until)\s+(?:like|about|around|abt|maybe|roughly)\s+(?:[1-9]|1[0-2])\b"
        + _PEOPLE_AFTER,
        # a jersey's or a shirt's number ("the #85 jersey", "number 12 jersey")
        r"(?:#|\bnumber\s+|\bno\.?\s*)\d{1,3}\s+(?:(?!adults|kids|people|guests)[a-z]+\s+){0,2}"
        r"(?:jersey|shirt|uniform|hat|cap)\b",
        # a player's number in brackets after them ("for the captain (#9)"): a label, no count
        r"\(\s*#\s*\d{1,3}\s*\)",
        # the writer as "the one" who wears, waits, answers ("ill be the one in the red hat")
        r"\b(?:be|i'?m|am)\s+the\s+1\s+(?=(?:in|with|wearing|at|by|who|waiting|answering)\b)",
        # a thing told by its colour ("the house is the blue one on the corner", "ours is the white
        # one with the palm tree"): a pronoun, no count of one
        rf"\bthe\s+{COLOUR}\s+1\b" + _PEOPLE_AFTER,
        # a weight or a length ("8 oz filet", "a 6ft table", "16oz ribeye"): a size, no count
        r"\b\d{1,3}(?:\.\d)?\s*-?\s*(?:oz|ounces?|lbs?|pounds?|ft|feet|foot|inch|inches)\b",
        # a place's or a tent's size ("20x20 patio", "10 by 20 ft canopy"): with a length or the
        # place after it; "12 x 2" alone may be guests times proteins and stays unexplained
        r"\b\d{1,3}\s*(?:x|×|by)\s*\d{1,3}(?=\s*(?:ft|feet|foot|'|’|m)\b|\s+(?:[a-z]+\s+)?"
        r"(?:patio|yard|backyard|deck|tent|canopy|space|area|garage|lawn|pergola|gazebo|driveway|"
        r"room|slab)\b)",
        # what a place holds ("backyard seats 20", "the patio fits about 30"): room, no count; a
        # verb of ours ("we need to seat 20") is no place's
        r"\b(?:yard|backyard|patio|deck|table|tables|space|house|garage|venue|tent|room|place|"
        r"it|which|that)\s+(?:only\s+|can\s+|could\s+|comfortably\s+|easily\s+)*(?:seats|fits|"
        r"holds|accommodates|seat|fit|hold|accommodate)\s+(?:up\s+to\s+|about\s+|around\s+|like\s+|"
        r"maybe\s+|abt\s+|~\s*)?\d{1,3}\b",
        # animals and things of the house ("we have 2 dogs", "3 grills already"): no guests
        r"\b\d{1,2}\s+(?:(?:big|small|little|large|friendly|rescue|sweet|good|old)\s+)?(?:dogs?|"
        r"cats?|pets?|puppies|puppy|pups?|grills|bbqs|smokers|coolers|cars|trucks|tvs|televisions|"
        r"webers|traegers|blackstones|griddles)\b",
        # a grown relation's age told with "is" ("grandma is 92", "my dad's 70"): who they are,
        # no count ("my son is 8" stays asked: a child beside the count?)
        rf"\b(?:{_GROWN})(?:\s+is|'s|’s|s)\s+(?:1[89]|[2-9]\d|1[01]\d)\b"
        r"(?:\s*(?:years?|yrs?)(?:\s+old)?)?" + _PEOPLE_AFTER,
        # a second grown relation's age after the first ("grandpa is 91 and grandma 89")
        rf"\b(?:{_GROWN})(?:\s+is|'s|’s|s)\s+(?:1[89]|[2-9]\d|1[01]\d)\s*(?:,|and|&|n)\s+"
        rf"(?:(?:my|his|her|our)\s+)?(?:{_GROWN})\s+(?:1[89]|[2-9]\d|1[01]\d)\b" + _PEOPLE_AFTER,
        # a grown age told in brackets by a pronoun ("my moms bday (shes 58)"); a child's age
        # ("(shes 9)") stays asked: a kid beside the count?
        r"\(\s*(?:she|he)(?:'s|’s|s|\s+is|\s+turns|\s+turning|\s+will\s+be)\s+"
        r"(?:1[89]|[2-9]\d|1[01]\d)\s*(?:years?|yrs?)?(?:\s+old)?\s*[!.]*\s*\)",
    ]
]
_YEARS_AGAIN = re.compile(r"\(\s*(\d{1,2})\s*(?:years?|yrs?)\b(?!\s*old)")
# "1000 or so", "$800 or so" after a budget's word: the money's hedge, no choice between options
_BUDGET_OR_SO = re.compile(
    r"\b(?:budget(?:ed)?|spend|spending)\b[^.;!?\n\d]{0,25}\$?\d[\d,]*(?:\.\d+)?\s*k?\s+(or)\s+so\b"
)

# whom counted extras are for, one each, a count among them ("3 extra lobster tails for Frank and
# the 2 VPs"): the people the extras go to, inside the guests counted, when one and the count
# make the extras' number
_EXTRAS_FOR = re.compile(
    r"\b(\d)\s+(?:extra|additional)\s+[a-z]+(?:\s+tails?)?\s+for\s+(?:(?:the|my|our)\s+)?[a-z]+\s+"
    r"(?:and|&|n|\+)\s+(?:the|our|my|his|her|their)\s+(\d)\s+[a-z]+\b" + _PEOPLE_AFTER
)


def no_count_spans(text: str) -> list[Span]:
    """Spans of numbers in normalized `text` said as a door, an hour, a jersey or the years of an
    anniversary said again: no count of guests."""
    spans = [m.span() for p in _NO_COUNTS for m in p.finditer(text)]
    if "extra" in text or "additional" in text:  # "3 extra lobster tails for frank and the 2 vps"
        spans += [m.span(2) for m in _EXTRAS_FOR.finditer(text) if int(m[1]) == int(m[2]) + 1]
    if "(" in text:  # one cheap test: the years said again stand in brackets
        for m in _YEARS_AGAIN.finditer(text):
            if re.search(rf"\b{m.group(1)}(?:st|nd|rd|th)\b", text):  # the same years as an ordinal
                spans.append(m.span())
    return spans


def budget_hedges(text: str) -> list[Span]:
    """The "or" of a budget's "or so" ("our budget is 1000 or so"): a hedge on money."""
    if " or so" not in text:  # one cheap test: rare words
        return []
    return [m.span(1) for m in _BUDGET_OR_SO.finditer(text)]
