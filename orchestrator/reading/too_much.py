"""A protein dropped by its reason rather than by "no": "no wait just chicken and ny strip, my mom
says lobster is too much lol", "just chicken and shrimp, filet is too pricey". Said once in the
message (the protein named nowhere else), the reason is written as "no lobster", the words the
change readers know (`meats_out`, `changes`): the order left is the one the message names. A
protein named elsewhere in the message too ("chicken and lobster, lobster is too much for the
kids") is left as written and asked about."""

from __future__ import annotations

import re

_PROTEIN = (
    r"(?:lobster(?: tails?)?|filet(?: mignon)?|filets|steak|ny strip|strip|shrimp|scallops|salmon)"
)
# "(my mom says) lobster is too much", "the filet's too pricey", "lobster is way too expensive"
_TOO_MUCH = re.compile(
    r"(?:\b(?:my|our|his|her|the)\s+[a-z]+\s+(?:says|said|thinks|thought)\s+(?:that\s+)?)?"
    rf"(?:\bthe\s+)?\b({_PROTEIN})\s*(?:is|'s|was|are)\s+(?:(?:way|a bit|a little|kinda|just)\s+)?"
    r"too\s+(?:much|expensive|pricey|pricy|spendy|rich|fancy)\b"
)


def too_much_as_out(text: str) -> str:
    """The lower-cased `text` with a reason a protein is dropped written as "no <protein>", when
    that protein is named nowhere else in it."""
    if "too " not in text:  # a cheap gate: rarely said
        return text
    out = []
    at = 0
    for m in _TOO_MUCH.finditer(text):
        word = m.group(1)
        if len(re.findall(rf"\b{re.escape(word)}\b", text)) != 1:
            continue
        out += [text[at : m.start()], f"no {word}"]
        at = m.end()
    return "".join(out) + text[at:] if out else text
