"""The writer's party said to be inside the count right after it: "26 adults including the two of
us", "18 people incl the 2 of us", "12 guests counting the 2 of us": the count is the whole party,
"the 2 of us" no second total beside it (read as one, the counts did not add up: 26 adults, but 2
guests in all; q85c, 182 ft089). Only a part smaller than the count is dropped; "10 adults
including the 12 of us" stays for the readers (asked).
Takes lower-case text with number words written as digits."""

from __future__ import annotations

import re

_INCLUDED = re.compile(
    r"\b(?P<count>\d{1,3})\s+(?P<word>adults|people|ppl|guests|of us)"
    r"(?P<part>\s*,?\s*\(?\s*(?:including|incl|counting)\s+(?:the\s+)?(?P<us>\d{1,2})\s+of\s+us\s*\)?)"
)


def us_included(text: str) -> str:
    """`text` with "including the N of us" after a larger count of the party taken out."""
    if "of us" not in text:
        return text  # every match names "of us" (speed)
    return _INCLUDED.sub(
        lambda m: f"{m['count']} {m['word']}" if int(m["us"]) < int(m["count"]) else m.group(0), text
    )
