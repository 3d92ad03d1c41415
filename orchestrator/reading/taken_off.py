"""An add-on taken out by the words around it: "take the sake off", "leave the show out". A
form's answer after the add-on ("premium sake service: no") is `add_on_answers.form_answer`'s."""

from __future__ import annotations

import re

Span = tuple[int, int]

OFF_VERB = re.compile(r"\b(?:take|takes|taking|leave|knock|cross|strike)\s+(?:the\s+|that\s+)?$")
_OFF_AFTER = re.compile(r"\s+(?:off|out)\b")


def taken_off(text: str, start: int, end: int) -> Span | None:
    """The span of an add-on (at `start`..`end`) with the words that take it out ("take the sake
    off"), or None when it stands."""
    verb = OFF_VERB.search(text[max(0, start - 20) : start])
    after = _OFF_AFTER.match(text, end) if verb else None
    return (start - len(verb.group(0)), after.end()) if verb and after else None
