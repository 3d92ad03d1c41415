"""A group named as who gives the party, not who comes to it: "teacher appreciation surprise from
our 4th grade parents 🍎 6 teachers plus 3 of us room parents, all adults", "a treat from our
unit managers: 18 nurses plus 2 of us managers", "the parents of ms. lopez's class want to treat
the teachers ... 8 teachers plus 4 of us room parents".

The givers' word adds no one there only when the same word is counted elsewhere in the message
(the givers who come, "3 of us room parents"): the message itself says how many of them eat. A
givers' group never counted again ("a thank-you lunch from the parents for 8 teachers": do the
parents eat?) stays to the coverage net, asked."""

from __future__ import annotations

import re

# "surprise from our 4th grade parents", "a treat from the unit managers", "thank-you lunch
# from our PTA parents": a gift word, then "from" and the group, a word or two saying which
_FROM_GROUP = re.compile(
    r"\b(?:surprise|treat|gift|thank[- ]?you|thanks|appreciation|lunch|dinner|luncheon|meal)\b"
    r"[^.!?\n:;]{0,30}?\bfrom\s+(?:our|the|my|all\s+the|all\s+our)\s+"
    r"(?:[a-z0-9]+(?:\s+|-))?(?:[a-z0-9]+(?:\s+|-))?\Z"
)

# "the parents of Ms. Lopez's class want to treat the teachers", "the room parents at our school
# want to do a dinner for the teachers", "the parents in Mrs. Patel's class would like to host the
# teachers": the group who treats (its class or school after it), then counted among who come
# ("8 teachers plus 4 of us room parents")
_TREATS = re.compile(
    r"(?:\s+(?:of|in|at|from)\s+[^!?\n]{1,40}?)?\s+"
    r"(?:want|wants|would like|'d like|are going|plan|planned)\s+"
    r"to\s+(?:treat|thank|surprise|honor|host|throw|do|put on|give|organi[sz]e)\b"
)


def givers_counted(text: str, start: int, end: int, counted: str) -> bool:
    """The group word at `start:end` names who the party is from and the same word lies in
    `counted` (the text of the spans the parse counted): the givers who come are counted there."""
    word = text[start:end]
    treats = _TREATS.match(text, end)
    if not (treats or _FROM_GROUP.search(text, max(0, start - 70), start)):
        return False
    return bool(re.search(rf"\b{re.escape(word)}\b", counted))
