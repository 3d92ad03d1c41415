"""Questions the published policies answer without a quote: how far the chef travels and what it
costs, the party minimum, what a guest's price includes, and an order named by reference to an
earlier one (which only staff can look up)."""

from __future__ import annotations

import re

from orchestrator.first_chars import first_chars
from orchestrator.reading.references import ELSEWHERE as PAST_ORDER

__all__ = ["DESTINATION", "INCLUDED", "MINIMUM", "PAST_ORDER", "TRAVEL_POLICY", "policy_question"]

_YOU = r"(?:you|u|ya|y'?all|you guys|u guys|you folks|u folks|you all|your chefs?)"
# Where the party is, said as a place ("out in placerville", "up in auburn", "in elk grove"); not
# "in the backyard", "at least", "in total", "in december" (a time, no place)
_AT_PLACE = (
    r"\b(?:(?:out|up|over|down)\s+(?:in|at|to|near|by)|in|at|near)\s+(?!(?:the|a|an|our|my|your|his|"
    r"her|their|this|that|it|us|me|you|u|total|all|least|most|advance|addition|case|person|full|once|"
    r"home|cash|tips?|tax(?:es)?|time|mind|summer|winter|spring|fall|jan\w*|feb\w*|mar\w*|apr\w*|"
    r"may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b)[a-z]"
)
# How far the chef goes and what travel costs, asked in general (a ZIP is priced by the tool).
TRAVEL_POLICY = re.compile(
    # "how far ahead", "how far out do i need to book": the notice, not travel
    r"\bhow far(?!\s+(?:in advance|ahead|out\b[^.?!\n]{0,30}?\b(?:book|reserv|schedul|in advance)))\b"
    rf"|\bservice area\b|\bwhat areas?\b"
    rf"|\bareas? (?:do |does )?{_YOU} (?:serve|cover|service|go)\b"
    rf"|\bwhere do {_YOU} (?:serve|cater|go|travel)\b"
    r"|\b(?:mileage|gas money|for gas|per mile|a mile)\b"
    r"|\bdo (?:you|u|ya|y'?all)(?: guys)? (?:come|cater|go) (?:to|in)\b"
    r"|\bcharge (?:extra |more |anything )?(?:for|to) (?:travel|driving|the drive|distance|come|"
    r"drive|go)\b|\btravel (?:fee|fees|charge|charges|cost|costs)\b|\b(?:is|does) travel\b"
    r"|\b(?:come|drive|go|travel) (?:out )?(?:further|farther|that far|far)\b|\b(?:furthest|farthest)\b"
    r"|\boutside (?:of )?(?:sacramento|sac|the (?:sacramento )?area|your area)\b"
    rf"|\b{_YOU} (?:travel|come out|drive out|go out)(?: to| outside| of)?\b(?!\s+\d)"
    # "yall come up to truckee??", "would u guys drive all the way out to grass valley", "is
    # roseville too far for yall": how far the chef goes, a place or none
    # ("if you guys would come all the way out to grass valley": a modal between, relayed too)
    rf"|\b{_YOU} (?:(?:would|will|could|can|even|ever)\s+)?(?:come|drive|go|head|travel)\s+"
    r"(?:all the way\s+)?(?:up|out|down|over)\s+to\b"
    r"|\btoo far\b(?!\s+(?:in advance|ahead|out))"
    r"|\bextra (?:charge|fee) (?:if|for|when) (?:we'?re|we are|it'?s|you)\b"
    r"|\b(?:cost|charge|pay) (?:more|extra|anything)(?: (?:for|to) (?:you|u))? (?:to|for) "
    r"(?:come|drive|go|travel|get|head)\b"
    # "how much extra to drive out to lodi", "whats the extra for driving to auburn", "how much more
    # for u to come out to galt", "how much extra for the travel?": the extra asked for the drive
    r"|\b(?:how much|what'?s|whats|what is|what would be|is it|any)\s+(?:the\s+)?"
    r"(?:more|extra|additional)"
    rf"(?:\s+(?:for|to)\s+{_YOU})?\s+(?:to|for)\s+(?:come|drive|go|travel|get|head|coming|driving|going|"
    r"travell?ing|heading|the (?:travel|drive|trip))\b"
    # the fee named for the drive itself: "is there a fee for driving out to lodi", "any charge
    # for coming out", "an extra fee to drive out to galt"
    r"|\b(?:fee|fees|charge|charges)\s+(?:for|to)\s+(?:(?:travel(?:l?ing)?|driv(?:e|ing))\b"
    r"|(?:com(?:e|ing)|go(?:ing)?|head(?:ing)?)\s+(?:out|up|down|to|there|all the way)\b)"
    # a cost, a fee, a charge or "more" asked about a place: "does it cost more if we're out in
    # placerville", "would it be more if we're up in auburn", "whats the extra cost if we're in
    # elk grove" (asked as a question, no number between; "what would it cost for a party in
    # roseville" is the party's price, no more than elsewhere)
    r"|\b(?:does|do|would|will|is|are|whats|what'?s|what is|any)\b[^.?!\n\d]{0,25}?\b(?:more|extra|"
    r"pricier|additional|fee|fees|surcharge)\b[^.?!\n\d]{0,25}?"
    + _AT_PLACE
    # "how much more is it if the party is up in auburn?", "how much extra if its in 95762": how
    # much a place adds, asked with no number between (a count there makes it the party's price)
    + r"|\bhow much (?:more|extra)\b[^.?!\n\d]{0,40}?(?:"
    + _AT_PLACE
    + r"|\b(?:in|at)\s+\d{5}\b)"
    # ("how much extra for rocklin", with no "in", is not read: "for" before a word is as often
    # an item, "how much extra for parking?", "... for bigger portions?")
)
# The party minimum, asked about. "min" alone is the minimum where an amount of money stands
# before it ("the $550 min", "the 550 min": three digits are no minutes) or a verb of reaching it
# ("hit the min"); "30 min away", "the 45 min drive" are minutes.
MINIMUM = re.compile(
    r"\b(?:minimum|min (?:spend|order|number|#|headcount|guests?|people|party))\b|\bis there a min\b"
    r"|(?:\$\s?\d{2,4}(?:\.00)?|\b(?:the|a|your|ur|that)\s+\d{3,4})\s*min\b(?!\s*(?:drive|away|walk|ride))"
    r"|\b(?:hit|meet|reach|make|under|below)\s+(?:the|your|ur)\s+min\b"
    r"|\btoo small\b|\bsmallest (?:party|group|number|event)\b|\bat least how many\b"
    # an amount still owed if the party is small ("do we still have to pay 550 if its only me and
    # 4 friends?"): the minimum asked about; "we still have to pay 550 right?" is none
    r"|\bstill\s+(?:(?:have|has|need|got) to\s+|gotta\s+)?(?:pay|owe)\s+(?:the\s+)?(?:full\s+)?"
    r"\$?\d{3,4}\b[^.?!\n]{0,30}\b(?:if|when)\b[^.?!\n]{0,30}\b(?:only|just)\b"
    # the lowest price asked as an amount ("is the cheapest you can do $550?", "is 550 the lowest
    # you go?"): the minimum asked about, never a price for the party (round q79g)
    r"|\b(?:cheapest|lowest|least)\s+(?:you|u|y'?all)\s+(?:guys\s+)?(?:can|could|will)?\s*(?:do|go)"
    r"\s+(?:is\s+)?\$\s?\d{3,4}\b"
    r"|\$?\s?\d{3,4}\s+(?:is\s+)?(?:the\s+)?(?:cheapest|lowest|least)\s+(?:you|u|y'?all)\s+"
    r"(?:guys\s+)?(?:can|could|will)?\s*(?:do|go)\b"
)
# What a guest's price includes.
INCLUDED = re.compile(
    r"\bwhat(?:'?s| is| all| exactly)* (?:is )?(?:included|includ\w+|come?s? with|"
    r"do (?:we|you|i|u) get)\b"
    r"|\bwhat does (?:it|that|the \w+|each \w+|a \w+) (?:include|come with)\b"
    r"|\bhow many (?:proteins?|meats?|portions?|choices|options|entrees?) "
    r"(?:do|does|are|is|per|each|come|can|you|we)\b"
    r"|\b(?:is|are) (?!(?:the )?(?:tip|tips|tax|taxes|gratuity|travel|deposit)\b)(?:the )?\w+(?: \w+)? "
    r"included or\b|\bincluded or (?:is (?:that|it) )?extra\b"
    # "does the dinner come with rice and veggies or just the meat?", "will it include noodles
    # too?": what the dinner comes with, asked yes or no
    r"|\b(?:does|do|will|would) (?:it|that|this|the \w+|each \w+|a \w+|your \w+) (?:come with|"
    r"include)\b(?! (?:the )?(?:tip|tips|tax|taxes|gratuity|travel|deposit)\b)"
    # the proteins asked about as a menu: "which proteins are included and which ones cost extra?",
    # "what proteins do you have", "what are the protein options" (round q82i)
    r"|\b(?:which|what) (?:proteins?|meats?|ones?|options?|entrees?) (?:are|is|r|come) "
    r"(?:included|includ\w+|free|extra|premium|upgrades?|an upgrade)\b"
    r"|\b(?:which|what) (?:proteins?|meats?|ones?|options?|entrees?) (?:cost|costs|are) (?:extra|more)\b"
    r"|\bwhat (?:proteins?|meats?|protein options|protein choices) (?:do|can|does) (?:you|u|we|i) "
    r"(?:guys )?(?:have|offer|serve|get|choose|pick)\b"
    r"|\bwhat (?:are|r) (?:the|your) (?:protein|meat) (?:options|choices)\b"
)
# A travel question about one place ("do you travel to tahoe?"): a lead, asked for its party.
DESTINATION = re.compile(
    r"\b(?:travel|come|come out|drive|drive out|go|go out|cater|head)\s+"
    r"(?:(?:all the way|up|out|down|over)\s+){0,2}"
    r"(?:to|in|as far as)\s+(?!(?:you|u|us|me|the party|our|my|book|do|have|make|be|see)\b)[a-z]"
)
_COUNTED = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|"
    r"forty|fifty|hundred|people|ppl|guests?|adults?|kids?|children|party of)\b"
)


