"""The child a birthday is for, named again with no age as an item of the writer's list, by name
or as "the birthday boy" ("bday party for my son max, he's turning 6! it'll be me, my wife, max,
his sister (4), ...", "my grandson's 5th bday: me and my husband, ..., the birthday boy, his 2
cousins (8 and 3)"): the occasion gives the age, so the item is written as the relation with that
age ("our son (6)", "our daughter (7)": the band is all that prices), which the relations' reader
counts. The relation itself named again ("my son is turning 10!! party at home: me, my husband,
our son, his little brother (4) and ...") is the same child. Only one such occasion in the text,
a kid's age (1 to 17), a name the occasion introduced (or the birthday boy of a son, a grandson
or a nephew; the girl of a daughter, a granddaughter or a niece; the relation of "my son is
turning 10"), and the item after the writer in the same sentence with a separator or the end
after it. An honoree of no age told ("bday party for my nephew sam 🎈 it'll be me, ..., sam, ...") stays,
and the coverage net asks. Takes lower-case text with number words as digits."""

from __future__ import annotations

import re

_BOYS = ("son", "grandson", "nephew", "boy", "godson")
_REL = r"(son|daughter|grandson|granddaughter|nephew|niece|boy|girl|godson|goddaughter)"
# "for my son max, he's turning 6", "for my niece emma, turning 7", "of our daughter lily who turns 5"
_TURNING = re.compile(
    rf"\b(?:for|of)\s+(?:my|our)\s+{_REL}\s+([a-z]{{3,}})\s*,?\s*(?:(?:s?he(?:'s|s|\s+is)|who(?:'s|\s+is)?)\s+)?"
    r"(?:turning|turns)\s+(\d{1,2})\b(?!\s*(?:st|nd|rd|th|am|pm|[:/]|\d))"
)
# "my grandson's 5th bday", "our granddaughter's 6th birthday", "my son jake's 7th bday" (his name
# before the ordinal), "party for my son's 8th!" (the birthday's word left out before the end)
_ORDINAL = re.compile(
    rf"\b(?:my|our)\s+{_REL}(?:\s+([a-z]{{3,}}))?'?s\s+(\d{{1,2}})(?:st|nd|rd|th)"
    r"(?:\s+(?:birthday|bday|b-day)\b|(?=\s*[!.]))"
)
# "my son is turning 10!! ... me, my husband, our son, his little brother (4) and ...", "our
# daughter's turning 7", "my son who turns 9": the relation's age told, the relation named again
_SAID = re.compile(
    rf"\b(?:my|our)\s+{_REL}(?:\s*,?\s*(?:who|he|she))?(?:'s|s|\s+is)?\s+(?:turning|turns)\s+"
    r"(\d{1,2})\b(?!\s*(?:st|nd|rd|th|am|pm|[:/]|\d))"
)
_NOT_NAME = frozenset(("and", "who", "she", "her", "his", "him", "the", "who's", "turning", "turns"))
_ITEM = (
    r"(\b(?:me|myself|i)\b[^.!?\n]{{0,80}}?(?:,|&|\+|\band\b)\s*)({0})"
    r"(?=\s*(?:,|&|\+|\band\b|\bplus\b|[.;!?\n]|$))"
)


def honoree_item(text: str) -> str:
    """`text` with the birthday child named again in the writer's list as "our son (<age>)" or
    "our daughter (<age>)", the age the occasion told; else unchanged."""
    if "turn" not in text and not re.search(r"\d(?:st|nd|rd|th)\b", text):
        return text  # speed: no age told by the occasion
    found = [*_TURNING.finditer(text), *_ORDINAL.finditer(text), *_SAID.finditer(text)]
    if len(found) != 1:
        return text  # none, or two honorees: whose age?
    m = found[0]
    relation, age = m.group(1), int(m.group(m.lastindex or 0))
    if not 1 <= age <= 17:
        return text
    boy = relation in _BOYS
    names = [rf"the\s+(?:birthday|bday|b-day)\s+{'boy' if boy else 'girl'}"]
    if m.re in (_TURNING, _ORDINAL) and m.group(2) and m.group(2) not in _NOT_NAME:
        names.append(re.escape(m.group(2)))
    if m.re is _SAID:
        names.append(rf"(?:my|our)\s+{relation}")  # "our son": the relation again
    item = re.compile(_ITEM.format("|".join(names)))
    listed = [x for x in item.finditer(text, m.end()) if x.start(2) >= m.end()]
    if len(listed) != 1:
        return text
    x = listed[0]
    said = f"our {'son' if boy else 'daughter'} ({age})"
    return text[: x.start(2)] + said + text[x.end(2) :]
