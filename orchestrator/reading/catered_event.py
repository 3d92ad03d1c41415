"""The writer's own event asked of the caterer by its name: "can u guys do our fantasy football
draft party??", "could you cater my company's year end dinner". The words between the possessive
and the event word name the party, no food or thing asked for, so the safety net (the requests
net of `requested`) does not ask about them. Without "our"/"my" the phrase may be a kind of food
asked for ("do you do taco parties?"), which stays asked."""

from __future__ import annotations

import re

Span = tuple[int, int]

# a request to the caterer, the writer's event, one to four words of its name, the event word
_CATERED = re.compile(
    r"\b(?:can|could|would|will)\s+(?:you|u|ya|y'all|yall)(?:\s+(?:guys|all))?\s+"
    r"(?:(?:also|maybe|please|pls)\s+)?(?:do|cater|host|handle|work)\s+"
    r"((?:our|my)\s+(?:[a-z][a-z'-]*\s+){1,4}?)"
    r"(?:party|night|dinner|lunch|bash|banquet|celebration|event|get-together|gathering|cookout)\b"
)


def catered_events(text: str) -> list[Span]:
    """The spans of the event names in normalized `text` asked of the caterer as the writer's
    own ("do our fantasy football draft party")."""
    return [m.span(1) for m in _CATERED.finditer(text)]
