"""A dish the writer already knows the menu lacks: "No lamb on your menu so: filet and salmon for
the adults", "I see you don't have lamb, so filet and chicken", "lamb isn't on your menu, so ...".
The writer names the dish only to say it is not there and goes on to choose from the menu; the
dish is no choice, and the negation no change of the order. The words are explained (the order is
what the rest of the message chooses), when a conclusion follows ("so", a colon, a stop); a
question ("no lamb on your menu?", "you don't have lamb?") asks whether it can be had, and stays
asked."""

from __future__ import annotations

import re

Span = tuple[int, int]

_DISH = r"[a-z]+(?:\s+[a-z]+)?"
_MENU = r"on\s+(?:your|the|ur)\s+menu"
_LACKS = re.compile(
    # "no lamb on your menu", "there's no lamb on the menu"
    rf"\b(?:(?:there\s*'?s|there\s+is|i\s+see|i\s+saw|since\s+there\s*'?s)\s+)?no\s+{_DISH}\s+{_MENU}"
    # "i see you don't have lamb", "since you don't offer lamb"
    rf"|\b(?:i\s+see|i\s+saw|since|as|looks\s+like)\s+(?:you|y'?all|u)\s+(?:guys\s+)?"
    rf"(?:do\s*n'?o?t|dont|do\s+not)\s+(?:have|offer|do|serve)\s+{_DISH}"
    # "lamb isn't on your menu"
    rf"|(?:^|(?<=[.,;!\n]\s)|(?<=[.,;!\n]))\s*{_DISH}\s+(?:is\s*n'?o?t|isnt|is\s+not|aren'?t|are\s+not)\s+{_MENU}"
)
# what follows it: a conclusion, not a question
_THEN = re.compile(r"\s*(?:,\s*|\s+)?(?:so\b\s*:?|:|\.|,|;|!|\n|$)")
# the rest of its sentence asking for it all the same ("..., but could you do it?")
_ASKS_ANYWAY = re.compile(
    r"[^.!\n]*(?:\?|\bbut\b|\bcan\s+(?:you|u)\b|\bcould\b|\bany\s+chance\b|\banyway\b)"
)


def menu_lacks(text: str) -> list[Span]:
    """The spans of normalized `text` saying a dish is not on the menu, before a conclusion."""
    if "menu" not in text and "have" not in text and "offer" not in text and "serve" not in text:
        return []
    spans = []
    for m in _LACKS.finditer(text):
        then = _THEN.match(text, m.end())
        if then and not _ASKS_ANYWAY.match(text, m.end()):
            spans.append((m.start(), then.end()))
    return spans
