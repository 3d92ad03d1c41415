"""One guest more, told by who they are, before the new total that holds them: "one more client
rsvp'd so 17 adults now", "another member said yes, so that's 12 adults". The one named is the
number added (1), as "2 more coworkers said yes" is 2; whether the earlier count and the 1 make
the new total is the conversation's to check. A kid's word ("another kid rsvp'd") is no grown-up
added and is left to the readers."""

from __future__ import annotations

import re

from orchestrator.reading.words import YOUNG

Span = tuple[int, int]

_ONE_MORE = re.compile(
    rf"\b(?:another|1\s+more|one\s+more)\s+(?!(?:{YOUNG}|adult|adults|person|people|guest|guests)\b)"
    r"[a-z]+(?<!s)\s+(?:(?:has|have|just|also|now|finally|actually)\s+)*"
    r"(?:rsvp'?d(?:\s+yes)?|said yes|confirmed|signed up|is coming|is joining|can come|can make it)"
    r"(?:\s+(?:too|now|as well|after all))?"
    r"(?=\s*,?\s*so\s+(?:(?:that'?s|thats|we'?re|were|it'?s|its)\s+)?\d{1,3}\s+(?:adults|people|guests)\b)"
)


def one_more(text: str) -> Span | None:
    """The span of the one guest said to come right before a new total in normalized `text`."""
    if "more" not in text and "another" not in text:
        return None  # speed
    m = _ONE_MORE.search(text)
    return m.span() if m else None
