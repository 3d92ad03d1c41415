"""One of a counted group named as the party's host: "18 club members plus 2 faculty advisors ...
One of the advisors is hosting at her home", "one of our coaches will host". The "1" is no count
(the host is one of the group already counted) and the group's word is that group named again,
no choice of food the parse did not place. Only with a verb of hosting right after: "one of the
advisors wants salmon" is a choice for one of them, left to be asked. The role of someone named
("my husband coaches our team", "my husband's the head coach"), when the role is counted with a
number elsewhere in the message, is that group too (`relation_role`)."""

from __future__ import annotations

import re

# "1 of the advisors is hosting", "1 of our coaches will host", "1 of the moms is having it at
# her place", "1 of the parents offered her house" (the text is lower case, number words digits)
HOST_MEMBER = re.compile(
    r"\b1\s+of\s+(?:the|our|my|their)\s+([a-z]+)\s+(?:is|will|'s|has)?\s*(?:be\s+)?"
    r"(?:hosting|host|hosts|offered|having it|having us)\b"
)


# "my siblings and I are throwing a party for our parents ... 34 adults total": the writer and
# their siblings who hold the party, inside the total the message gives (as a couple who host)
_WE_HOST = re.compile(
    r"\b(?:my|our)\s+(siblings|brothers|sisters|cousins)\s+(?:and|&|n)\s+(?:i|me|myself)\s+"
    r"(?:(?:are|'re|r|will|be|would)\s+)*(?:throwing|hosting|planning|organizing|putting together)\b"
)
_TOTAL = re.compile(r"\b\d{1,3}\s+(?:adults|people|guests)\s+(?:total|in total|altogether|in all)\b")


def hosting_member(text: str, start: int, end: int) -> bool:
    """Whether the group word at `start`:`end` is the group one of whom hosts the party, or the
    writer's siblings holding it with them beside a total."""
    found = HOST_MEMBER.finditer(text, max(0, start - 20), end + 40)
    if any(m.span(1) == (start, end) for m in found):
        return True
    hosts = _WE_HOST.search(text, max(0, start - 6), end + 60)
    return bool(hosts and hosts.span(1) == (start, end) and _TOTAL.search(text))


# "my husband coaches our team", "my husband's the head coach for the JV team": the role of
# someone named, when the role is counted elsewhere ("... 2 coaches and 9 parents", "3 coaches
# including him"): who they are among a counted group, no group of its own
_ROLE_OF = re.compile(
    r"\b(?:my|our|her|his)\s+(?:husband|hubby|wife|partner|dad|mom|father|mother|son|daughter|"
    r"brother|sister|boss)(?:'s|\s+is|\s+was)?\s+(?:the\s+|a\s+|an\s+)?(?:head\s+|assistant\s+|lead\s+)?\Z"
)


def relation_role(text: str, start: int, end: int) -> bool:
    """Whether the group word at `start`:`end` is the role of someone named just before it, a
    role the text counts elsewhere with a number."""
    if not _ROLE_OF.search(text, max(0, start - 40), start):
        return False
    stem = re.escape(text[start:end].removesuffix("es") if text[start:end].endswith("ches")
                     else text[start:end].rstrip("s"))  # fmt: skip
    return bool(re.search(rf"\b\d{{1,3}}\s+(?:[a-z]+\s+)?{stem}(?:e?s)?\b", text))
