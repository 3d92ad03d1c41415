"""The writer and their partner with a number of other couples: "my husband and I are hosting 3
other couples" is 8 adults (the pair who host, and two to a couple). Only the writer's own partner
before "and I", and a stated number of couples right after, are taken: "my wife and I are hosting
a few couples" (how many?) or "... 3 other couples and their kids" (how many kids?) is left to
the checks, which ask. So "6 couples + us": the writer's side named among couples is one more
couple (14 adults), "us + 4 couples" too; "12 adults + us" (how many are "us"?) is not read here. The
pair the occasion is for, said as the writer and partner ("a joint 30th for me and my husband. 6
couples + us"), is that "us": written "us", counted once. The partner the occasion is for, then
"with 9 other couples" ("celebrating my husband turning 45 with 9 other couples"), is the
writer's couple and the 9 others: 20 adults; "we're hosting 5 other couples" the same (12)."""

from __future__ import annotations

import re

from orchestrator.reading.partners import PARTNER

_HOSTED = re.compile(
    rf"\b(?:(?:my|our)\s+{PARTNER}\s+(?:and|&|n)\s+i|me\s+(?:and|&|n)\s+my\s+{PARTNER})\s+"
    r"(?:(?:are|will be|'re)\s+)?(?:hosting|having|inviting|invited|plus|\+|with|and)\s+"
    r"(\d{1,2})\s+(?:other\s+|more\s+)?couples\b"
    # "... and their kids", "(plus kids)": people the number does not give
    r"(?!\s*(?:\(|\+|&|and\s+(?:their|the|some|a)\b|plus\b|with\b|w/))"
)

# "6 couples + us", "5 other couples and us": the writer's couple beside the others, the item's end;
# "us + 4 couples" before them, the list's start ("bday dinner for my husband, us + 4 couples").
# The pair may be counted as it is named ("6 couples + us 2", "plus the 2 of us", "us two + 4
# couples"): two, the couple "us" already is (round q83k); "us 3" is not a couple, not read here
_US = r"(?:us(?:\s+2)?|the\s+2\s+of\s+us)"
# The item's end after the pair: a break, an emoji (blanked to two spaces: "6 couples + us two 😊
# salmon and ny strip") or the protein list right after ("6 couples + us 2 salmon and ny strip"):
# the pair's "2" is the couple, not a portion count (round q83q)
_FOOD = r"(?:chicken|shrimp|salmon|scallops?|tofu|veg\w*|filet|ny\s+strip|strip|steak|lobster)"
_COUPLES_US = re.compile(
    rf"\b(\d{{1,2}})\s+(?:other\s+|more\s+)?couples\s*(?:\+|&|\band\b|\bplus\b)\s*{_US}\b"
    rf"(?=\s*(?:[,.;!?\n)]|$)|[ \t]{{2}}|\s+{_FOOD}\b)"
    r"|(?:^|(?<=[,.;:!?\n]\s)|(?<=[,.;:!?\n])|(?<=\s\s)|(?<=\bjust\s)|(?<=\bonly\s)|(?<=\bbe\s)"
    r"|(?<=\bits\s)|(?<=\bit's\s)|(?<=\bfor\s)|(?<=\bw\s)|(?<=\bw/\s)|(?<=\bwith\s))\s*"
    rf"{_US}\s*(?:\+|&|\band\b|\bplus\b)\s*"
    r"(\d{1,2})\s+(?:other\s+|more\s+)?couples\b(?!\s*(?:\(|and\s+(?:their|the|some|a)\b|with\b|w/))"
)

# "celebrating my husband turning 45 with 9 other couples": the writer's partner the occasion is
# for, then "other" couples: the writer's own couple beside them (20 adults); nothing else between
# (no "and", "me", comma or other relation: "my husband and his brother with ..." is not read here)
_PARTNER_WITH_OTHERS = re.compile(
    rf"\b(?:my|our)\s+{PARTNER}(?:'s|s)?\b"
    r"(?:(?!\b(?:and|me|i|my|our|n|plus|us)\b)[^.!?\n,;:&+()]){0,60}?"
    r"\bwith\s+(\d{1,2})\s+other\s+couples\b"
    r"(?!\s*(?:\(|\+|&|and\s+(?:their|the|some|a)\b|plus\b|with\b|w/))"
)

# "we're hosting 5 other couples for my husband's 40th": "we" beside "other" couples is a couple
_WE_HOST_OTHERS = re.compile(
    r"\bwe(?:'re|re| are| will be|'ll be)?\s+(?:hosting|having|inviting|invited)\s+"
    r"(\d{1,2})\s+other\s+couples\b"
    r"(?!\s*(?:\(|\+|&|and\s+(?:their|the|some|a)\b|plus\b|with\b|w/))"
)

# "anniversary dinner at home w/ 3 other couples": the occasion a couple's own, "other" couples
# beside it: the writer's couple and the others (8 adults; round q82i)
_ANNIVERSARY_OTHERS = re.compile(
    r"\banniversary\b[^.!?\n\d]{0,40}?\b(?:with|w/|w)\s+(\d{1,2})\s+other\s+couples\b"
    r"(?!\s*(?:\(|\+|&|and\s+(?:their|the|some|a)\b|plus\b|with\b|w/))"
)

# "for me and my husband", "for my wife and me": the writer's couple, the "us" of the count
_FOR_PAIR = re.compile(
    rf"\bfor\s+(?:me\s+(?:and|&|n)\s+my\s+{PARTNER}|my\s+{PARTNER}\s+(?:and|&|n)\s+(?:me|i|myself))\b"
)


def hosted_couples(text: str) -> str:
    """`text` (lower case, numbers as digits) with "my husband and i are hosting 3 other couples"
    written as "8 adults", before the couples are read as adults alone; else unchanged."""
    if len(_COUPLES_US.findall(text)) == 1:  # one such count: the writer's couple is its "us"
        text = _COUPLES_US.sub(lambda m: f"{2 + 2 * int(m.group(1) or m.group(2))} adults", text)
        text = _FOR_PAIR.sub("for us", text)
    for others in (_PARTNER_WITH_OTHERS, _WE_HOST_OTHERS, _ANNIVERSARY_OTHERS):
        if " other couples" in text and len(found := list(others.finditer(text))) == 1:
            m = found[0]
            return f"{text[: m.start(1)]}{2 + 2 * int(m.group(1))} adults{text[m.end() :]}"
    if " i " not in text and "me " not in text:
        return text  # speed: the writer as "i" or "me" must be there (the caller has seen "couples")
    found = list(_HOSTED.finditer(text))
    if len(found) != 1:
        return text  # two such lists: a change, or two events; the checks ask
    m = found[0]
    return f"{text[: m.start()]}{2 + 2 * int(m.group(1))} adults{text[m.end() :]}"
