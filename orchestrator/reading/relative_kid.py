"""One of the kids named by their place among the ages told, with a new age: "the younger one is
actually 6 now", "the oldest is 13 now", "the baby is actually 2". It corrects one of the ages
given before, in the same message ("kids 8 and 10 and 12 adults. the younger one is actually 6
now": kids 6 and 10) or in a later one (after a quote of 2 kids aged 8 and 10): the ages with it
replaced, a toddler now 6 moving to the kids' band, a kid now 13 to the adults. "the younger" and
"the older" only of two kids; "the youngest", "the oldest", "the baby" of two or more, with one kid
of that age (two of the youngest age: which one? the move stays asked)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from orchestrator.catalog import Catalog
from orchestrator.reading.age_bands import band
from orchestrator.reading.inquiry import Inquiry

# "the younger one is actually 6 now", "the oldest is 13 now", "the baby's actually 2", "my oldest
# turned 13 last week"
_CORRECTION = re.compile(
    r"\b(?:the|my|our)\s+"
    r"(?P<who>younger|older|youngest|oldest|eldest|baby|little (?:one|1)|big (?:one|1))"
    r"(?:\s+(?:one|1|kid|child|boy|girl|son|daughter))?\s*"
    # a correction's word: "is actually 6", "is 6 now", "just turned 13" ("the little one is 3"
    # tells an age not told before: no correction)
    r"(?:(?:'s|\bis)\s+(?:(?:actually|now|already|really)\s+)+(?P<age>\d{1,2})\b"
    r"(?:\s*(?:yrs?|years?|yo)(?:\s+old)?)?(?:\s+(?:now|already|actually))?"
    r"|(?:'s|\bis)\s+(?P<later>\d{1,2})\b(?:\s*(?:yrs?|years?|yo)(?:\s+old)?)?\s+(?:now|already|actually)\b"
    r"|(?:\bjust\s+)?\bturned\s+(?P<turned>\d{1,2})\b(?:\s*(?:yrs?|years?|yo)(?:\s+old)?)?)"
)
# the kids' ages told in a list: "kids 8 and 10", "2 kids (8, 10)", "the kids are 4, 7 and 9"
_LIST = re.compile(
    r"\b(?:kids|children|boys|girls|grandkids|daughters|sons)\b\s*[(:,-]?\s*"
    r"(?:(?:ages?|aged|are|r|who are)\s+)?"
    r"(?P<ages>\d{1,2}(?:\s*(?:,\s*and|,|and|&|\+)\s*\d{1,2}\b"
    r"(?!\s*(?:adults?|grown|people|guests|ppl|pax|kids|children|of)\b))+)"
)
_YOUNG = {"younger": True, "youngest": True, "baby": True, "little one": True, "little 1": True}
_TWO_ONLY = ("younger", "older", "little one", "big one", "little 1", "big 1")
MARK = {True: "youngest", False: "oldest"}  # the move's "from" while the ages are not known


def _age(m: re.Match[str]) -> str:
    """The new age a correction tells."""
    return m.group("age") or m.group("later") or m.group("turned")


def _which(who: str, ages: Sequence[int]) -> int | None:
    """The index in `ages` of the kid `who` names ("younger", "oldest"), or None (which one?)."""
    if len(ages) < 2 or (who in _TWO_ONLY and len(ages) != 2):
        return None
    extreme = min(ages) if _YOUNG.get(who, False) else max(ages)
    return ages.index(extreme) if list(ages).count(extreme) == 1 else None


def relative_ages(text: str) -> str:
    """`text` (lower case, digits) with the one age a later sentence corrects by the kid's place
    ("the younger one is actually 6 now") replaced in the list that told it, and that sentence's
    words dropped; else unchanged."""
    if not (fix := _CORRECTION.search(text)):
        return text
    lists = list(_LIST.finditer(text, 0, fix.start()))
    if len(lists) != 1 or len(_CORRECTION.findall(text)) != 1:
        return text  # no list before it (a later message's: the conversation reads it), or two
    told = lists[0]
    spans = [(told.start("ages") + m.start(), told.start("ages") + m.end())
             for m in re.finditer(r"\d{1,2}", told.group("ages"))]  # fmt: skip
    index = _which(fix.group("who"), [int(text[s:e]) for s, e in spans])
    if index is None:
        return text
    start, end = spans[index]
    return f"{text[:start]}{_age(fix)}{text[end : fix.start()]}{text[fix.end() :]}"


def relative_moves(text: str, catalog: Catalog) -> list[tuple[tuple[str, str, int], tuple[int, int]]]:
    """The kid a message names by their place with a new age, as a move whose "from" is that
    place ("youngest" or "oldest", for the conversation to find among the order's ages), to the
    new age's band; with the words' span."""
    found = list(_CORRECTION.finditer(text))
    if len(found) != 1:
        return []
    m = found[0]
    young = _YOUNG.get(m.group("who"), False)
    two = "two" if m.group("who") in _TWO_ONLY else ""
    age = int(_age(m))
    return [((f"{MARK[young]}{two}", band(age, catalog), age), m.span())]


def placed(
    moves: Sequence[tuple[str, str, int]], ages: Sequence[int], bands: dict[str, int]
) -> list[tuple[str, str, int]]:
    """`moves` with a kid named by their place ("youngest") as the order's kid of that age: (the
    band the order counted them in, the new band, their age); when no one kid is that one, a move
    of no kid the order has (age -1), so the move is not made and its check stays.
    The order's bands hold its ages youngest first (toddlers, kids, then grown-ups)."""
    out = []
    for old, new, age in moves:
        if not old.startswith(("youngest", "oldest")):
            out.append((old, new, age))
            continue
        kids = list(ages)
        who = ("younger" if old.startswith("youngest") else "older") if old.endswith("two") else (
            "youngest" if old.startswith("youngest") else "oldest")  # fmt: skip
        index = _which(who, kids)
        little, middle = bands["toddlers"], bands["children"]
        if index is None or len(kids) != little + middle:
            return [("toddlers", "toddlers", -1)]  # which kid? or not all the order's kids' ages
        rank = sorted(kids).index(kids[index])
        was = "toddlers" if rank < little else "children"
        out.append((was, new if new != was else was, kids[index]))
    return out


def moved_guests(state: Inquiry, moves: tuple[tuple[str, str, int], ...]) -> Inquiry | None:
    """The order with each moved guest taken from one band and put in another; None when the
    order has no guest of the age named in that band (then the move's check stays)."""
    if not moves or state.adults is None:
        return None
    bands = dict(adults=state.adults or 0, children=state.children or 0, toddlers=state.toddlers or 0)
    ages = list(state.kid_ages)
    for old, new, age in placed(moves, ages, bands):  # "the younger one is actually 6 now"
        if bands[old] < 1 or age not in ages:  # "the 10 year old" of kids 6, 8, 9, 11: who?
            return None
        ages.remove(age)
        if old != new:  # "my nephew is 13 so he's an adult": his band told again, no move
            bands[old], bands[new] = bands[old] - 1, bands[new] + 1
    return replace(state, adults=bands["adults"], children=bands["children"],
                   toddlers=bands["toddlers"])  # fmt: skip
