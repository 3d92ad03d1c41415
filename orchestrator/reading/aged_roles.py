"""Kids told by a word the kids' reader does not know, with an age for each of them after it:
"8 players (ages 7, 7, 8, 6, 8, 7, 6, 7)", "4 of our kids (ages 6, 7, 10, 13)", Hindi "6 bachche
hain (ages 7, 8, 9)". The group is rewritten as "N kids", which the kids' reader then prices age
by age (a 13-year-old an adult, a 4-year-old a toddler). Only when as many ages as the count
follow; else the words stay and the checks ask. "4 more students (ages 7, 8, 8 and 10)" in an
update is "4 more kids", added to the kids counted before. And a baby told by name with an age in months
after a list of ages ("plus Mateo (he'll be 6 months)") is "plus our baby (6 months)", a little
one the list reader counts. Takes lower-case text with number words written as digits."""

from __future__ import annotations

import re

# the count and the word ("8 players", "4 of our kids", "6 bachche hain"), then the ages opening
_GROUP = re.compile(
    r"\b(\d{1,2}) (more )?(?:(?:of (?:our|my|the|their) (?:kids|children))|players|swimmers|dancers|"
    r"gymnasts|scouts|campers|students|athletes|(?:bachche|bacche|bachhe|bache|bachay)(?: hain| hai)?)"
    r"(?=\s*(?:\(\s*(?:ages?\s+)?\d|,?\s*(?:ages?|aged)\s+\d))"
)
# the ages after it: "(ages 7, 7, 8 and 6)", "ages 6, 9 & 11"
_AGES = re.compile(
    r"\s*(\()?\s*,?\s*(?:(?:ages?|aged)\s+)?(\d{1,2}(?:\s*(?:,\s*(?:and\s+)?|&|\band\b)\s*\d{1,2})*)"
    r"(?:\s*(?:yrs?|years?(?: old)?|yo|y/o))?\s*(?(1)\))"
)
_AGE = re.compile(r"\d{1,2}")
# "plus mateo (he'll be 6 months)", "and our baby lucas (8 months)": a baby of a name, in months
_BABY_NAMED = re.compile(
    r"(?<=\d)(\s*,?\s*(?:plus|and|\+|&)\s+)(?:(?:our|my)\s+(?:baby|son|daughter)\s+)?[a-z]+\s*"
    r"\(\s*(?:(?:he|she)(?:'ll| will)? be\s+|(?:he|she)(?:'s| is)\s+)?(1\d|2[0-3]|[1-9])"
    r"\s*(?:months?|mos?)"
    r"(?:\s+old)?\s*\)"
)


def _as_kids(m: re.Match[str], text: str) -> str:
    """The group of `m` as "N kids" when as many ages as N follow it, else as it was."""
    ages = _AGES.match(text, m.end())
    if not ages or len(_AGE.findall(ages.group(2))) != int(m.group(1)):
        return m.group(0)
    return f"{m.group(1)} {m.group(2) or ''}kids"  # "4 more students (7, 8, 8, 10)": 4 more kids


def aged_roles(text: str) -> str:
    """`text` with kids of another word counted with their ages written as "N kids", and a baby
    named with an age in months after a list of ages written as "our baby"."""
    if "month" in text or " mo" in text:
        text = _BABY_NAMED.sub(r"\1our baby (\2 months)", text)
    if not re.search(r"\bages?\b|\baged\b|\(\s*\d", text):
        return text
    return _GROUP.sub(lambda m: _as_kids(m, text), text)
