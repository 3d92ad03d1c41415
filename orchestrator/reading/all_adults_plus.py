"""A count closed by "all adults", then grown-ups counted on top of it (round q84c): "it's 13 of
us in the league, all adults, plus 4 spouses", "14 members, all adults, plus 3 spouses". The
count is that many adults (the words "all adults" say so, and where the group belongs names no one
more), and the group after "plus" is more grown-ups by its word (spouses, couples, coworkers: the
groups `role_nouns.GROWN_GROUP` knows), so the pair is written as "13 adults plus 4 spouses",
the form the role lists read as 17. A group after it that may be kids ("plus 4 players"), no
number ("plus their spouses") or a hedge leaves the words as they were, to the readers and checks
as before."""

from __future__ import annotations

import re

from orchestrator.reading.role_nouns import GROWN_GROUP

# the young: "12 kids, all adults" says two things (the module loads before `words`: listed here)
_YOUNG = r"(?:kids|kiddos|children|teens|teenagers|toddlers|babies|little ones|littles)"
# "13 of us", "14 members", "12 players": the count, its group of one plural word (no young one)
_COUNT = rf"\b(\d{{1,3}})\s+(?:of\s+us|(?!{_YOUNG}\b)[a-z]+s)"
# where the group belongs: "in the league", "from the office", "on our team"
_WHERE = r"(?:\s+(?:in|from|on|at|of)\s+(?:the|our|my)\s+[a-z]+(?:\s+[a-z]+)?)?"
_ALL_ADULTS = (
    r"\s*,\s*(?:and\s+)?(?:all|everyone|everybody)\s+(?:is\s+|are\s+)?(?:an?\s+)?adults?\s*,?\s*"
)
_PLUS = rf"(?=(?:plus|\+)\s+{GROWN_GROUP}(?!\s*(?:\(|each\b|too\b|included\b|incl)))"
# "12 of us from the office, all adults, and 3 couples": "and" joins them as "plus" does (q84m)
_AND = rf"(?:and|&)\s+(?={GROWN_GROUP}(?!\s*(?:\(|each\b|too\b|included\b|incl)))"
_PAIR = re.compile(_COUNT + _WHERE + _ALL_ADULTS + rf"(?:{_PLUS}|(?P<joined>{_AND}))")


def all_adults_plus(text: str) -> str:
    """Normalized `text` with "N of us ..., all adults, plus M spouses" (or "and M couples")
    written "N adults plus M spouses"; unchanged when no such pair is said."""
    if "adult" not in text:
        return text  # speed: most messages say no "all adults"
    return _PAIR.sub(lambda m: f"{m.group(1)} adults " + ("plus " if m["joined"] else ""), text)
