"""How many guests a choice said before a swap is for: "8 of them want lobster instead of
shrimp", "except 3 who want salmon instead", "for 3 of us, scallops instead of shrimp", a reason
or a price asked for some ("can 5 of them have ...? how much"), or an age group ("the adults
want")."""

from __future__ import annotations

import re

from orchestrator.reading.except_some import except_some
from orchestrator.reading.named_swappers import named_swappers
from orchestrator.reading.reason_swappers import group_swappers, reason_swappers
from orchestrator.reading.what_if import priced_some

__all__ = ["some_guests"]

Span = tuple[int, int]

_SOME_BEFORE = re.compile(
    # "2 of my buddies want" as "2 of our guys want" (round q86n)
    r"\b(\d{1,3})\s+(?:of\s+(?:them|em|'em|us|the\s+[a-z]+|our\s+[a-z]+|my\s+[a-z]+|those)\s+"
    r"|(?:people|ppl|guests|folks|persons)\s+)(?:(?:would|'d)\s+)?"
    r"(?:(?:rather|prefer to|like to)\s+(?:have|get|do)|prefer|want|wants|would like)\s+(?:the\s+)?$"
)  # a preference said; "can 4 of them get lobster instead of shrimp" still asks (see tests)


# "4 of us want scallops instead of shrimp, and 2 want chicken instead of filet": a bare count
# opening its clause (after the sentence's start, a comma or "and") before a plain want is guests
# too (round q82j: the second swap was asked). Not after a number ("ages 8 and 12 want") nor a
# word ("under 12 want", "the 2 want" are other readings) nor a time ("at 6:30 want"), and only
# "want"/"would like"/"prefer".
_BARE_SOME = re.compile(
    r"(?:^|(?<=[.!?\n,;:])(?!(?<=\d[.,:])\d)|(?<=[^\d\s,] and )|(?<=[^\d\s] & ))\s*"
    r"(?:(?:and|but|&|plus)\s+)?"
    r"(\d{1,2})\s+(?:(?:would|'d)\s+(?:rather\s+have|like|prefer)|want|wants|prefer)\s+(?:the\s+)?$"
)


# "chicken and filet for all except 3 want salmon instead of filet": the guests a count names
# (or "except for 3 who want", "except 3 of them who'd like", "all but 3 people want",
# "except 3, they want")
# Only "all but", not `except_instead`'s bare "but", and only the wants said plainly, not its
# "get"/"have": any choice may follow here, not only a swap's "instead", and the wider words change
# what is read ("chicken for all, but 3 of us want ..." is `_SOME_BEFORE`'s "3 of us want", the
# "but" only joining; "except 3 who'd rather have" is left to the swap's other readers).
_EXCEPT_SOME = except_some(r"except(?:\s+for)?|all\s+but")


# "...for everyone; for all but 3 of them, they'd like filet instead of salmon": "for all but"
# opening its clause scopes the swap after it (all but 3 swap); after the order ("salmon and
# chicken for all but 2 of them, they'd like filet instead") it scopes the order, the 2 swap
_ALL_BUT_OPENS = re.compile(r"(?:^|[;.!?\n])\s*for\s+\Z")


# "for 3 of us, scallops instead of shrimp": the guests the swap after the comma is for
_FOR_SOME = re.compile(
    r"\bfor\s+(\d{1,3})\s+of\s+(?:us|them|em|'em|those|the\s+(?:guests|adults|group|party))\s*[,:-]\s*$"
)


# "for the 4 guys, filet instead of shrimp", "for my 3 ladies lobster instead", "for the 4 kids
# salmon instead": a counted group named before the swap scopes it to that many guests (round
# q81s: it swapped every guest's shrimp); the kids' or adults' count is checked against theirs
_FOR_THE_SOME = re.compile(
    r"\bfor\s+(?:the|my|our|those|these)\s+(\d{1,3})\s+(?:of\s+(?:us|them)|guys|gents|men|ladies|"
    r"women|dudes|fellas|people|ppl|folks|guests|(kids|kiddos|children)|(adults|grown[- ]?ups))"
    r"\s*[,:-]?\s*(?:(?:can|could)\s+(?:we|you|u|ya)\s+(?:please\s+)?(?:do|get|have|go\s+with)\s+)?$"
)  # "For the 4 guys could we do filet instead of shrimp?": the same request


# "4 of the kids want", "2 of the adults would rather have": the count is of that age group
_OF_GROUP = re.compile(r"\d\s+of\s+(?:the|our|my)\s+(?:(kids|kiddos|children)|(adults|grown[- ]?ups))\b")


def _group_of(said: str) -> str | None:
    """The age group a count of guests names ("4 of the kids": "kids"), or None ("4 of them")."""
    m = _OF_GROUP.search(said)
    return None if m is None else "kids" if m.group(1) else "adults"


def some_guests(text: str, start: int) -> tuple[int | None, Span, str | None] | None:
    """ "8 of them want lobster instead of shrimp": how many guests the choice before `start` is
    for (or their age group, "the adults want"), and the words read (so "rather" is explained)."""
    floor = max(0, start - 50)
    window = text[floor:start]
    if m := _SOME_BEFORE.search(window) or _EXCEPT_SOME.search(window) or _FOR_SOME.search(window):
        if _ALL_BUT_OPENS.search(text, 0, floor + m.start()) and m.group(0).startswith("all"):
            return -int(m.group(1)), (floor + m.start(), start), None  # the swap's, less N: "-N"
        return int(m.group(1)), (floor + m.start(), start), _group_of(m.group(0))
    if m := _BARE_SOME.search(text, floor, start):  # lookbehinds see before `floor`
        return int(m.group(1)), (m.start(1), start), None
    if m := _FOR_THE_SOME.search(window):
        age = "kids" if m.group(2) else "adults" if m.group(3) else None
        return int(m.group(1)), (floor + m.start(), start), age
    if said := reason_swappers(text, start) or priced_some(text, start):  # "3 of the guys aren't
        return said[0], said[1], _group_of(text[said[1][0] : said[1][1]])  # vegan, can they have";
        # "can 5 of them have ...? how much", "what would it be if 4 of the kids had ..."
    if group := group_swappers(text, start):
        return None, group[1], group[0]
    return (None, named, None) if (named := named_swappers(text, start)) else None  # "my wife wants"
