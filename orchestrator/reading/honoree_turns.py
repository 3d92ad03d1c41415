"""Whom the party is for, told with their age in one message and named again in the next, where
the writer lists the whole party: "grad party for my twins (18) 🎓", then "it'll be me, my husband,
the twins, my parents and 10 of the twins' friends (all 18)". A phone's fragments: the two
messages, one after the other with no reply between, are read as one ("grad party for my twins
(18) 🎓 it'll be me, ..."), so the list readers place the twins once with their age.

Only when the earlier message says no number but that age, and the later one is a list that opens
with the writer and names them again without an age. A child's birthday told by its age ("party
for my son turning 6 🎉", "my daughter's 8th bday!"), then "the birthday boy" (girl; "the twins"
for twins) with no age in the next message ("10 adults, the birthday boy, his big sister 9 and 5
of his friends (all 6)"), is one message the same way: the occasion ages the honoree the list
names (read alone, the honoree has no age and is asked)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.turns import Turn

_WHO = r"(son|daughter|twins|triplets)"
# "grad party for my twins (18) 🎓": the age the only number of the message
_OCCASION = re.compile(
    rf"^[^\d]*\b(?:for|of)\s+(?:my|our)\s+{_WHO}\s*\(\s*\d{{1,2}}\s*\)[^\d]*$", re.IGNORECASE
)
# "it'll be me, my husband, the twins, ...": the writer's list, naming them again with no age
# ("..., that's incl us and the twins": the writers inside the count, round q81p)
_AGAIN = (
    r"(?:\b(?:me|myself)|\b(?:incl\.?|including|counting|plus|with)\s+us)\b[^.!?\n]{{0,40}}?"
    r"\b(?:the|my|our)\s+{0}\b(?!\s*\(|\s+\d|\s+(?:are|r|is)\b)"
)


# "party for my son turning 6 🎉", "my daughter's 8th bday!", "our twins 3rd birthday": a child's
# birthday by its age, the only number of the message (a time after "turning 6", "next month",
# leaves the age at the party unsure: not joined)
_BIRTHDAY = re.compile(
    rf"^[^\d]*\b(?:my|our)\s+{_WHO}(?:'s|s)?\s+(?:(?:who\s+is\s+|is\s+)?(?:turning|turns)\s+"
    r"(?:[1-9]|1[0-7])\b(?!\s*(?:next|in|on|this|soon|later|by|after|before)\b)"
    r"|(?:[1-9]|1[0-7])(?:st|nd|rd|th)\s+(?:birthday|bday|b-day))[^\d]*$",
    re.IGNORECASE,
)
_NAMED = {"son": "the (?:birthday|bday|b-day) boy", "daughter": "the (?:birthday|bday|b-day) girl",
          "twins": "the twins", "triplets": "the triplets"}  # fmt: skip


def _names_honoree(who: str, later: str) -> bool:
    """Whether `later` names the child of `who` ("son", "twins") by role, once, with no age."""
    found = re.findall(rf"\b{_NAMED[who]}\b(?!'|\s*\(|\s+\d|\s+(?:are|r|is|who)\b)", later, re.I)
    return len(found) == 1


def honoree_turns(turns: Sequence[Turn]) -> list[Turn]:
    """`turns` ((role, text), oldest first) with an occasion message naming whom the party is for
    by age and the customer's next message listing the party with them joined as one."""
    out = list(turns)
    for i in range(len(out) - 1):
        (role, text), (next_role, later) = out[i], out[i + 1]
        if role != "customer" or next_role != "customer":
            continue
        occasion = _OCCASION.match(text) if "(" in text else None
        birthday = None if occasion else _BIRTHDAY.match(text)
        if occasion is not None:
            if re.search(_AGAIN.format(occasion.group(1).lower()), later, re.IGNORECASE) is None:
                continue
        elif birthday is None or not _names_honoree(birthday.group(1).lower(), later):
            continue
        return [*out[:i], ("customer", f"{text.rstrip()} {later}"), *out[i + 2 :]]
    return out
