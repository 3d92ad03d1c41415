"""The writer's own brother or sister as an item of the writer's list, one adult when the message
shows the writer's generation grown: "me, my wife, our 2 boys (13 and 9), her parents and my
brother" (the writer a spouse or a parent), "me, my sister, my mom, my grandma and my sisters 2
kids (8 and 5)" (the sibling a parent). "my sister" of no such sign ("me, my sister and my mom")
may be a kid and stays asked; so does a sibling told young anywhere ("my little brother", "my
baby sister"), one told with an age (the relations' reader counts "my brother (16)"), and one
whose party it is ("for my brother", "my sister's 16th": the honoree reader's, grown or asked).
Someone else's sibling ("his sister") may bring a family and stays asked too, except the sibling of
the grown one the writer comes with, named by a pronoun as an item of the list before it ("dinner for
my girlfriend, her + me + 4 friends + her sister", "anniversary dinner for my husband, him + me + 2
couples + his sister"): one adult, when the text tells whom the pronoun stands for grown (the
writer's partner), no kid stands in the list before it (whose sister is she then?) and the sibling
is told neither young nor by an age ("me, him and his sister" stays asked)."""

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


# "her sister" ending its item, the sibling of the one "her" stands for
_THEIRS = re.compile(
    rf"(?P<whose>his|her)\s+{_SIBLING}\b(?!')(?=\s*(?:[,&+.!?;:\n)]|(?:and|plus|n|with)\b|$))"
)
# "me + her + ...", "him, me and ...": the pronoun as an item of its own in the list so far
_PRONOUN_ITEM = {
    "her": re.compile(r"(?:^|[,&+]\s*|\band\s+)her\s*(?:[,&+]|and\b|plus\b|$)"),
    "his": re.compile(r"(?:^|[,&+]\s*|\band\s+)him\s*(?:[,&+]|and\b|plus\b|$)"),
}
# whom the pronoun stands for, told grown: the occasion's partner ("for her", as the honoree's
# pronoun reader writes "for my wife") or the writer's partner named ("dinner for my girlfriend's")
_GROWN_ONE = {
    "her": re.compile(r"\bfor\s+her\b|\b(?:my|our)\s+(?:wife|wifey|girlfriend|gf|fiancee|partner)\b"),
    "his": re.compile(r"\bfor\s+him\b|\b(?:my|our)\s+(?:husband|hubby|boyfriend|bf|fiance|partner)\b"),
}
# a kid in the list so far: an age in brackets, a son, a daughter, kids
_KID_LISTED = re.compile(
    r"\(|\b(?:sons?|daughters?|kids|children|boys|girls|baby|babies|twins|grandkids|grandchildren)\b"
)


def grown_sibling(text: str, at: int, listed: str = "") -> re.Match[str] | None:
    """The item "my brother" (or "my sister") at `at` of the writer's list when the text shows the
    writer's generation grown and names that sibling neither young, nor by an age, nor as whose
    party it is: one adult; so is "her sister" after "her" as an item of `listed` (the list so
    far) with no kid in it; else None."""
    if "bro" not in text and "sis" not in text:  # cheap gate: no sibling word anywhere
        return None
    theirs = _THEIRS.match(text, at)
    if theirs is not None:
        whose, grown = _PRONOUN_ITEM[theirs.group("whose")], _GROWN_ONE[theirs.group("whose")]
        if not whose.search(listed) or _KID_LISTED.search(listed) or _NOT_GROWN.search(text):
            return None  # ("me, him and his sister": who is he, and she?)
        if not grown.search(text):
            return None
        return theirs
    m = ITEM.match(text, at)
    if m is None or _NOT_GROWN.search(text) or not _GROWN_SIGN.search(text):
        return None
    return m
