"""Numbers that are no count, beside the ones reading.named_numbers knows: a bar or tax number in a
signature ("State Bar No. 245118", "(EIN 94-1234567)"), the units of a building ("(units 101-136)",
"my fourplex, 4 units"), a cohort's or an age group's name ("Cohort 14 graduation", "our 14U
team"), a lane or a field ("lane 6 is ours"), a cabin or a slip ("by cabin 12"), a house number
on a street named without its type ("Party is at 1420 Vista Grande, Roseville 95747"), whose the
kids are ("2 kids (8 and 11) of one of our partners"), a time span that ends with its minutes ("lunch
12-1:30"), a hospital unit ("our unit, 3 East").
The safety net (`checks.unexplained_numbers`) asks about no number inside one of these
spans; each pattern starts with a rare word or shape, so a message without one fails fast."""

from __future__ import annotations

import re

from orchestrator.reading.group_host import HOST_MEMBER

# the words after a number that make it a count of people
_PEOPLE = (
    r"adults|kids|people|guests|ppl|pax|persons|children|teens|toddlers|guys|gals|ladies|men|women|"
    r"members|folks|of\b|plus\b|\+|total"
)

PLACE_NUMBERS = [
    re.compile(p)
    for p in [
        # a bar number or a tax id in a signature: paperwork, never a party
        r"\b(?:state\s+)?bar\s*(?:no\.?|number|#)\s*[:#]?\s*\d{5,7}\b",
        r"\b(?:f?ein|tax\s*id|tin)\s*(?:no\.?|number|#)?\s*[:#]?\s*\d{2}-\d{7}\b",
        # the units of a building, one or a range ("units 101-136", "apts 2-8")
        rf"\b(?:units|suites|apts|apartments)\s*#?\s*\d{{1,4}}[a-z]?(?:\s*(?:-|to|through|thru)\s*"
        rf"\d{{1,4}}[a-z]?)?\b(?!\s*(?:{_PEOPLE}))",
        # how many units a building has ("my fourplex, 4 units"); "4 units, 2 adults each" multiplies
        r"\b\d{1,3}\s+units\b(?![^.;!?\n]{0,30}\b(?:each|per|apiece)\b)",
        # a cohort, a class or an age group named by number ("Cohort 14", "our 14U team")
        # ("Cohort 14 of our teacher residency": what the cohort is of, no count)
        rf"\bcohort\s*#?\s*\d{{1,3}}\b(?:(?!\s*(?:{_PEOPLE}))|(?=\s+of\s+(?:our|the|my|their|this)\b))",
        r"\b\d{1,2}u\s+(?:team|squad|softball|baseball|soccer|volleyball|basketball|hockey|water polo|"
        r"swim|girls|boys|club|travel)\b",
        # a lane, a field, a court or a pavilion at a venue ("lane 6 is ours", "field 3")
        rf"\b(?:lane|field|court|pavilion|ramada)\s*#?\s*\d{{1,2}}\b(?!\s*(?:{_PEOPLE}))",
        # a cabin, a campsite, a boat's slip or a building by its number ("in the lodge by cabin
        # 12", "our boat at slip 41"): where, never guests
        rf"\b(?:cabin|campsite|slip|dock|building|bldg|hangar)\s*#?\s*\d{{1,4}}[a-z]?\b"
        rf"(?!\s*(?:{_PEOPLE}))",
        # an address with no street type, told by the town and ZIP after its comma ("at 1420 Vista
        # Grande, Roseville 95747"): the house number is no count
        rf"(?:\bat|@|\baddress\s*:?)\s+\d{{2,5}}\s+(?!(?:{_PEOPLE})\b)[a-z]+(?:\s+[a-z]+){{0,2}},\s*"
        r"[a-z]+(?:\s+[a-z]+){0,2},?\s+(?:ca\s+)?9\d{4}\b",
        # whose the kids are ("2 kids (8 and 11) of one of our partners"): one parent, no guest
        r"\b(?:kids|children|sons|daughters|boys|girls)\b(?:\s*\([^)]{1,20}\))?\s+of\s+1\s+of\s+"
        r"(?:our|my|the)\s+[a-z]+",
        # a time span that ends with its minutes ("lunch 12-1:30"): when, never guests
        r"(?<![\d:.$])\b\d{1,2}\s*(?:-|to)\s*\d{1,2}:\d{2}\b",
        # a hospital unit named by its floor and wing ("our unit, 3 East", "the 4 West unit")
        rf"\b(?:unit|ward|floor)\b[,:\s-]{{1,4}}\d{{1,2}}\s*(?:east|west|north|south)\b(?!\s*(?:{_PEOPLE}))",
        r"\b\d{1,2}\s*(?:east|west|north|south)\s+(?:unit|ward|floor)\b",
    ]
] + [HOST_MEMBER]  # "1 of the advisors is hosting": one of a group counted, the host
