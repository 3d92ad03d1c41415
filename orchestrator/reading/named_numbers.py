"""Numbers that name a place or an organisation, not how many come: a fire station or an engine
("Sac Metro Fire Station 12", "engine 5 crew"), a room ("set up outside Room 14"), a veterans' post,
a lodge, a council, a union local ("VFW Post 8762", "Council 4431"), a licence in a signature
("DRE #02145567"), the years an organisation celebrates ("celebrating 40 years"), a street named by
an ordinal ("980 9th St"), a time span with its minutes ("friday 11:30-1"), a school's grades
("Didion K-8"). The safety net (`checks.unexplained_numbers`) asks about no number inside one of
these spans.

A name word is read by its kind, the word before the number; a people word after the number keeps
it a count ("station 12 guys" stays asked, "12 adults from the station" is read as a count)."""

from __future__ import annotations

import re

from orchestrator import zip_table
from orchestrator.literal_gates import gated
from orchestrator.reading.benign import STREET

_PEOPLE = (
    r"adults|kids|people|guests|ppl|pax|persons|children|teens|toddlers|guys|gals|ladies|men|women|"
    r"members|folks|firefighters"
)
# the words after a number that make it a count of people whatever comes before it
_PEOPLE_AFTER = rf"(?!\s*(?:{_PEOPLE}|of\b|plus\b|\+|total|and\b|&))"
# places and organisations numbered by name: fire and rescue units, rooms, veterans' posts,
# fraternal lodges and councils, union locals, clubs' chapters and districts
NAME_WORDS = (
    r"station|engine|truck|ladder|medic|rescue|battalion|squad|room|rm|classroom|post|council|lodge|"
    r"local|chapter|district|precinct|squadron|hangar"
)
NAMED_NUMBERS = [
    re.compile(p)
    for p in [
        rf"\b(?:{NAME_WORDS}) ?(?:no\.? ?|# ?)?(?:\d{{4,5}}|\d{{1,3}}\b{_PEOPLE_AFTER})",
        # a licence or registration number, long, in a signature ("DRE #02145567", "Lic. 0123456")
        r"\b(?:dre|calbre|bre|lic|license|licence|nmls|cslb)\.?\s*(?:no\.?|number|#)?\s*[:#]?\s*\d{5,10}\b",
        # paperwork numbers ("PO# 4471", "Ref 2025-0419") are reading.paper_numbers'
        # the years an organisation or a couple celebrates ("celebrating 40 years"): a duration
        r"\b(?:celebrating|celebrate|celebrates|marking)\s+(?:our\s+|their\s+|its\s+)?\d{1,3}\s*"
        r"(?:years?|yrs?)\b(?!\s*old)",
        # a street named by an ordinal ("980 9th St", "1200 5th Ave"): an address
        rf"\b\d{{1,6}}\s+\d{{1,3}}(?:st|nd|rd|th)\s+{STREET}\b",
        # a business named with a number, told by its branch ("the golden 1 branch on arden")
        r"\b\d{1,5}\s+(?:branch|location|store|office)\b(?!\s*(?:staff|team|crew|employees)\b)",
        # a time span that starts with its minutes ("11:30-1"): when, never guests
        r"\b\d{1,2}:\d{2}\s*(?:-|to|til|till|until)\s*\d{1,2}(?::\d{2})?\b"
        r"(?!\s*(?:adults|kids|people|guests|ppl))",
        # a school's grades in its name ("Genevieve Didion K-8", "a TK-6 school"): no count
        r"\b(?:t?k|pre-?k)\s?-\s?(?:[1-9]|1[0-2])\b(?!\s*(?:adults|kids|people|guests|ppl))",
    ]
]

# a name word right before a count of people ("Lodge 40 members dinner", "station 12 adults"): the
# organisation's number, or how many come? One line only (an emoji between them is a break)
_NAME_OR_COUNT = re.compile(rf"\b(?:{NAME_WORDS}) ?#? ?(\d{{1,3}}) (?:{_PEOPLE})\b")
# four or five digits after a name word: a post's or a local's number even before a people word
# ("VFW Post 8762 Ladies Auxiliary"), never a party we could quote
_LONG_NAMED = gated(re.compile(rf"\b({NAME_WORDS}) ?(?:no\.? ?|# ?)?(\d{{4,5}})\b"))


def name_or_count_checks(text: str) -> list[tuple[str, str]]:
    """ "Lodge 40 members dinner": a number between a name word and a people word may be either;
    asked (one cheap search: the name words are rare)."""
    return [
        ("guests", f"'{m.group(0)}': is {m.group(1)} a name or the number of guests?")
        for m in _NAME_OR_COUNT.finditer(text)
    ]


def long_named_numbers(text: str) -> list[tuple[int, int]]:
    """The spans of four- or five-digit numbers right after a name word ("VFW Post 8762 Ladies
    Auxiliary"): an organisation's number, hidden from the guest reader."""
    return [m.span(2) for m in _LONG_NAMED.finditer(text) if not _town_and_zip(m.group(1), m.group(2))]


def _town_and_zip(word: str, number: str) -> bool:
    """ "were in rescue 95672": the name word is the town the ZIP after it is filed under (Rescue,
    CA 95672), a place and its ZIP, not a rescue unit's number."""
    row = zip_table.matching(number) if len(number) == 5 else None
    return row is not None and word in {name.lower() for name in (row.city, *row.acceptable_cities)}
