"""A kid of the order told with a birthday coming ("our 4 yo turns 6 next week", "my 12 yr old is
turning 13", "our youngest turns 6 next week"). The party may come before the birthday or after
it, so the kid's band at the party is not known: asked (before or after?), the order kept. Told
as past ("just turned 6", "is now 13") or fixed to the party ("will be 13 by the party", "turns 6
the day before the party", "will be 6 by then") it is the kid's age at the party: the kid moves."""

from __future__ import annotations

import re

# A new age told right after the kid named ("my 12 yr old turned 13"): past forms are the age
# now, future forms ("turns", "is turning", "will be") a birthday to come.
NOW = re.compile(
    r"\s+(?:(?P<past>(?:just\s+|actually\s+)?(?:turned|is\s+now|is\s+actually|'s\s+now))"
    r"|(?:just\s+|actually\s+)?(?:turns|will\s+be(?:\s+turning)?|will\s+turn|is\s+turning|turning|"
    r"'?ll\s+be|is\s+going\s+to\s+be|is\s+gonna\s+be))\s+(?P<age>\d{1,2})\b"
)
# The birthday fixed before the party, in the same sentence: "by the party (date)", "before the
# party", "by then", "at the party" (an age at the party: no question left)
_BY_THE_PARTY = re.compile(
    r"\b(?:by|before)\s+(?:the\s+)?(?:party|event|dinner|date|day\s+of|then)\b"
    r"|\bat\s+the\s+(?:party|event|dinner)\b"
)
# "our youngest turns 6 next week": a kid named by place with a birthday to come (the past,
# "my oldest turned 13", is relative_kid's)
_PLACED = re.compile(
    r"\b(?:the|my|our)\s+(?:younger|older|youngest|oldest|eldest|middle|baby|little\s+one)"
    r"(?:\s+(?:one|kid|child|boy|girl|son|daughter))?"
    r"\s+(?:turns|will\s+be(?:\s+turning)?|will\s+turn|is\s+turning|'?s\s+turning|is\s+going\s+to\s+be|"
    r"is\s+gonna\s+be)\s+(\d{1,2})\b"
)


# The ages a birthday moves a kid into another price band at (5 -> 6 kids' price, 12 -> 13 adult)
_BAND_STARTS = frozenset({6, 13})


def birthday_to_come(text: str, now: re.Match[str], offset: int) -> bool:
    """Whether the age `now` matched (in `text` from `offset`) is a birthday to come whose place
    before or after the party the sentence leaves open."""
    if now.group("past"):
        return False
    rest = re.split(r"[.!?\n]", text[offset + now.end() :], maxsplit=1)[0]
    return not _BY_THE_PARTY.search(rest)


def placed_birthdays(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The kids named by place with a birthday to come whose place around the party is left open
    ("our youngest turns 6 next week"), as the check's reason and the words' span."""
    found = []
    for m in _PLACED.finditer(text):
        if int(m.group(1)) not in _BAND_STARTS:  # "my baby is turning 1": free before and after
            continue
        rest = re.split(r"[.!?\n]", text[m.end() :], maxsplit=1)[0]
        if not _BY_THE_PARTY.search(rest):
            reason = f"'{m.group(0)}': before or after the party? (the kid's price may change)"
            found.append((reason, m.span()))
    return found
