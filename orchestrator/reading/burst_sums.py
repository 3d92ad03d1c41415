"""A sum of adults said in a burst after the writer's list of people: "me, my husband, my mom, my 2
brothers and their wives", then "so 8 adults. chicken and lobster tail 95833". The "so" says the
count is the list's sum, and `burst_counts` reads it as the new count; but when the people of the
list make another number (7 here), one of the two is wrong, and pricing the sum would state a
total the list contradicts. A careful person asks which is right (round q77h). A sum the list
agrees with ("... so 10 adults" after a list of 10) is the count, as before. A total of people
after a list that names families or a team, of no count ("my family and his family", then "so 14
people"), may hold kids no word counted: asked as the same words in one message are (round q78f).

Only a list read whole (no person in it left uncounted, no count of adults or people of its own)
and a sum said as one ("so 8 adults", "that's 8 adults", "8 adults total"); a message adding
guests ("plus 2 more adults") is no sum."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from orchestrator.reading.inquiry import Inquiry

Check = tuple[str, str]

_GROWN = r"(?:adults|grown-?ups|grownups)"
_SUM = re.compile(
    rf"(?:\b(?:so|that'?s|thats|that\s+is|which\s+makes|makes|making)\s+(?:it'?s\s+|its\s+|we'?re\s+"
    rf"|were\s+|we\s+are\s+|a\s+total\s+of\s+)?|=\s*)(\d{{1,3}})\s+{_GROWN}\b"
    rf"|\b(\d{{1,3}})\s+{_GROWN}\s+(?:total|in\s+all|altogether)\b",
    re.IGNORECASE,
)
# a count of its own in the list's message: "me, my wife + 6 adults from church"
_OWN_COUNT = re.compile(
    r"\d{1,3}\s+(?:adults?|grown|people|ppl|guests|pax|persons|of us|total)\b", re.IGNORECASE
)
# a total of people said alone, and a list's words that may hold kids ("family of 6" in one message)
_PEOPLE_TOTAL = re.compile(
    r"\b\d{1,3}\s+(?:people|ppl|persons|guests|total|of us|pax|in all)\b", re.IGNORECASE
)
_MAY_HOLD_KIDS = re.compile(r"\b(?:famil(?:y|ies)|fam|households?|team|troop)\b", re.IGNORECASE)
_PERSON = re.compile(r"\b(?:me|my|our|us|his|her|their)\b", re.IGNORECASE)


def _sum_said(text: str) -> int | None:
    m = _SUM.search(text)
    return int(m.group(1) or m.group(2)) if m else None


def _listed(text: str, one: Inquiry) -> bool:
    """`one`, the reading of `text`, counts adults from a list of people, read whole."""
    return bool(
        one.adults and one.adults_said and _PERSON.search(text) and not _OWN_COUNT.search(text)
        and not any(field in {"guests", "kids", "added"} for field, _ in one.checks)
    )


def list_sum_checks(
    read: Sequence[Inquiry],
    said: Sequence[str],
    followers: frozenset[int],
    merge: Callable[[Inquiry, Sequence[Inquiry]], Inquiry],
) -> list[Check]:
    """A check for each message of a burst (`followers`, indexes in `read` and `said`) whose sum
    of adults the list of the message right before it disagrees with."""
    checks: list[Check] = []
    for i in sorted(followers):
        if i < 1 or i >= len(read):
            continue
        later, total = read[i], _sum_said(said[i])
        if total is None or later.adults != total or later.adds_guests or later.adults_added:
            continue
        if not _listed(said[i - 1], read[i - 1]) or any(_OWN_COUNT.search(s) for s in said[: i - 1]):
            continue
        listed = merge(read[i - 1], read[: i - 1]).adults
        if listed and listed != total:
            checks.append(("guests", f"the list makes {listed} adults, not {total}: which is right?"))
    return checks


def family_total_checks(
    read: Sequence[Inquiry], said: Sequence[str], followers: frozenset[int]
) -> list[Check]:
    """A check for each message of a burst (`followers`) whose total of people, read as adults
    with no kids said, follows a message naming families or a team with no count of its own."""
    checks: list[Check] = []
    for i in sorted(followers):
        if i < 1 or i >= len(read) or not _PEOPLE_TOTAL.search(said[i]):
            continue
        later, listed = read[i], said[i - 1]
        if not later.adults or later.kids_said or _MAY_HOLD_KIDS.search(said[i]):
            continue  # "family of 6" in the message itself: its reader asks
        named = _MAY_HOLD_KIDS.search(listed)
        if named and not re.search(r"\d", listed):  # no count of its own
            checks.append(("guests", f"'{named.group(0)}' may include kids: how many of the "
                                     f"{later.adults} are kids?"))  # fmt: skip
    return checks