# A place named ("the travel fee to Lincoln"): its fee is the travel tool's, not the policy's.
_PLACE = re.compile(
    r"\b(?:to|in|out to|up to|up at|near)\s+(?!(?:you|u|us|me|come|drive|go|travel|be|get|have|"
    r"book|do|make|see|pay|the party|our|my|your|advance|(?:the )?(?:per|price|quote|total|cost|"
    r"rate|package|bill))\b)[a-z]"
)


# The kids' prices asked about ("is there a charge for kids under 5?"), the age band included.
_KIDS_PRICE = re.compile(
    r"\b(?:price|pricing|charge|cost|rate)s? for (?:the )?"
    r"(?:kids|children|toddlers|little ones|babies)"
    r"(?:\s+(?:under|over|aged?|ages|\d+ and under)\s*\d*)?\b"
    r"|\bdo (?:kids|toddlers|babies) (?:eat )?free\b"
    # "whats the age cutoff for the kid price?", "kids pricing?": the kids' price named first
    r"|\b(?:kids?'?s?|child(?:ren)?'?s?) (?:price|pricing|rate)s?\b"
    r"|\bage (?:cutoff|cut-off|cut off|limit)\b"
)

# A child's age ("my 6 yr old", "a 3 yo"), which names the child the kids' price is asked for.
_AGED = re.compile(r"\b\d{1,2}\s*(?:yo|y/o|yrs? old|years? old|year-old|yr-old)\b")


def policy_question(sentence: str) -> bool:
    """A sentence about travel, the minimum, what is included or the kids' prices that counts no
    party and names no place: answered from the published policies, not a price needing a tool."""
    lowered = sentence.lower()
    if _KIDS_PRICE.search(lowered):  # "is my 6 yr old full price or the kid price": an age, no count
        return not _COUNTED.search(_AGED.sub(" ", _KIDS_PRICE.sub(" ", lowered)))
    asked = TRAVEL_POLICY.search(lowered) or MINIMUM.search(lowered) or INCLUDED.search(lowered)
    return bool(asked) and not _COUNTED.search(lowered) and not _PLACE.search(lowered)


# Speed only: each pattern tried only where a match can start (`first_chars`); the same matches.
(
    TRAVEL_POLICY, MINIMUM, INCLUDED, DESTINATION, _PLACE, _KIDS_PRICE,
) = (first_chars(p) for p in (
    TRAVEL_POLICY, MINIMUM, INCLUDED, DESTINATION, _PLACE, _KIDS_PRICE,
))
