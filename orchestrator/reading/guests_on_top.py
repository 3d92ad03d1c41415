"""Guests joined to a group of members ("wine club night 10 members and 10 guests", "8 members
plus 6 guests"): the guests a club's members bring are plainly other people than the members, so
the party is the sum. Only a group whose word names who belongs ("members", "employees",
"coworkers", "teammates", ...) counts; "10 adults and 10 guests" or "10 people and 10 guests" may
be the same people counted twice and stays asked (module `added_total`). So with the writer's
group: "15 of us from the run club plus 15 guests" is 30 (`us_plus_guests`); two equal counts
otherwise joined ("10 people plus 10 guests", "20 of us plus 20 guests total") are asked. Kids
said beside such a sum ("8 of us from the team plus 8 guests plus 4 kids") may be among the
guests or more people: asked, unless said to be among them ("..., 4 of them kids")."""

from __future__ import annotations

import re

Span = tuple[int, int]

# right before the guests' number: the members counted, then a word that adds
_MEMBERS = re.compile(
    r"\b(\d{1,3})\s+(?:club\s+|team\s+|board\s+|church\s+|lodge\s+)?"
    r"(?:members|employees|coworkers|co-workers|teammates|colleagues|volunteers|residents)"
    r"\s*,?\s*(?:and|plus|\+|&)\s*(?:their\s+)?\Z"
)
_GUESTS = re.compile(r"\d{1,3}\s+guests\b")


def guests_on_top(text: str, spans: list[Span], adults: int | None, kids: int) -> bool:
    """Whether the one guest total of normalized `text` (its `spans`, read by
    `totals.guest_totals`) is guests joined to members counted among the `adults`, with no kids
    said: guests on top of the members, not the party's size."""
    if adults is None or kids or len(spans) != 1:
        return False
    start, end = spans[0]
    if not _GUESTS.fullmatch(text, start, end):
        return False
    members = _MEMBERS.search(text, max(0, start - 60), start)
    return members is not None and int(members.group(1)) == adults



# "15 of us from the run club plus 15 guests": the writer's group, where it is from, a word that
# adds, then guests; the guests are people the group brings, so the party is the sum
_US = re.compile(r"(?:we\s+(?:are|r)\s+)?\d{1,3}\s+of\s+us\b")
_US_THEN = re.compile(
    r"(?:\s+(?:from|in|at|on)\s+(?:[a-z0-9'-]+\s+){0,4}?[a-z0-9'-]+)?\s*,?\s*"
    r"(?:and|plus|\+|&|along with|as well as)\s*(?:(?:our|their)\s+)?\Z"
)
# two counts joined by a word that adds, nothing but a few words between them
_PAIRED = re.compile(
    r"(?:\s+(?:[a-z0-9'-]+\s+){0,5}?[a-z0-9'-]+)?\s*,?\s*"
    r"(?:and|plus|\+|&|along with|as well as)\s*(?:(?:our|their|maybe|possibly)\s+)*\Z"
)
# kids counted beside the sum: among the guests, or more people? ("plus 8 guests plus 4 kids")
_KIDS = re.compile(
    r"(?<!\bno )(?<!\b0 )(?<!\bzero )\b(?:kids?|kiddos?|children|child|toddlers?|bab(?:y|ies)|"
    r"little ones)\b"
)
# the kids said to be among them: "..., 4 of them kids", "including 3 kids"
_AMONG = re.compile(
    r"\b\d{1,3}\s+of\s+(?:them|those|the\s+guests|whom)\s+(?:are\s+|r\s+|will be\s+)?"
    r"(?:kids|children)\b"
    r"|\b(?:including|incl\.?|among them)\s+\d{1,3}\s+(?:kids|children)\b"
)
# right after the guests: the size said ("20 guests total"), so no plain sum
_SIZE = re.compile(r"\s*(?:total|in total|in all|altogether|all together|overall|all in)\b")


def us_plus_guests(text: str, totals: list[int], spans: list[Span]) -> tuple[list[int], str | None]:
    """The guest `totals` of normalized `text` (their `spans`) once a pair joined by a word that
    adds is read: "15 of us from the run club plus 15 guests" is one total of 30; a pair of equal
    counts so joined otherwise ("10 people plus 10 guests", "20 of us plus 20 guests total") comes
    back with the doubt to ask: more guests, or the same ones counted twice?"""
    if len(spans) != 2 or not _PAIRED.fullmatch(text, spans[0][1], spans[1][0]):
        return totals, None
    (s1, e1), (s2, e2) = spans
    us = _US.match(text, s1)
    after_us = us.end() if us and us.end() >= e1 else e1
    if (
        us
        and _US_THEN.fullmatch(text, after_us, s2)
        and _GUESTS.fullmatch(text, s2, e2)
        and not _SIZE.match(text, e2)
        and not re.search(r"\b(?:maybe|possibly)\b", text[e1:s2])
    ):
        if _KIDS.search(text) and not _AMONG.search(text):  # "... plus 8 guests plus 4 kids"
            return totals, f"'{text[s1:e2]}' and kids: are the kids among them or on top?"
        return [totals[0] + totals[1]], None
    if totals[0] == totals[1]:
        return totals, f"'{text[s1:e2]}': more guests, or the same ones?"
    return totals, None
