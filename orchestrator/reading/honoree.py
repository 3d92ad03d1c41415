"""The person a party is for, named by a pronoun at the head of the guest list ("my son's 15th:
him, 14 of his friends (all 14-15) and me and my wife", "sweet 16! her + 12 friends"), and the
writer added alone at its end ("... plus me"). The pronoun is one guest whose age the event
gives (an ordinal birthday, "sweet 16", "turning 9"); without it the age is asked. Each reader
returns the guests it counts and the span it explains."""

from __future__ import annotations

import re
from dataclasses import dataclass

from orchestrator.catalog import Catalog
from orchestrator.reading.groups import band

Span = tuple[int, int]

# The head of a list: a sentence start or "it's", "it will be", "party is"; not "for her" or
# "surprise him", which name no list.
_HEAD = (
    r"(?:^|(?<=[.!?:;\n])|(?<=[.!?:;\n-] )"
    r"|\b(?:it'?s|it is|its|will be|party is|guests? (?:are|is))\s+)"
)
_HONOREE = re.compile(r"\b(him|her)\s*(?:,|\+|&|and|plus|with)\s*(?:his\s+|her\s+)?(?=\d)")
_AT_HEAD = re.compile(rf"{_HEAD}\s*$")
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
}  # fmt: skip
_ORDINAL = r"(\d{1,2})(?:st|nd|rd|th)|(" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + ")"
# The age of the person the party is for: "my son's 15th", "her 12th bday", "sweet 16",
# "turning 9"; an ordinal alone ("june 14th") is a date.
_AGE = re.compile(
    rf"\b(?:'s|his|her)\s+(?:{_ORDINAL})\b(?!\s+(?:of|st|street|ave)\b)"
    rf"|\b(?:{_ORDINAL})\s+(?:bday|b-day|birthday|bd|party)\b"
    r"|\bsweet\s+(16)\b|\bturn(?:s|ing)\s+(\d{1,2})\b"
)
# The writer added alone after the list ("..., plus me"); "me and my wife" is the writer's own
# list, read by the household reader.
_LONE_WRITER = re.compile(
    r"\s*(?:,\s*)?(?:\+|&|and|plus)\s*(?:and\s+)?(me|myself)\b"
    r"(?!\s*(?:,|&|\+|and|plus|n|with)\s*(?:my|our|his|her|the|\d))"
)


@dataclass(frozen=True, slots=True)
class Counted:
    """Guests the words count: `band` None when their age is not given (then `check` asks)."""

    count: int
    band: str | None
    span: Span
    check: str | None = None


def honoree_age(text: str) -> int | None:
    """The age the event gives its person, when the text gives exactly one."""
    ages = set()
    for m in _AGE.finditer(text):
        number, word = (m.group(1) or m.group(3)), (m.group(2) or m.group(4))
        said = number or (str(_ORDINAL_WORDS[word]) if word else None) or m.group(5) or m.group(6)
        if said:
            ages.add(int(said))
    return ages.pop() if len(ages) == 1 else None


def honoree_guests(text: str, catalog: Catalog, groups: list[Span]) -> list[Counted]:
    """The pronoun heading a guest list whose next item is a counted group (`groups`: the spans
    of the groups already counted), and the writer added alone right after that group."""
    found: list[Counted] = []
    for m in _HONOREE.finditer(text):
        group = next((g for g in groups if m.end() <= g[0] <= m.end() + 4), None)
        if group is None:
            continue
        age = honoree_age(text)
        who = m.group(1)
        if not _AT_HEAD.search(text[: m.start()]):  # "surprise him with 10 friends": one more?
            found.append(Counted(0, None, m.span(1), f"'{who}' beside the guest count: counted?"))
        elif age is None:
            found.append(Counted(1, None, m.span(1), f"'{who}' heads the guest list: how old?"))
        else:
            found.append(Counted(1, band(age, catalog), m.span(1)))
    for group in groups:  # "9 buddies (13-14), plus me"
        if lone := _LONE_WRITER.match(text, group[1]):
            found.append(Counted(1, "adults", lone.span(1)))
    return found
