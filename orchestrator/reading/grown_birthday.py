"""Whose birthday it is, for the friends a list of the party names: at a kid's birthday friends
beside the kids may be the kid's (children); at the writer's own ("i'm turning 50", "my 40th
birthday") or a grown person's ("my dad's 65th birthday", "my mother-in-law turns 70") they are
adults, and so are that person's friends from church ("6 of her friends from church"); the writer's
partner's birthday ("for my wife's birthday") is a grown person's."""

from __future__ import annotations

import re

_BIRTHDAY = re.compile(r"\b(?:bday|b-day|birthday|birthdays|turning|turns|bar mitzvah|bat mitzvah)\b")
_OWN_BIRTHDAY = re.compile(
    r"\b(?:i'?m|im|i am|i'll be|ill be)\s+(?:turning|gonna be|going to be)\s+(?:1[89]|[2-9]\d)\b"
    r"|\bmy\s+(?:own\s+)?(?:(?:1[89]|[2-9]\d)(?:st|nd|rd|th)\s+)?(?:birthday|bday|b-day)\b"
)
_PARTNER = r"(?:husband|hubby|wife|wifey|spouse|fianc(?:e|ee))"
# a relation always grown ("bday dinner for my dad turning 70", "my mom's birthday"; q85c)
_ELDER = r"(?:dad|mom|father|mother|grandma|grandpa|grandmother|grandfather|papa|mama|pops)"
_GROWN_KIN = rf"(?:{_PARTNER}|{_ELDER})"
# A birthday of 20 or more told by its ordinal or "turns" (not "turning 20 months")
_GROWN_BIRTHDAY = re.compile(
    r"\b[2-9]\d(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)\b"
    r"|\bturn(?:s|ing)\s+[2-9]\d\b(?!\s*(?:mo|months?)\b)"
    # "70th for my mother-in-law": the ordinal of someone's years, the word "birthday" left out
    r"|\b[2-9]\d(?:st|nd|rd|th)\s+for\s+(?:my|our|his|her)\b"
    # "birthday for my dad's 70th", "bday party for grandma's 90th": the ordinal after whose it is
    r"|\b(?:(?:birthday|bday|b-day)\s+(?:party\s+|dinner\s+|bash\s+)?for\s+)?"
    # (its birthday word taken with it: "my mom's 60th bday" leaves no "bday" for kids_birthday)
    r"(?:(?:my|our|his|her)\s+)?[a-z-]+(?:'s|s'|s)\s+[2-9]\d(?:st|nd|rd|th)\b(?!\s*(?:mo|months?)\b)"
    r"(?:\s+(?:birthday|bday|b-day)\b)?"
    # the writer's partner's ("hubby's birthday dinner", "for my wife's bday", "a backyard birthday
    # for my wife"): a grown person's
    rf"|\b{_GROWN_KIN}'?s\s+(?:surprise\s+)?(?:birthday|bday|b-day)\b"
    rf"|\b(?:birthday|bday|b-day)\s+(?:party\s+|dinner\s+|bash\s+)?for\s+(?:my|our)\s+{_GROWN_KIN}\b"
)


def kids_birthday(text: str) -> bool:
    """A birthday is told that is neither the writer's own nor a grown person's."""
    return bool(_BIRTHDAY.search(_GROWN_BIRTHDAY.sub(" ", _OWN_BIRTHDAY.sub(" ", text))))


def grown_birthday(text: str) -> bool:
    """A grown person's birthday is told ("my dad's 65th birthday", "grandpa turns 80")."""
    return bool(_GROWN_BIRTHDAY.search(text))
