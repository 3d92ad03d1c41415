"""A writer's list of relations said with no commas ("my dad my 2 brothers (19 and 16) my mom me
and my wife"): a comma is put between two relations that follow each other, so the list reader
counts each ("my dad, my 2 brothers (19 and 16), my mom, me and my wife")."""

from __future__ import annotations

import re

# The relations of a family list, one word each (a pair word, "parents", counts two downstream)
_KIN = (
    r"(?:mom|mum|mommy|dad|daddy|mother|father|wife|husband|hubby|grandpa|grandma|grandmother|"
    r"grandfather|brothers?|sisters?|parents|in-laws|grandparents|aunt|auntie|uncle|cousins?|"
    r"sons?|daughters?|kids|girls|boys|twins|fiance|fiancee|partner|boyfriend|girlfriend|step-?dad|step-?mom)"
)
_OWN = rf"(?:my|our)\s+(?:\d{{1,2}}\s+)?{_KIN}\b(?!')"
# a relation (its ages in brackets after it) right before another relation or "me and", one
# space between ("bachelor party 4 my brother 🍻 me n 11 of the boys": whose party, then a gap
# where an emoji was; the one a party is for is no item of the list)
_RUN_ON = re.compile(
    rf"(?<!\bfor )(?<!\b4 )(?<!\bto )\b({_OWN}"
    r"(?:\s*\(\s*\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*\s*\))?)"
    # ("my parents her parents": the partner's pair, the next item)
    rf" (?=(?:{_OWN}|me\s+(?:and|&|n|\+)\s|me\s+{_OWN}|(?:his|her)\s+(?:parents|in-laws)\b))"
)
# "my mom my dad me my wife and ...": the writer listed between two relations, "me" then the next
_ME_THEN = re.compile(rf"(?<=, )me (?={_OWN})")

# "my daughter 15 my son 11 ...", "our baby 8 months my parents", "his son 6 and ...", "our twins
# 6 my parents": one relation's bare age in a list said without brackets, the next item, a join or
# a stop after it (a word after the number may be a count of food: "her daughter 4 chicken" stays,
# unless the food after is two proteins joined with no count for the second: "her son 3 chicken and
# salmon 95819", where a count of the first alone would leave the second uncounted: the son's age)
_FOOD = r"(?:chicken|shrimp|lobster|salmon|steak|filet|ny\s+strip|strip|scallops?|tofu|veg\w*)"
_BARE_AGE = re.compile(
    r"\b((?:my|our|his|her|their)\s+(?:son|daughter|baby|brother|sister|nephew|niece|grandson|"
    r"granddaughter|stepson|stepdaughter|twins)) (\d{1,2})( months?| mos?)?"
    r"(?=\s+(?:my|our|his|her|their|and|me)\b|\s*[,.;!\n]|\s*$"
    rf"|\s+{_FOOD}(?:\s+(?:mignon|tails?))?\s*(?:and|&|\+|,)\s*{_FOOD}\b(?![ \t]*(?:x\s*)?\d{{1,3}}\b))"
)


# the writer's partner, then the partner's own relation by "his" or "her" ("me my husband his
# parents and our 3 kids", "me my wife her parents"): two items, as "my husband, his parents"
_PARTNER_THEN_THEIRS = re.compile(
    r"(?<!\bfor )(?<!\b4 )(?<!\bto )\b((?:my|our)\s+(?:wife|husband|hubby|partner|fiancee?))"
    r" (?=(?:his|her)\s+(?:parents|in-laws|grandparents|mom|dad|mother|father)\b(?!'))"
)


def run_on_lists(text: str) -> str:
    """`text` with a comma between relations listed one after another with no word between."""
    if "my " not in text and "our " not in text:
        return text
    spaced = _ME_THEN.sub("me, ", _RUN_ON.sub(r"\1, ", _BARE_AGE.sub(r"\1 (\2\3)", text)))
    return _PARTNER_THEN_THEIRS.sub(r"\1, ", spaced)
