"""The grown relation a party is for, left out of the writer's list that counts the guests:
"Dinner for my grandma's 80th. me + my husband, our 2 kids (10 and 7), my parents and my sister",
"me, my wife, my brother and his wife ... anniversary dinner for my in-laws". The list is the
count, and it does not name them: are they coming (surely, it is their party) or is the list
only the rest? A careful person asks, so it is a check; priced as listed, the draft would be short
by the honorees with no flag.

Only when the message counts its guests by a list that opens with the writer ("me, my ...",
"me + my ...") and says no count of adults, people or guests (a total holds the honorees: "a
retirement dinner for my parents, 10 guests in total"), and the relation is named only as whom the
party is for ("for my parents", after a list that names "my parents", is counted once
there). Takes the normalized, lower-case text."""

from __future__ import annotations

import re

from orchestrator.reading.honoree_child_out import (
    child_honoree_left_out,
    named_head_unaged,
    named_honoree_out,
)

_RELATION = (
    r"(?:grandma|grandpa|grandmother|grandfather|grandparents|nana|papa|lola|lolo|abuela|abuelo|"
    r"mom|mum|mother|dad|father|pops|parents|in-?laws|mother-in-law|father-in-law|wife|husband|"
    r"hubby|uncle|aunt|tia|tio|tita|tito|boss)"
)
_OCCASION = (
    r"(?:party|dinner|lunch|brunch|birthday|bday|b-day|anniversary|celebration|retirement|"
    r"get together|get-together|reunion|bash)"
)
# "anniversary dinner for my in-laws", "for my grandma's 80th", "my dad's 60th bday"
_FOR = re.compile(
    rf"\b{_OCCASION}(?:\s+(?:dinner|party|lunch))?\s+for\s+(?:my|our)\s+(?P<who>{_RELATION})\b(?!')"
    rf"|\bfor\s+(?:my|our)\s+(?P<whose>{_RELATION})'?s\s+(?:\d{{1,3}}(?:st|nd|rd|th)\b|{_OCCASION})"
)
# the writer's list that counts the guests: "me, my husband", "me + my wife", "me and my sister"
_LIST = re.compile(r"\bme\s*(?:,|\+|&|\band\b)\s*(?:my|our)\b")
# The words that name the same people again ("for my parents ... my mom and dad")
_SAME = {
    "grandma": r"grandma|grandmother|grandparents|lola|abuela|nana",
    "grandpa": r"grandpa|grandfather|grandparents|lolo|abuelo|papa",
    "grandparents": r"grandparents|grandma|grandpa|grandmother|grandfather|lola|lolo|abuela|abuelo",
    "mom": r"mom|mum|mother|mama|parents", "mum": r"mom|mum|mother|mama|parents",
    "mother": r"mom|mum|mother|mama|parents", "dad": r"dad|father|pops|papa|parents",
    "father": r"dad|father|pops|papa|parents", "pops": r"dad|father|pops|papa|parents",
    "parents": r"parents|mom|mum|mother|dad|father|pops", "in-laws": r"in-?laws|parents|-in-law",
    "inlaws": r"in-?laws|parents|-in-law", "husband": r"husband|hubby", "hubby": r"husband|hubby",
}
_TOTAL = re.compile(r"\b\d{1,3}\s+(?:adults?|grown-?ups|people|guests?|ppl|pax|of us|persons)\b")


def honoree_left_out(text: str) -> list[tuple[str, str]]:
    """A check for each grown relation the party in normalized `text` is for that the writer's
    list of guests does not name."""
    checks = child_honoree_left_out(text)  # "party for my stepson max, he's turning 6! me, my wife"
    checks += named_head_unaged(text)  # "party for mia + 9 of her friends (all 8)"
    checks += named_honoree_out(text)  # "party for noah (turning 8)!! 7 of his friends (all 8)"
    if not _LIST.search(text) or _TOTAL.search(text):
        return checks
    for m in _FOR.finditer(text):
        who = m.group("who") or m.group("whose")
        rest = text[: m.start()] + " " + text[m.end() :]  # "for my moms 65th ... my mom, my step dad"
        if not re.search(rf"(?:\b|-)(?:{_SAME.get(who, re.escape(who))})\b", rest):
            checks.append(("guests", f"the party is for your {who}, not named among the guests: "
                                     "are they coming?"))  # fmt: skip
    return checks
