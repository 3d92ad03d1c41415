"""One kid more told with that kid's age after a quote: "sorry its 4 kids not 3, forgot our baby
is coming lol. she's 14 months", "Oops, I forgot my niece! She's 10, so it's 5 kids", "its 3 kids
not 2, forgot to count the bday girl, shes turning 1". The new count is the order's kids and one
more, whose age is told by "she's" or "he's": the order's kids keep their bands and the one added
takes the band of that age. Read alone, the new count was all kids of unknown ages (priced as
6-12, asked), and the age a number left unplaced.

Only one kid more, one age told (in months: the years they make; "turning N": the band of N-1
and N, asked when they differ), and nothing else counted in the message; otherwise the message
is read as it was (asked)."""

from __future__ import annotations

import re
from dataclasses import replace

from orchestrator.catalog import Catalog
from orchestrator.reading.age_bands import band
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.kids import PRICED_AS_CHILDREN
from orchestrator.reading.reasons import ages_not_given, unplaced

__all__ = ["kid_added", "kid_told"]

# the one kid's age: "she's 10", "shes turning 1", "he is only 4", "she's 14 months"
_TOLD = re.compile(
    r"\b(?:she|he)(?:'s|s|\s+is)\s+(?:only\s+|just\s+)?(?P<turning>turning\s+|gonna be\s+)?"
    r"(?P<n>\d{1,2})(?P<months>\s*(?:months?|mos?)(?:\s+old)?)?\b"
    r"(?!\s*(?:kids?|adults?|people|guests|ppl|of|more|%|\+|/|-\s*\d))"
)
# the kid was left out of the count before: forgot, missed, "not 3" after the new count
_ADDED = re.compile(
    r"\b(?:forgot|forgetting|forget|missed|left out|didn'?t count|did not count)\b"
    r"|\bkids\s*,?\s*not\s+\d{1,2}\b"
)


def _age(m: re.Match[str], catalog: Catalog) -> int | None:
    """The age told by `m`, or None when "turning N" leaves its band open."""
    n = int(m["n"])
    if m["months"]:
        return n // 12
    if m["turning"] and n > 0:
        return n - 1 if band(n - 1, catalog) == band(n, catalog) else None
    return n


def kid_told(norm: str, catalog: Catalog, read: Inquiry) -> Inquiry:
    """`read` (of normalized `norm`) with the one kid's age it tells beside a new kids' count
    (`added_kid`, the number placed); `read` as it is otherwise."""
    kids = (read.children or 0) + (read.toddlers or 0)
    if read.kid_ages or read.adults_said or not read.kids_said or not _ADDED.search(norm):
        return read
    told = list(_TOLD.finditer(norm))
    if len(told) != 1 or ("kids", ages_not_given(kids)) not in read.checks:
        return read
    age = _age(told[0], catalog)
    if age is None:
        return read
    placed = unplaced(told[0]["n"])
    checks = tuple(c for c in read.checks if c[1] != placed)
    return replace(read, added_kid=(age, band(age, catalog)), checks=checks)


def kid_added(state: Inquiry, later: Inquiry) -> Inquiry:
    """`later`, a new kids' count with one kid's age (`kid_told`), as the order's kids and that
    one more when the count is theirs plus one; `later` as it is otherwise."""
    if later.added_kid is None or state.children is None:
        return later
    had = (state.children or 0) + (state.toddlers or 0)
    kids = (later.children or 0) + (later.toddlers or 0)
    if kids != had + 1 or later.changes or later.bare_total is not None or later.kids_more:
        return later
    age, where = later.added_kid
    if where not in ("children", "toddlers") or later.was not in ((), (had,)):
        return later  # "not 3" of 2 kids: a count the order does not have, asked
    # "its 3 kids not 2" of 2 kids: the count replaced is the order's (its "was" check settled)
    settled = {("kids", ages_not_given(kids))} | {c for c in later.checks if c[0] == "was"}
    return replace(
        later,
        children=(state.children or 0) + (where == "children"),
        toddlers=(state.toddlers or 0) + (where == "toddlers"),
        kid_ages=(*state.kid_ages, age) if state.kid_ages else (),
        checks=tuple(c for c in later.checks if c not in settled),
        assumptions=tuple(a for a in later.assumptions if a != PRICED_AS_CHILDREN.format(kids)),
    )
