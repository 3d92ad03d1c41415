"""Some of someone's grown-ups, counted in a list or after a count: "10 adults plus 2 of his
coworkers", "me, my husband, 5 of my coworkers and 3 of their spouses, plus our 2 kids (9 and 6)".
Whoever's they are, coworkers are grown by what they are, and the spouses some of a counted group
has are grown too: the words are written as the plain counts the readers know ("2 coworkers", "3
spouses") as the text is normalized, before any span is taken of it (the list readers read one
space between words, so the words are not padded) (round q86a).

Only joined to what comes before ("plus", "+", "and", "&", a comma), never as a sentence's subject
("3 of my coworkers want to come now, so add 3 adults": a follow-up's reason, its own readers');
spouses only of a group counted right before them, and no more spouses than that group ("5
coworkers and 6 of their spouses" stays to the net)."""

from __future__ import annotations

import re

# a verb after the group makes it a subject ("3 of my coworkers are bringing their kids")
_VERB = (
    r"(?:want|wants|are|r|is|can|could|will|would|were|was|have|has|had|might|may|cant|can't|"
    r"won't|wont|read|said|say|says|just|also|decided|bring|bringing)"
)
# "plus 2 of his coworkers", ", 5 of my coworkers", "3 of my husband's old colleagues"
_COWORKERS = re.compile(
    r"(?:(?<=\+)|(?<=[+,&]\s)|(?<=\bplus\s)|(?<=\band\s))"
    r"(?P<n>\d{1,3})\s+of\s+(?:my|his|her|our|their)\s+(?:[a-z]+'s\s+)?(?:old\s+|former\s+)?"
    rf"(?:coworkers|co-workers|colleagues)\b(?!\s+{_VERB}\b|')"
)
# "5 coworkers and 3 of their spouses": some of the group counted right before, with a spouse
_THEIR_SPOUSES = re.compile(
    r"\b(?P<group>\d{1,3})\s+[a-z-]+s\s*(?:,|\+|&|\band\b|\bplus\b)\s*"
    r"(?P<some>(?P<n>\d{1,3})\s+of\s+their\s+(?:spouses|wives|husbands))\b"
    rf"(?!\s+{_VERB}\b|')"
)


def whose_grownups(text: str) -> str:
    """Normalized `text` with someone's coworkers and some of a group's spouses, joined to what
    comes before, written as plain counts; else unchanged."""
    if " of " not in text:
        return text
    text = _COWORKERS.sub(lambda m: f"{m['n']} coworkers", text)
    for m in reversed(list(_THEIR_SPOUSES.finditer(text))):
        if int(m["n"]) > int(m["group"]):
            continue  # more spouses than the group has people: left to the net
        start, end = m.span("some")
        text = text[:start] + f"{m['n']} spouses" + text[end:]
    return text
