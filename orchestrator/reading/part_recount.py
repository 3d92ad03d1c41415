"""A grown part of the party counted anew in a follow-up (round q85a, 181 fs069): "pastor says
we're 20 teens now, not 18. same food" after "18 teens (all 14-17) + 4 adult leaders". The new
count is of the teens alone, whom the order counted as adults by their ages, not of the whole
party: the order's adults less the 18 and plus the 20 (24), the leaders kept. Read alone, the
20 replaced all 22 adults and the "not 18" was a count the order did not have (asked).

Only when the earlier message counted that word once, with an age range all 13 or over, and the
count taken back is that part's; any other shape is read as before."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from orchestrator.catalog import Catalog
from orchestrator.reading.inquiry import Inquiry

# "18 teens (all 14-17)", "14 players (ages 15 to 17)": a part counted by its word, with its ages
_PART = re.compile(
    r"\b(\d{1,3})\s+([a-z]+s)\s*\(\s*(?:all\s+)?(?:ages?\s+)?(\d{1,2})\s*(?:-|to)\s*(\d{1,2})\s*"
    r"(?:yrs?|years?(?:\s+old)?|yo)?\s*\)"
)
# "we're 20 teens now, not 18", "16 players not 14", "20 teens instead of 18": the part's new count
# and the count it replaces
_NOW_NOT = re.compile(
    r"\b(\d{1,3})\s+([a-z]+s)\s*(?:now\s*)?,?\s*(?:not|instead of)\s+(\d{1,3})\b"
    r"(?!\s*(?:adults|kids|people))"
)
_GUEST_WORDS = frozenset({"adults", "kids", "people", "guests", "ppl", "persons", "children"})


def said_parts(text: str, catalog: Catalog) -> tuple[tuple[str, int], ...]:
    """The grown parts ("teens", 18) of `text` as written: a word counted with ages all past the
    kids' bands."""
    grown = catalog.guests.child_max_age
    return tuple(
        (m[2], int(m[1])) for m in _PART.finditer(text.lower())
        if m[2] not in _GUEST_WORDS and grown < int(m[3]) <= int(m[4]) < 20
    )  # fmt: skip


def part_now(text: str) -> tuple[str, int, int] | None:
    """(word, new count, count replaced) of `text` as written ("20 teens now, not 18"), or None."""
    m = _NOW_NOT.search(text.lower())
    if m is None or m[2] in _GUEST_WORDS:
        return None
    return m[2], int(m[1]), int(m[3])


def part_recounted(state: Inquiry, later: Inquiry) -> Inquiry:
    """`later` with its adults the order's, the part it counts anew changed to its new count,
    when `state` counted that part once as grown-ups of the count the later message replaces."""
    if later.part_now is None or state.adults is None:
        return later
    word, now, was = later.part_now
    parts = [n for w, n in state.grown_parts if w == word]
    # ("coach says 13 players now instead of 11": players of no ages read alone count no adults)
    if parts != [was] or later.adults not in (now, None) or later.children or later.toddlers:
        return later
    if later.adults_added or (later.adults is None and _other_change(later)):
        return later  # ("13 players now instead of 11, and add lobster": read as it was, asked)
    denied = ("was", f"'not {was}': a count the order does not have")
    unplaced = f"did not place the number {now} in the order"  # the new count, read here
    return replace(
        later, adults=state.adults - was + now, was=tuple(n for n in later.was if n != was),
        checks=tuple(check for check in later.checks if check != denied and check[1] != unplaced),
    )  # fmt: skip


def part_counted_again(current: Inquiry, earlier: Sequence[Inquiry]) -> bool:
    """Whether `current` counts anew a grown part an `earlier` message counted by its word
    ("coach says 13 players now instead of 11" after "11 players (all 15-16) + 2 coaches"): a
    change of the order, though "players" of no ages counts no guests of its own (round q85l)."""
    if current.part_now is None:
        return False
    word, _now, was = current.part_now
    return any((word, was) in state.grown_parts for state in earlier)


def _other_change(later: Inquiry) -> bool:
    """Whether `later` changes more than a count (food, add-ons, swaps): a count of players of no
    ages is then left as it was read."""
    return bool(later.proteins or later.add_ons or later.swaps or later.partial_swaps or later.removed
                or later.changes)  # fmt: skip
