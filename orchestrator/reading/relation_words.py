"""The words of people counted by who they are, not how many ("me, my wife, our 3 kids and her
parents", "3 families", "table 2", "más yo y mi esposo"): the safety net (`coverage`) asks about
each one that no reader counted."""

from __future__ import annotations

import re

from orchestrator.reading.kin import PERSON_ROLES

POSSESSIVE = r"(?:my|our|her|his|their|the)\s+"
KIN = (
    r"(?:wife|wives|husbands?|hubby|partners?|spouses?|gfs?|bfs?|girlfriends?|boyfriends?|fianc\w*|parents|"
    r"in-?laws|moms?|dads?|mothers?|fathers?|sisters?|brothers?|bro|sis|sons?|daughters?|cousins?|aunts?|"
    r"uncles?|grandma|grandpa|grandparents|lol[ao]s?|titas?|titos?|kuya|abuel[ao]s?|friends|neighbou?rs|family|families|relatives|dates|"
    r"plus[- ]?(?:1|one)s?|twins|triplets|nephews?|nieces?|grandkids|grandchildren|grandsons?|"
    rf"granddaughters?|stepkids|godchildren|{PERSON_ROLES})"
)
# People counted by who they are, not how many: "me, my wife, our 3 kids and her parents". A kin
# word is a guest when it stands in a list (a connector before or after it); "a party for my wife"
# names whom the party is for.
# "my sister's coming too": the "'s" of "is" before a word of arriving, no possessive
_IS_ARRIVING = (
    r"(?!'(?!s\s+(?:(?:also|now|finally|def|definitely)\s+)?(?:coming|joining|driving|flying)\b))"
)
# "my moms 60th", "my dads retirement party": the possessive written without its apostrophe, the
# occasion's word after it: whose party it is, no one listed (as "my mom's 60th" is none)
_OCCASION_AFTER = (
    r"(?!s?\s+(?:\d{1,3}(?:st|nd|rd|th)|birthday|bday|b-day|retirement|graduation|grad|anniversary|"
    r"wedding|shower|promotion|farewell)\b)"
)
# "my brother-in-law's kids are 7 and 5": whose kids, an in-law's possessive, no one listed (as
# "my brother's kids" is none; round q85i)
_IN_LAW_OWNER = r"(?![- ]in[- ]law(?:'s|s')?(?:'s|s')\b)"
# "us 2, my parents, your brother": in a note passed on (a forward), the relations of the one it
# was written to, guests as the writer's are (round q83d); family only, "your chef", "your
# manager" are the business's people
_YOUR_KIN = (
    r"your\s+(?:(?:little|lil|baby|big|younger|older)\s+)?(?:wife|husband|hubby|partner|parents|"
    r"in-?laws|moms?|dads?|mother|father|sisters?|brothers?|bro|sis|sons?|daughters?|cousins?|aunts?|"
    r"uncles?|grandma|grandpa|grandparents|nephews?|nieces?|stepdad|stepmom)"
)
# A relation owned by someone ("my", "your", "the"): a guest only as an item of a list or arriving
OWNED = rf"(?:{POSSESSIVE}|your\s+)"
RELATION = re.compile(
    # "and my little bro": a word saying which one is still the relation
    rf"\b(?:{POSSESSIVE}(?:(?:little|lil|baby|big|younger|older)\s+)?{KIN}|in-?laws|{_YOUR_KIN})\b"
    rf"{_IS_ARRIVING}{_OCCASION_AFTER}{_IN_LAW_OWNER}"
    # a word may say which: "a few married couples", "some older couples"
    r"|\b\d{1,3}\s+(?:[a-z]+\s+)?(?:couples|families|tables)\b|\btables?\s*(?:\d{1,3}(?!\d)|#|one|two)"
    r"|\btables\s*:|\b(?:some|a few|few|several|many|a bunch of|lots of|other)\s+(?:[a-z]+\s+)?couples\b"
    # ("me, bae & 3 couples": the partner by a nickname with no "my"; "me + wife + 9 guests": or
    # by the bare word)
    r"|\bme\b(?=\s*(?:,|and\b|&|\+|plus\b)\s*(?:my|our|the|\d|bae|boo|babe|hubs|hubbie|hubby|wifey|"
    r"wife|husband)\b)"
    # partners of no number joined to the party: "15 adults chicken and shrimp plus wives", "wives
    # too" (as many again, or some of them?)
    r"|\b(?:plus|and|&|\+|with)\s+(?:wives|husbands|hubbies|spouses|partners|girlfriends|boyfriends)\b"
    r"|\b(?:wives|husbands|hubbies|spouses|partners)\s+(?:too|as well|also)\b"
    # the writer added after a count ("10 people and me"): one more, or in the count?
    r"|(?:(?<=\d )|(?<=[a-z] ))(?:and|plus|&|\+)\s*me\b(?!\s*(?:and|&|\+|n)\s+(?:my|i)\b)"
    # the writer's partner with the writer, "my" left out: "hubby and I + 5 other couples"
    r"|\b(?:wife|wifey|husband|hubby|partner|spouse|fianc\w*|gf|bf|girlfriend|boyfriend)\s*"
    r"(?:and|&|n|\+)\s*(?:i|me|myself)\b"
    # the same in Spanish, joined to a list by "y" or "más": "más yo", "y mi esposo", "más unos
    # amigos" (one more each, or how many?)
    r"|\b(?:y|mas)\s+(?:yo|(?:mi|su)\s+(?:esposo|esposa|marido|mujer|pareja|novio|novia)"
    r"|(?:mis|sus|algunos|algunas|unos|unas|varios|varias)\s+(?:amig[oa]s|herman[oa]s|prim[oa]s|"
    r"vecin[oa]s|compadres|familiares))\b"
)

# A relation as an item of a list, by what follows it: a comma and the next, "and", "+", or an age
# in brackets ("my nephew (9)"); the years of a life in brackets ("my grandpa (1931-2026)") are
# none
LIST_AFTER = re.compile(
    r"^\s*(?:,\s*(?:my|our|her|his|their|the|me)\b|&|\+|and\b|n\b|plus\b|\((?!(?:19|20)\d\d\s*-)\d)"
)
