"""An add-on taken out by the words after it: "take the sake off", "leave the show out", and a
form's answer field ("Add-ons: premium sake service: no / extended performance: yes / custom menu:
no"), where "no" after the add-on's name and a colon declines it."""

from __future__ import annotations

import re

Span = tuple[int, int]

OFF_VERB = re.compile(r"\b(?:take|takes|taking|leave|knock|cross|strike)\s+(?:the\s+|that\s+)?$")
_OFF_AFTER = re.compile(r"\s+(?:off|out)\b")
# a form's field answered no: the answer alone up to the field's end ("sake: no / show: yes")
_ANSWERED_NO = re.compile(r"[^\S\n]*[:=][^\S\n]*(?:no|nope|none|n/a)\b(?=[^\S\n]*(?:[/,;|.\n]|$))")


def taken_off(text: str, start: int, end: int) -> Span | None:
    """The span of an add-on (at `start`..`end`) with the words that take it out ("take the sake
    off", "premium sake service: no"), or None when it stands."""
    # one cheap test first: a colon right after the name
    colon = text.startswith(":", end) or text.startswith(" :", end)
    if colon and (no := _ANSWERED_NO.match(text, end)):
        return start, no.end()
    verb = OFF_VERB.search(text[max(0, start - 20) : start])
    after = _OFF_AFTER.match(text, end) if verb else None
    return (start - len(verb.group(0)), after.end()) if verb and after else None
