"""Items of a family's list of guests written as words the household and relations readers count.
The godparents ("his padrinos Luis and Carmen", "her godparents") are a pair, their names after
them dropped ("his godparents"); "both grandmas" (or grandpas) are a pair of grandparents. A child
named earlier as a son, a daughter or a baby and then listed by name with an age ("a baptism lunch
for our son Mateo ... me, my wife, Mateo (6 months), ...", "for my daughter Sofia!! me, my
husband, Sofia (she's 8)") is that relation with the age ("our son (6 months)", "our daughter
(8)"), whom the relations' reader counts by the band of the age; so is "our son max (4)" as an
item (the name dropped), and a name whose birthday the message gives by its ordinal ("Ellie's 9th
birthday ... Ellie (9) and 5 of her friends"), listed with that very age, is "our daughter (9)"
(the band is all that prices). Only a name the message first gave as a son's, a daughter's or a
baby's or as whose birthday it is, as an item of the list with its age in brackets; other names
stay, and the coverage net asks. Takes lower-case text with number words as digits."""

from __future__ import annotations

import re
from functools import partial

from orchestrator.reading.honoree_item import honoree_item

# "his padrinos luis and carmen": the pair word and the two names after it, up to the item's end
_GODPARENTS = re.compile(
    r"\b((?:my|our|his|her|their)\s+)(?:godparents|padrinos)"
    r"(?:\s+(?!and\b|y\b|are\b|will\b|who\b)[a-z]+\s*(?:and|&|y|\+)\s*[a-z]+(?=\s*(?:[,.;!\n]|$)))?"
)
# "both grandmas": two grandparents, of either side
_BOTH_GRAND = re.compile(
    r"\bboth\s+(?:(?:of\s+)?(?:my|our|her|his|their)\s+)?grand(?:mas|pas|mothers|fathers)\b"
)
# "for our son mateo", "my daughter sofia": whose name it is
_INTRODUCED = re.compile(
    r"\b(?:my|our)\s+(?:(?:baby|little|newborn)\s+)?(son|daughter|baby(?:\s+(?:boy|girl))?|grandson|"
    r"granddaughter)\s+([a-z]{3,})\b"
)
_NOT_NAME = frozenset(
    ("and", "with", "who", "is", "was", "will", "turns", "turning", "after", "for", "has")
)
# the age in the brackets after the name: "(6 months)", "(8)", "(she's 8)", "(age 8)"
_AGE = (
    r"\s*\(\s*(?:(?:s?he'?s|s?he\s+is|age)\s+)?(\d{1,2})(\s*(?:months?|mos?))?(?:\s*(?:old|yrs?|years?(?:\s+old)?))?"
    r"\s*\)"
)


# "ellie's 9th birthday": a name and the age its birthday turns
_BIRTHDAY_OF = re.compile(r"\b([a-z]{3,})'s\s+(\d{1,2})(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)\b")
# "..., our son max (4)": a relation with its name and age as an item of the list
_NAMED_ITEM = re.compile(
    rf"(?:(?<=[,+&] )|(?<=\band ))(?:my|our)\s+(son|daughter)\s+([a-z]{{3,}}){_AGE}"
)

# "us 2, her (10), her 2 stepsisters (7 and 5), ...": the one the party is for, named by a pronoun
# with their age as an item of the list (a separator or the end after it)
_PRONOUN_ITEM = re.compile(
    rf"(?:(?<=[,+&] )|(?<=\band )|(?<=: ))(?:(?P<her>her)|him){_AGE}(?=\s*(?:[,.;!?&+\n]|and\b|$))"
)

# "dinner for my son's 18th ... my son, his girlfriend, me and ...": a son or a daughter grown by
# the birthday the message gives (18 or over), listed with a girlfriend or a boyfriend: a grown
# couple, as "my son, his wife" is (the couple readers count a son's spouse, not a teen's date)
_GROWN_BIRTHDAY = re.compile(r"\b(?:my|our)\s+(son|daughter)'?s\s+(1[89]|[2-9]\d)(?:st|nd|rd|th)\b")


def _grown_dates(text: str) -> str:
    """`text` with the date of a son or a daughter grown by their birthday written as a spouse."""
    for who in {m.group(1) for m in _GROWN_BIRTHDAY.finditer(text)}:
        text = re.sub(
            rf"\b((?:my|our)\s+{who}\s*(?:,|&|\+|\band\b|\bplus\b)\s*(?:his|her)\s+)"
            r"(?:girlfriend|boyfriend|gf|bf)\b(?!')",
            r"\1spouse",
            text,
        )
    return text


def _pronoun_item(m: re.Match[str]) -> str:
    """The pronoun's child of `m` as "our daughter (<age>)" or "our son (<age>)", months kept."""
    return f"our {'daughter' if m.group('her') else 'son'} ({m.group(2)}{m.group(3) or ''})"


def _named_item(m: re.Match[str]) -> str:
    """The relation of `m` with its age, the name dropped (a word no name stays)."""
    if m.group(2) in _NOT_NAME or m.group(4):
        return m.group(0)
    return f"our {m.group(1)} ({m.group(3)})"


def _relation(word: str) -> str:
    """The relation a name was introduced by, as a list item's words ("baby boy" is "baby")."""
    return "baby" if word.startswith("baby") else word


def listed_family(text: str) -> str:
    """`text` with godparents and both grandmas written as pairs, and a son, daughter or baby
    listed by name with an age written as the relation with that age, as is a pronoun listed with
    an age ("her (10)")."""
    if "padrinos" in text or "godparents" in text:
        text = _GODPARENTS.sub(r"\1godparents", text)
    if "both" in text:
        text = _BOTH_GRAND.sub("my grandparents", text)
    if "friend" in text or " gf" in text or " bf" in text:
        text = _grown_dates(text)
    text = honoree_item(text)  # "... he's turning 6! me, my wife, max, ...": "our son (6)"
    if "(" not in text:
        return text
    for m in list(_INTRODUCED.finditer(text)):
        name, relation = m.group(2), _relation(m.group(1))
        if name in _NOT_NAME:
            continue
        listed = re.compile(rf"(?:(?<=[,+&] )|(?<=\band )){re.escape(name)}{_AGE}")
        text = listed.sub(partial(_as_relation, relation=relation), text)
    text = _NAMED_ITEM.sub(_named_item, text)
    if "her (" in text or "him (" in text:
        text = _PRONOUN_ITEM.sub(_pronoun_item, text)
    for m in list(_BIRTHDAY_OF.finditer(text)):
        if m.group(1) in _NOT_NAME or m.group(1) in ("son", "daughter", "mom", "dad"):
            continue
        listed = re.compile(
            rf"(?:(?<=[,+&] )|(?<=\band )|(?<=: )){re.escape(m.group(1))}\s*\(\s*{m.group(2)}\s*\)"
        )
        text = listed.sub(f"our daughter ({m.group(2)})", text)
    return text


def _as_relation(m: re.Match[str], relation: str) -> str:
    """The named child of `m` as "our <relation> (<age>)", months kept."""
    return f"our {relation} ({m.group(1)}{m.group(2) or ''})"
