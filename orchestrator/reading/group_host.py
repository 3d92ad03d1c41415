"""One of a counted group named as the party's host: "18 club members plus 2 faculty advisors ...
One of the advisors is hosting at her home", "one of our coaches will host". The "1" is no count
(the host is one of the group already counted) and the group's word is that group named again,
no choice of food the parse did not place. Only with a verb of hosting right after: "one of the
advisors wants salmon" is a choice for one of them, left to be asked."""

from __future__ import annotations

import re

# "1 of the advisors is hosting", "1 of our coaches will host", "1 of the moms is having it at
# her place", "1 of the parents offered her house" (the text is lower case, number words digits)
HOST_MEMBER = re.compile(
    r"\b1\s+of\s+(?:the|our|my|their)\s+([a-z]+)\s+(?:is|will|'s|has)?\s*(?:be\s+)?"
    r"(?:hosting|host|hosts|offered|having it|having us)\b"
)


def hosting_member(text: str, start: int, end: int) -> bool:
    """Whether the group word at `start`:`end` is the group one of whom hosts the party."""
    found = HOST_MEMBER.finditer(text, max(0, start - 20), end + 40)
    return any(m.span(1) == (start, end) for m in found)
