"""A count said to have come down ("we're down to 18 adults", "headcount's down to 22 people"):
the new count of the order it corrects, never the guests of a swap said beside it ("can we do
filet instead of salmon? and we're down to 18 adults") nor a number added to the earlier count
("also we're down to 22 adults"). The conversation reads it as the new count."""

from __future__ import annotations

import re

# who or what has come down, "down to", then the count of adults or people
_DOWN_TO = re.compile(
    r"\b(?:we're|we are|were|we've|we have|we|it's|its|it is|it has|it|now|"
    r"(?:head|guest)\s*count(?:'s| is| has)?)"
    r"\s+(?:(?:gone|going|went|come|coming|dropped|dropping|now|just)\s+)*down\s+to\s+\d{1,3}\s+"
    r"(?:adults|people|guests|grown ?ups)\b"
)


def count_down(text: str) -> bool:
    """Whether normalized `text` says the count came down to a number of adults or people."""
    return bool(_DOWN_TO.search(text))
