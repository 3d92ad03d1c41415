"""Someone said to eat with the party: "22 kids, 4 chaperones, and the bus driver eats too", "our
DJ will eat as well", "the photographer gets a plate too". The verb makes the words a subject, so
no reader took them for a thing asked for, and the person was left out of the count with no flag
(round q77d: 4 adults priced for 5). Whether the count already holds them is not said, so a
careful person asks; guest words ("the kids eat too"), the chef ("does the chef eat too?") and a
question about them are left to their own readers."""

from __future__ import annotations

import re

from orchestrator.reading.checks import Covered
from orchestrator.reading.named_joiners import Check
from orchestrator.reading.reasons import not_understood, quoted

_WHO = r"[a-z][a-z'-]*(?:[^\S\n]+[a-z][a-z'-]*){0,2}?"
_EATS_TOO = re.compile(
    rf"\b(?:the|our|my|their|his|her)\s+({_WHO})\s+"
    r"(?:(?:will|would|can|is|'s|also|needs\s+to|wants\s+to|gets\s+to|has\s+to|gonna|be)\s+)*"
    r"(?:eats?|eating|gets?\s+fed|gets?\s+a\s+plate|needs?\s+a\s+plate)"
    r"\s+(?:too|also|as\s+well|with\s+(?:us|them|everyone|the\s+group))\b"
)
# The cook is no guest; "does the bus driver eat too?" asks, it does not add
_NO_GUEST = re.compile(r"\b(?:chef|chefs|cook|cooks|staff|crew|team|group|party|family|everyone)\b")
_ASKED_BEFORE = re.compile(r"\b(?:does|do|did|will|would|can|could|should)\s+\Z")


def eaters_not_counted(
    text: str, covered: Covered, guest: re.Pattern[str], checks: list[Check]
) -> list[Check]:
    """The checks of people in normalized `text` said to eat too whom no reader counted
    (`covered`), unless guest words name them or an earlier check (`checks`) asks already."""
    found: list[Check] = []
    for m in _EATS_TOO.finditer(text):
        who = m.group(1)
        if (m.start(1), m.end(1)) in covered or guest.search(who) or _NO_GUEST.search(who):
            continue
        if _ASKED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if any((said := quoted(why)) and (who in said or said in who) for _, why in checks):
            continue  # "my neighbor eats too": the relation asked about already
        found.append(("guests", not_understood(who, "someone who eats too, not counted")))
    return found
