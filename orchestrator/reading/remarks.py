"""Words beside an order that change nothing in it, so the safety net (`coverage`) does not ask
about them: a worry about how a dish turns out ("the chicken might come out dry"), a heading
("for food, steak and chicken"), a repeat order ("10 adults again"), a count said in all ("12
adults total"), a price per person the customer saw ("we saw on Yelp it's $55 per person"), a
remark about how much a group eats ("my guys eat a LOT"), tables set up, who an
added count is ("my in-laws are coming too, so add 2 adults"; "my parents can come after all, so
12 adults now"), the options picked from ("chicken,
ny strip or shrimp, everyone picks 2"), "no shrimp actually" ("drop the sake actually": the word
stresses the change), a garnish ("extra scallions on the
rice"), where one who drops out will be ("cant come anymore, shes with her dad that weekend"),
the party's place as before ("same address in Rocklin"), and a count the
customer takes back for the one that follows ("I told you 10 but it's 12 adults")."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated
from orchestrator.reading.budget_per_head import budget_per_head
from orchestrator.reading.couples_out import couple_unsure
from orchestrator.reading.honoree_couples import honoree_couples
from orchestrator.reading.money_talk import money_remarks
from orchestrator.reading.place_taken import place_taken
from orchestrator.reading.quoted_prices import QUOTED_PRICE

Span = tuple[int, int]

_DONE = (
    r"(?:dry|rubbery|overcooked|over-cooked|undercooked|cold|tough|chewy|burnt|burned|bland|salty|"
    r"spicy|greasy|soggy|raw|mushy)"
)
# "worried the chicken might come out dry": how it turns out, not a choice not yet made
_WORRY = gated(re.compile(
    r"\b(?:worried|worry|worrying|nervous|afraid|concerned|scared)\b[^.;!?\n]{0,40}?\b(might|may|could)"
    r"\s+(?:come out|turn out|get|be|taste|end up)\s+(?:too\s+|a bit\s+|a little\s+|kinda\s+|kind of\s+|"
    rf"really\s+|super\s+)?{_DONE}\b"
))  # fmt: skip
_HEADING = gated(
    re.compile(r"\b(?:for|as for)\s+(?:the\s+)?(food)\b(?=\s*[,:])|\b(food)(?:\s*-?\s*wise)?\s*:")
)
_AGAIN = gated(re.compile(r"\b(?:us|we|\d{1,4}\s+(?:adults|people|guests|ppl))\s+(again)\b"))
_IN_ALL = gated(
    re.compile(r"\b\d{1,4}\s+(?:adults|people|guests|ppl|of us)\s+(total|in total|altogether)\b")
)
# "the boys eat like grown men", "our kids eat like adults": as much as grown-ups, an appetite as
# "a lot" is (it names no guests: the men or adults are a comparison), when extras are counted after
# it ("the boys eat like adults, so please count them as adults" is a price asked for: asked)
_LIKE_GROWN = (
    r"like\s+(?:(?:grown|full[- ]grown)(?:[- ]?ups?)?\s+)?(?:men|man|adults|grown[- ]?ups|horses|"
    r"teenagers|linebackers|football players|lumberjacks)"
)
# the extras' count said after an appetite, of portions: "3 more adults" is a count of guests
# ("the boys eat like grown men so add 4 more adults": more guests or the boys as adults? asked,
# round q84o)
_EXTRAS_AFTER = (
    r"(?=[^.;!?\n]*\b\d{1,3}\s+(?:extra|more|additional)\b"
    r"(?!\s+(?:adults?|people|ppl|guests?|persons|kids|children)\b))"
)
_EATERS = gated(re.compile(
    r"\b(?:my|our|the|these|those)\s+(guys|boys|girls|ladies|dudes|fellas)\s+(?:eat|eats|can eat)\s+"
    r"(?:a lot|a ton|lots|so much|like crazy|like animals)\b"
    # (as much as grown-ups only beside extras: "eat like adults, so count them as adults" asks)
    rf"|\b(?:my|our|the|these|those)\s+(guys|boys|girls|ladies|dudes|fellas)\s+(?:eat|eats)\s+{_LIKE_GROWN}\b"
    rf"{_EXTRAS_AFTER}"
    r"|\b(?:my|our|the)\s+(guys|boys|girls|ladies|dudes|fellas)\s+(?:are|r)\s+(?:big|huge|hungry)\s+eaters\b"
))  # fmt: skip
# "my guys eat a LOT so add 6 extra shrimp": how much they eat explains the extras counted after
# it in its sentence, whoever eats ("we eat a lot so add 10 extra shrimp", "they all eat alot");
# it is no quantity of the order ("... so add extra shrimp", "eat a lot of shrimp" are asked)
_APPETITE = gated(re.compile(
    r"(?:\b(?:we|they|y'all|everyone|everybody)(?:\s+all)?|\b(?:my|our|his|her|their|the|these|those)\s+"
    # "my dad and his 2 brothers eat a lot", "my tito and my dad eat a lot": the last one named
    r"(?:[a-z0-9]+\s+)?(?:dad|uncle|tito|lolo|brother|husband|son|grandpa|kuya|"
    r"guys|boys|girls|ladies|dudes|fellas|kids|family|crew|friends|people|team|"
    r"men|lads|bros|teens|players|cousins|sons|brothers|nephews|nieces|uncles|groomsmen|bridesmaids|"
    r"grandkids|grandsons|guests|coworkers|co-workers|in-laws|workers|employees|staff|crews)"
    r"|(?:^|(?<=[.!?\n,])|(?<=[.!?\n,] ))"
    r"(?:guys|dudes|fellas|lads|bros|ladies))\s+(?:eat|eats|can eat)\s+"
    rf"(a lot|alot|a ton|lots|so much|{_LIKE_GROWN})\b(?!\s+of\b)"
    rf"{_EXTRAS_AFTER}"  # the extras' count said after it
))  # fmt: skip
# "13 dudes ... guys eat a lot so add 6 extra chicken": the group named bare at a sentence's start
# is the party named again, eating as the reader above says ("boys", "girls" bare may be kids)
_EATERS_AGAIN = gated(re.compile(
    # "ny strip and shrimp, guys eat a lot so add 6 extra chicken": after a comma the same
    r"(?:^|(?<=[.!?\n,])|(?<=[.!?\n,] ))(guys|dudes|fellas|lads|bros|ladies)\s+(?:eat|can eat)\s+"
    rf"(?:a lot|alot|a ton|lots|so much|{_LIKE_GROWN})\b(?!\s+of\b)"
    rf"{_EXTRAS_AFTER}"
))  # fmt: skip
# "add 8 extra shrimp pls, my brothers eat a ton": the appetite said after the extras, why they are
# (kids and teens named so may be guests not counted: left to the net)
_APPETITE_AFTER = gated(re.compile(
    r"\b\d{1,3}\s+(?:extra|more|additional)\b[^.;!?\n]{0,40}?[,-]\s*(?:(?:cuz|because|bc|since)\s+)?"
    r"((?:my|our|his|her|their|the)\s+(?:dad|uncle|tito|brother|husband|guys|boys|dudes|fellas|"
    r"family|crew|friends|team|men|lads|bros|cousins|sons|brothers|nephews|uncles|groomsmen|"
    r"bridesmaids|coworkers|co-workers|in-laws|workers|employees|staff)\s+(?:all\s+)?"
    rf"(?:eat|eats|can eat)\s+(?:a lot|alot|a ton|lots|so much|{_LIKE_GROWN})\b(?!\s+of\b))"
))  # fmt: skip
# "the employees eat a ton, add 6 extra shrimp": the company counted before, named again as the
# eaters of the extras counted after it (the group word is no new guests)
_STAFF_EATS = gated(re.compile(
    r"\b(?:the|our|my|these|those)\s+(employees|coworkers|co-workers|workers|staff|crew|crews|team)"
    rf"(?:\s+all)?\s+(?:eat|eats|can eat)\s+(?:a lot|alot|a ton|lots|so much|{_LIKE_GROWN})\b(?!\s+of\b)"
    rf"{_EXTRAS_AFTER}"
))  # fmt: skip
# "my in-laws are coming too, so add 2 adults": who the added count is
_COMING_TOO = gated(re.compile(
    r"\b(?:are|r|is|will be)\s+(coming too|joining too|coming as well|joining as well|joining us"
    r"(?: too| as well)?)\b"  # "are joining us, so please add 2 adults"
    r"(?=\s*[,.!-]*\s*(?:so\s+)?(?:please\s+|pls\s+)?(?:add|adding)\s+\d)"
    # "add 1 more adult, my neighbor is coming too": the added count first, then who it is
    r"|\b(?:add|adding)\s+\d{1,3}\s+(?:more\s+|extra\s+)?(?:adults?|people|guests|ppl|persons?)\b"
    r"\s*[,.!;:-]*\s*(?:(?:my|our|his|her|the)\s+)?[a-z-]+(?:\s+[a-z-]+){0,3}?"
    r"(?:\s+(?:is|are|r|will be)|'s)"
    r"\s+(coming(?: too| as well)?|joining(?: us)?(?: too| as well)?)\b"
))  # fmt: skip
# "my parents can come after all, so 12 adults now": who makes the new total said right after it
_AFTER_ALL = gated(re.compile(
    r"\b((?:my|our|his|her|the)\s+[a-z-]+(?:\s+(?:and|&)\s+(?:(?:my|our|his|her)\s+)?[a-z-]+)?)\s+"
    r"(?:can|could|are able to|will be able to|are|r)\s+(?:come|coming|make it|join(?:ing)?(?: us)?)\s+"
    r"after all\b(?=\s*[,.!-]*\s*(?:so\s+)?(?:(?:it'?s|we'?re|we are|we'?ll be)\s+)?\d{1,3}\s+"
    r"(?:(?:adults|people|guests|ppl|of us)\s+)?(?:now|total|in total)\b)"
))  # fmt: skip
# "options chicken, ny strip or shrimp, everyone picks 2": the "or" of the options picked from
_OPTIONS = gated(re.compile(
    r"\b(?:options?|choices?)\b\s*(?:are|:)?[^.;!?\n]{0,60}?\b(or)\b[^.;!?\n]{0,40}?\b(?:everyone|everybody|"
    r"each person|every guest|each guest)\s+(?:picks?|chooses?|selects?|gets to (?:pick|choose))\s+\d\b"
))  # fmt: skip
# "no shrimp actually": the word says the removal is a change, not another one
_NO_ACTUALLY = gated(re.compile(
    r"\b(?:no|not|without|skip|scratch|drop|remove|cancel|nix|ditch|hold the|"
    r"(?:take|leave)\s+(?:off|out))\s+(?:the\s+)?[a-z]+(?:\s+(?:service|show|performance|tails?))?\s*,?\s+(actually)\b"
))  # fmt: skip
# "could the fried rice have extra scallions?": a garnish, not a misspelt "scallops"
_GARNISH = gated(re.compile(
    r"\b(?:rice|noodles|veggies|garnish|toppings?)\b[^.;!?\n]{0,25}?\b(scallions?|green onions?)\b"
    r"|\b(scallions?)\s+(?:on|in)\s+(?:the\s+)?(?:rice|noodles)\b"
))  # fmt: skip
# "I told you 10 but it's 12 adults", "I wrote 10, we're 11": the count said before, taken back
_TAKEN_BACK = gated(re.compile(
    r"\b(?:i|we)\s+(?:told\s+(?:you|u|ya)|said|wrote|put(?:\s+down)?|typed|sent|gave\s+(?:you|u))\s+"
    r"(\d{1,4})(?:\s+(?:adults|people|guests|ppl))?\s*(?:,\s*|\s+)(?:but\s+)?(?:it'?s|it is|we'?re|"
    r"we are|we'?ll be|it'?ll be|it should be|should be|actually|really)\s+(?:actually\s+|really\s+)?"
    r"\d{1,4}\b"
))  # fmt: skip


# "we have 3 tables set up": furniture, not guests
_FURNITURE = gated(re.compile(
    r"\b\d{1,2}\s+tables?\s+(?:(?:already\s+)?set up|setup|ready|outside|in the (?:yard|backyard|"
    r"garage|patio))\b"
))  # fmt: skip

# "go big or go home", "rain or shine": an idiom's "or" offers no choice between options
_IDIOM = gated(re.compile(
    r"\bgo big (or) go home\b|\brain (or) shine\b|\bsink (or) swim\b|\bdo (or) die\b|"
    r"\bride (or) die\b|\bsooner (or) later\b|\bone way (or) another\b|\bwhether (or) not\b|"
    r"\blike it (or) not\b"
))  # fmt: skip
# "sorry for the late reply", "sorry to bother": an apology, no change of mind
_APOLOGY = gated(re.compile(r"\b(sorry|apologies)\s+(?:for|about|if|to|again|in advance|i'?m late)\b"))
# "dont forget the sake": a reminder to include it, no negation of it
_REMINDER = gated(re.compile(r"\b((?:don'?t|do not|dont)\s+forget)\b(?!\s+(?:about\s+)?(?:it|that)\b)"))
# "same address in Rocklin (95677)", "same house in 95624": the party's place as before, no item
_SAME_PLACE = gated(re.compile(
    r"\b(same)\s+(?:address|house|place|location|spot|venue|backyard|home|office|clubhouse)\b"
))  # fmt: skip
# "the 8 yr old cant come anymore, shes with her dad that weekend": where the one who drops out
# will be instead, right after the dropout (the person named is no guest)
_AWAY = gated(re.compile(
    r"\b(?:can'?t|cannot|won'?t|not)\s+(?:come|make it|be there)(?:\s+(?:anymore|any more|after all))?"
    r"\s*[,;-]?\s*(?:since\s+|because\s+|as\s+|cause\s+)?((?:s?he'?s|s?he\s+is|they'?re|they\s+are|"
    r"shes|hes)\s+(?:with|at)\s+(?:her|his|their)\s+(?:dad|mom|mum|father|mother|grandma|grandpa|"
    r"grandparents|aunt|uncle|other\s+parent)(?:'s)?(?:\s+(?:that|this|for\s+the)\s+(?:weekend|day|"
    r"night|week|time))?)(?=\s*(?:[.,;!?\n]|$))"
))  # fmt: skip
_READERS = (_REMINDER, _APOLOGY, _WORRY, _HEADING, _AGAIN, _IN_ALL, _EATERS, _APPETITE, _COMING_TOO,
            _AFTER_ALL, _OPTIONS, _NO_ACTUALLY, _GARNISH, _IDIOM, _EATERS_AGAIN, _SAME_PLACE,
            _STAFF_EATS, _APPETITE_AFTER, QUOTED_PRICE, _AWAY)  # fmt: skip


def remarks(text: str) -> list[Span]:
    """The spans of normalized `text` the readers above explain."""
    spans = [m.span() for m in _FURNITURE.finditer(text)]
    for pattern in _READERS:
        for m in pattern.finditer(text):
            group = next(i for i in range(1, (m.lastindex or 0) + 1) if m.group(i))
            spans.append(m.span(group))
    # "a budget of about $70 per head", "another company quoted us $52/person": money, no item
    return spans + budget_per_head(text) + money_remarks(text)


def taken_back_counts(text: str) -> list[Span]:
    """The spans of numbers read that are no guest count: a count the customer takes back for the
    one right after ("I told you 10 but it's 12 adults"), tables set up."""
    return [m.span(1) for m in _TAKEN_BACK.finditer(text)] + [
        m.span() for m in _FURNITURE.finditer(text)
    ]


# "several groups of 8 adults", "a couple tables of 6": how many groups is not said ("a couple"
# reads as 2 elsewhere; a count of guests multiplied by it is asked)
_VAGUE_GROUPS = gated(re.compile(
    r"\b(?:several|a few|few|a couple(?: of)?|couple(?: of)?|some|multiple|many|a bunch of|a handful of)"
    r"\s+"
    r"(?:groups|tables|teams|families)\s+of\s+(?:about\s+|around\s+)?\d"
))  # fmt: skip


# "4 tables of 8, most of the seats will be full", "3 tables of 10, not every seat taken": tables
# counted, but no headcount when some seats stay empty
_SEATS_PART_FULL = gated(re.compile(
    r"\b\d{1,2}\s+tables\b[^.!?\n]{0,60}?(?:[.!?\n,;]|\s)\s*"
    r"(?:(?:most|some|almost all|nearly all|not all|half)\s+(?:of\s+)?(?:the\s+|our\s+|those\s+)?"
    r"(?:seats|chairs|spots)\b|not\s+every\s+(?:seat|chair|spot)\b|mostly\s+full\b)"
))  # fmt: skip


def vague_groups(text: str) -> list[tuple[str, str]]:
    """Checks for groups of N whose number the raw lower-cased `text` does not say, and tables
    told with some seats empty, and couples "with" the pair a party is for ("with 9 couples")."""
    return [
        ("guests", f"'{m.group(0)}': how many groups, how many guests?")
        for m in _VAGUE_GROUPS.finditer(text)
    ] + [("guests", "tables with some seats empty: how many guests in all?")
         for _ in _SEATS_PART_FULL.finditer(text)] + honoree_couples(text) + (  # fmt: skip
        couple_unsure(text)) + place_taken(text)  # "a couple of ppl cant make it": how many?
