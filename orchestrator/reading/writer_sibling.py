"""The writer's own brother or sister as an item of the writer's list, one adult when the message
shows the writer's generation grown: "me, my wife, our 2 boys (13 and 9), her parents and my
brother" (the writer a spouse or a parent), "me, my sister, my mom, my grandma and my sisters 2
kids (8 and 5)" (the sibling a parent). "my sister" of no such sign ("me, my sister and my mom")
may be a kid and stays asked; so does a sibling told young anywhere ("my little brother", "my
baby sister"), one told with an age (the relations' reader counts "my brother (16)"), and one
whose party it is ("for my brother", "my sister's 16th": the honoree reader's, grown or asked).
Someone else's sibling ("his sister") may bring a family and stays asked too."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

_SIBLING = r"(?:brother|sister|bro|sis)"
# "my brother" ending its item: a separator, a sentence's end or the text's end after it
ITEM = re.compile(
    rf"my\s+{_SIBLING}\b(?!')(?=\s*(?:[,&+.!?;:\n)]|(?:and|plus|n|with)\b|$))"
)
# The writer grown: a spouse of the writer's, the writer's own kids, or the sibling's kids or spouse
_GROWN_SIGN = gated(re.compile(
    r"\b(?:(?:my|our)\s+(?:wife|wifey|husband|hubby|spouse|fianc[eé]e?)\b"
    r"|(?:my|our)\s+(?:\d{1,2}\s+|two\s+|three\s+)?(?:kids|children|boys|girls|sons|daughters|son|daughter)\b"
    rf"|my\s+{_SIBLING}(?:'s|s'?|’s)\s+(?:\d{{1,2}}\s+)?(?:kids|children|boys|girls|sons?|daughters?"
    r"|husband|wife|baby|twins)\b)"
))  # fmt: skip
# The sibling told young, told an age, or whose party it is: the sibling's age is not the writer's
_NOT_GROWN = gated(re.compile(
    rf"\b(?:(?:little|lil|baby|younger|kid|teen(?:age)?)\s+{_SIBLING}s?\b"
    rf"|my\s+{_SIBLING}\s*(?:\(|(?:is|who\s+is|who'?s|turns|turning)\s+\d)"
    rf"|(?:for|4)\s+my\s+{_SIBLING}\b"
    rf"|my\s+{_SIBLING}(?:'s|s|’s)\s+(?:\d{{1,2}}(?:st|nd|rd|th)|birthday|bday|b-day|grad|graduation"
    r"|party|quince|sweet|retirement|wedding|shower|bachelor))"
))  # fmt: skip


def grown_sibling(text: str, at: int) -> re.Match[str] | None:
    """The item "my brother" (or "my sister") at `at` of the writer's list when the text shows the
    writer's generation grown and names that sibling neither young, nor by an age, nor as whose
    party it is: one adult; else None."""
    if "bro" not in text and "sis" not in text:  # cheap gate: no sibling word anywhere
        return None
    m = ITEM.match(text, at)
    if m is None or _NOT_GROWN.search(text) or not _GROWN_SIGN.search(text):
        return None
    return m
