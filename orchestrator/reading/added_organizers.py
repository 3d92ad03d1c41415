"""The people who run the event, counted on top of a count of adults: "5 households with 3 adults
in each, plus the 2 organizers", "20 adults and our 2 hosts", "12 adults + the 3 planners".
Whoever organizes, hosts or plans a party is a grown-up, and joined with "plus", "and", "&", "+"
or a comma after the adults they are more of them, so the count is written "2 adult organizers",
which the readers count as adults. Only after a count of adults earlier in the text; a count
with a word of its own before the role ("2 student organizers") or joined by "including" stays,
and the net asks. Takes lower-case text with number words written as digits."""

from __future__ import annotations

import re

_ADULTS_BEFORE = re.compile(r"\b\d{1,3}\s+(?:adults?|grown[- ]?ups)\b")
_ORGANIZERS = re.compile(
    r"(\bplus|\band|&|\+|,)\s+(?:the\s+|our\s+)?(\d{1,2})\s+"
    r"(organizers|organisers|hosts|planners|event planners|coordinators)\b"
)


def added_organizers(text: str) -> str:
    """`text` with the organizers, hosts or planners counted after a count of adults written
    "N adult organizers"."""
    if not any(w in text for w in ("organi", "hosts", "planners", "coordinators")):
        return text
    first = _ADULTS_BEFORE.search(text)
    if first is None:
        return text
    return _ORGANIZERS.sub(
        lambda m: f"{m.group(1)} {m.group(2)} adult {m.group(3)}"
        if m.start() >= first.end() else m.group(0),
        text,
    )
