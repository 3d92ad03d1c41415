"""The groups a protein choice can be given to, with their spans: "adults" or "kids", or "all"
when two joined groups name the whole party ("10 adults and their 4 kids"). Used by
`proteins.extract_proteins` to tell whose a choice is."""

from __future__ import annotations

import re

from orchestrator.reading.asks import CHOSEN_FOR, OWN_CHOICE
from orchestrator.reading.guests import ADULT, KID, TEEN

# A group named as whose a choice is ("chicken for the kids"): a comma after it ends the clause.
_CONJUNCTION = re.compile(r"\b(?:and|n|plus|with)\b|[+&]")
# Two groups joined this way name the whole party: "10 adults and their 4 kids" ("20 adults and
# some kids, chicken n shrimp": the kids not yet counted, the choice after both everyone's)
_GROUP_JOIN = re.compile(
    r"^[\s,+&/]*(?:and|n|plus|with|\+|&|,|-)?[\s,+&/]*"
    r"(?:(?:their|our|my|his|her|the|some|a few|a couple of|several)\s+)?$"
)
# A group opening a clause of its own wish: "chicken for the kids, and the adults want NY strip
# and salmon" (a choice of two or more words, which `OWN_CHOICE` leaves to this)
_OWN_WISH = re.compile(
    r"\s*(?::|-\s)|\s+(?:all\s+|will\s+|would\s+|can\s+|are\s+|'d\s+|'ll\s+)?"
    r"(?:want|wants|get|gets|like|prefer|prefers|have|having|eat|quieren|comen|prefieren|piden)\b"
)


def choice_groups(text: str) -> list[tuple[int, int, str]]:
    """Group words with their spans, "adults" or "kids"; a word joined to the previous one by
    "and"/"+"/"," with nothing else between names the whole party ("all")."""
    found: list[tuple[int, int, str]] = []
    # the ages told with a group, in brackets or not: "6 kids (7-9) + 5 adults", "6 kids ages 7-9 + 5";
    # "10 of us adults" is a counted group as "10 adults" is
    pattern = (
        rf"(?:\b\d{{1,4}}\s*(?:more\s+|of\s+us\s+)?)?\b(?:({ADULT}|{TEEN})|({KID}))\b(?:\s*\([^)]*\)|\s*,?\s*"
        r"(?:ages?d?|aged)\s+\d{1,2}(?:\s*(?:-|to|and|&|,)\s*\d{1,2})*|\s+\d{1,2}\s*-\s*\d{1,2}\b)?"
    )
    for m in re.finditer(pattern, text):
        kind = "adults" if m.group(1) else "kids"
        gap = text[found[-1][1] : m.start()] if found else ""
        if found and "\n" not in gap and _GROUP_JOIN.match(gap) and found[-1][2] != kind and not (
            CHOSEN_FOR.search(text, 0, found[-1][0]) and not _CONJUNCTION.search(gap)
        ) and not OWN_CHOICE.match(text, m.end()) and not (
            CHOSEN_FOR.search(text, 0, found[-1][0]) and _OWN_WISH.match(text, m.end())
        ) and (  # "chicken for the kids, the adults want filet"
            found[-1][2] != "all" or m.group(0)[0].isdigit()  # "20 adults 5 kids, adults get filet"
        ):
            found[-1] = (found[-1][0], m.end(), "all")
            continue
        found.append((m.start(), m.end(), kind))
    return found


def for_both(text: str, joined: tuple[int, int, str] | None) -> bool:
    """A choice "for the kids and adults" (`joined` the group span the words after it fall in):
    the two groups joined with no count name the whole party, so the choice is everyone's ("for
    10 adults and 4 kids", "for the adults, plus 2 kids (8, 12)" are counts, read apart)."""
    return joined is not None and joined[2] == "all" and not re.search(
        r"\d", text[joined[0] : joined[1]]
    )
