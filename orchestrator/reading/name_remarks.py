"""A kid of a list of ages named by the name the message gave them before: "Quinceanera for my
daughter Valeria ... and the kids: 15 (Valeria), 14, 11, 9": the bracket says which age is hers,
the same as "(the birthday girl)", so it is blanked for the list reader and the ages after it are
read as one list. Only a single name the message introduced as someone's child or relation ("my
daughter Valeria", "our son Eli"): a word of its own ("(twins)", "(maybe)") stays."""

from __future__ import annotations

import re

# "my daughter valeria", "our son eli", "for my granddaughter mia": a relation and their name
_INTRODUCED = re.compile(
    r"\b(?:daughter|son|granddaughter|grandson|niece|nephew|baby|girl|boy)\s+([a-z]{3,15})\b"
)
# "15 (valeria)": one word in brackets right after an age
_NAME_AFTER_AGE = re.compile(r"(?<=\d)\s*\(\s*([a-z]{3,15})\s*\)")
_READ = 80  # as far as the kids' reader reads after a kid word


def named_remarks(text: str, end: int) -> str:
    """The `_READ` characters of `text` from `end`, with a name in brackets after an age blanked
    when the message introduced that name before as a relation's."""
    rest = text[end : end + _READ]
    names = {m.group(1) for m in _INTRODUCED.finditer(text)}
    if not names:
        return rest
    return _NAME_AFTER_AGE.sub(lambda r: " " * len(r.group(0)) if r.group(1) in names else r.group(0),
                               rest)
