"""Some of a part counted by its word with its ages dropping out, the part's new count said beside
(round q86l, set 188 fz021, fz057): "2 of the boys cant make it so 10 players now. same food"
after "12 players (all 13-14) + 2 coaches + 14 parents" (28 adults) is 26 adults: the players
were adults by their ages, the 10 is the players left (12 less 2), not 10 kids of no ages. "one of
the girls is out with a broken wrist so 9 players now. and 1 more coach is coming, add 1 adult"
after "10 players (all 11-12) + 2 coaches + 10 parents" is 9 kids and 13 adults: the part's band
loses the one out, the adults said added are added, and the words between the one out and the
count left ("is out with a broken wrist") are the reason, nothing asked for.

Only when the earlier message counted that word once, its ages all in one price band, and the
part before is those out and those left; any other shape (a count that does not add up, a word
counted twice, a weighed "if 2 of the boys cant come") is read as before."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from orchestrator.reading.age_bands import band
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.kids import PRICED_AS_CHILDREN
from orchestrator.reading.reasons import ages_not_given, unplaced
from orchestrator.reading.words import HEDGES

if TYPE_CHECKING:
    from orchestrator.catalog import Catalog

Check = tuple[str, str]

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "a": 1}
# "12 players (all 13-14)", "10 players (ages 11 to 12)", "8 dancers (all 9)": a part by its word
_PART = re.compile(
    r"\b(\d{1,3})\s+([a-z]+s)\s*\(\s*(?:all\s+)?(?:ages?\s+)?(\d{1,2})(?:\s*(?:-|to)\s*(\d{1,2}))?"
    r"\s*(?:yrs?|years?(?:\s+old)?|yo)?\s*\)"
)
# "2 of the boys cant make it so 10 players now", "one of the girls is out ... so 9 players now":
# those out, the words between (the reason), the part's count left and its word
_LEFT = re.compile(
    r"\b(\d{1,2}|one|two|three|four|five)\s+of\s+(?:the|our|my|his|her|their)\s+([a-z]+)\b"
    r"([^.!?\n\d]{0,80}?)\bso\s+(?:its\s+|it's\s+|we're\s+|there's\s+|we\s+have\s+)?"
    r"(?:just\s+|only\s+)?(\d{1,3})\s+([a-z]+s)\s+(?:now|left)\b"
)
_HEDGED = re.compile(rf"\b(?:{HEDGES})\b")
_GUEST_WORDS = frozenset({"adults", "kids", "people", "guests", "ppl", "persons", "children"})


def aged_parts(text: str, catalog: Catalog) -> tuple[tuple[str, int, str], ...]:
    """The parts of `text` as written counted by a word with ages all of one price band:
    ("players", 12, "adults") of "12 players (all 13-14)"."""
    parts = []
    for m in _PART.finditer(text.lower()):
        low, high = int(m[3]), int(m[4] or m[3])
        if m[2] in _GUEST_WORDS or low > high or band(low, catalog) != band(high, catalog):
            continue
        parts.append((m[2], int(m[1]), band(low, catalog)))
    return tuple(parts)


def part_left(text: str) -> tuple[str, int, int, str, str] | None:
    """(the part's word, those out, the count left, the word they are named by, the words between)
    of `text` as written ("2 of the boys cant make it so 10 players now"), or None (weighed: "if
    2 of them cant come")."""
    m = _LEFT.search(text.lower())
    if m is None or _HEDGED.search(text.lower(), 0, m.end(3)):
        return None
    out = _WORDS[m[1]] if m[1] in _WORDS else int(m[1])
    return m[5], out, int(m[4]), m[2], m[3]


def part_left_order(before: Inquiry, merged: Inquiry, later: Inquiry) -> Inquiry | None:
    """`merged` with those out of the part `later` counts anew taken from the part's band of
    `before`, and the adults `later` adds added; None when it does not fit."""
    if later.part_left is None or later.bare_total is not None:
        return None
    word, out, now, _, _ = later.part_left
    parts = [(n, kind) for w, n, kind in before.aged_parts if w == word]
    if len(parts) != 1 or parts[0][0] != out + now:
        return None
    kind = parts[0][1]
    if sum(d for d, _ in later.changes if d < 0) not in (0, -out):
        return None
    added = later.adults_added if later.adults_said else 0
    if later.adults_said and later.adults != added:
        return None  # a new count of adults beside it ("so 9 players now, 14 adults"): read as before
    if any(d > 0 for d, _ in later.changes) and sum(d for d, _ in later.changes if d > 0) != added:
        return None
    if later.toddlers or (later.children or 0) not in (0, now):
        return None
    counts = {"adults": before.adults or 0, "children": before.children or 0,
              "toddlers": before.toddlers or 0}  # fmt: skip
    if counts[kind] < out + now:  # the part is some of its band's guests
        return None
    counts[kind] -= out
    return replace(merged, adults=counts["adults"] + added, children=counts["children"],
                   toddlers=counts["toddlers"])  # fmt: skip


def part_left_checks(state: Inquiry, later: Inquiry, checks: Sequence[Check]) -> tuple[Check, ...]:
    """`checks` less those the part's new count answers, when it fits the order: the numbers out
    and left, the word they are named by ("the girls"), and what the reason between names ("is
    out with a broken wrist")."""
    if later.part_left is None or part_left_order(state, state, later) is None:
        return tuple(checks)
    _, out, now, named, reason = later.part_left
    placed = {unplaced(out), unplaced(now), ages_not_given(now)}  # (the players as kids, q86l)
    words = f" {reason} {named} "
    return tuple(
        c for c in checks
        if c[1] not in placed
        and not (c[1].startswith("did not understand '") and f" {_quoted(c[1])} " in words)
    )  # fmt: skip


def part_left_noted(state: Inquiry, later: Inquiry) -> Inquiry:
    """`later` less its note of kids priced as 6-12 when the count it is of is a grown part left
    ("so 10 players now" after "12 players (all 13-14)"): no kids are priced."""
    if later.part_left is None or part_left_order(state, state, later) is None:
        return later
    word, _, now, _, _ = later.part_left
    if [kind for w, _, kind in state.aged_parts if w == word] != ["adults"]:
        return later
    note = PRICED_AS_CHILDREN.format(now).lower()
    return replace(later, assumptions=tuple(a for a in later.assumptions if a.lower() != note))


def _quoted(reason: str) -> str:
    """The customer's words a "did not understand '...'" reason quotes."""
    return reason.split("'")[1] if reason.count("'") >= 2 else "\0"
