"""A count said to have come down ("we're down to 18 adults", "headcount's down to 22 people"):
the new count of the order it corrects, never the guests of a swap said beside it ("can we do
filet instead of salmon? and we're down to 18 adults") nor a number added to the earlier count
("also we're down to 22 adults"). The conversation reads it as the new count. A count told as
the sum of the change it follows is the same new count ("the principal wants to come too so 17
adults now", "2 more rsvp'd, that makes 14 adults"): "so ... now" or "that makes" says it is the
party's count after the change, not a number added to it."""

from __future__ import annotations

import re

# who or what has come down, "down to", then the count of adults or people
_DOWN_TO = re.compile(
    r"\b(?:we're|we are|were|we've|we have|we|it's|its|it is|it has|it|now|"
    r"(?:head|guest)\s*count(?:'s| is| has)?)"
    r"\s+(?:(?:gone|going|went|come|coming|dropped|dropping|now|just)\s+)*down\s+to\s+\d{1,3}\s+"
    r"(?:adults|people|guests|grown ?ups"
    # "we're down to 7 kids and 5 adults": the new count of both bands (q84c)
    r"|(?:kids|children)\s+(?:and|&|\+)\s+\d{1,3}\s+adults)\b"
    # "what if we did filet instead AND went down to 10 people": the party's verb joined to the
    # swap's, the same "we" come down (round q79k)
    r"|\b(?:and|&)\s+(?:went|go|going|dropped|drop|dropping|came|come|got|get)\s+down\s+to\s+\d{1,3}\s+"
    r"(?:adults|people|guests|grown ?ups)\b"
    # "so 7 kids and 5 adults now", "so 6 adults and 7 kids now": both bands' new count (q84m)
    r"|\bso\s+(?:(?:it'?s|its|we'?re|were|we\s+are)\s+)?\d{1,3}\s+(?:(?:kids|children)\s+(?:and|&|\+)\s+"
    r"\d{1,3}\s+adults|adults\s+(?:and|&|\+)\s+\d{1,3}\s+(?:kids|children))\s+now\b"
)

# "so 17 adults now", "so 22 adults total", "that makes 14 adults", "making it 9 adults": the
# count after the change ("so 17 adults" alone may be a sum of the message's own parts: not it)
_SO_NOW = re.compile(
    r"\b(?:so\s+(?:it's\s+|its\s+|we're\s+|we are\s+)?(\d{1,3})\s+(?:adults|people|guests|grown ?ups)"
    r"\s+(?:now|total now|now total|total|in all)\b"
    r"|(?:that|which)\s+makes\s+(?:it\s+)?\d{1,3}\s+(?:adults|people|guests|grown ?ups)\b(?!\s+more\b)"
    r"|making\s+it\s+\d{1,3}\s+(?:adults|people|guests|grown ?ups)\b(?!\s+more\b))"
)

# "we're 13 now, my uncle can make it", "now we're 13", "it's 18 people now": the party's count
# after the change, the arrival beside it one of those it counts
_WE_NOW = re.compile(
    r"\b(?:(?:we're|we are|it's|its|it is)\s+(?:now\s+)?\d{1,3}(?:\s+(?:adults|people|guests|ppl))?"
    r"\s+now|now\s+(?:we're|we are)\s+\d{1,3})\b(?!\s*(?:more|extra|additional)\b)"
)

# "we're confirmed at 17 adults", "final headcount is 17 adults", "final count: 24 people": the
# party's count stated firm after a range or a quote (round q79d), not the guests of a swap
_FIRM = re.compile(
    r"\b(?:confirmed|locked in|final)\s+(?:at|for)\s+\d{1,3}\s+(?:adults|people|guests)\b"
    r"|\bfinal\s+(?:head\s*|guest\s*)?count(?:'s|\s+is|\s+will be)?\s*[:=-]?\s*\d{1,3}\s+"
    r"(?:adults|people|guests)\b(?!\s+(?:more|extra|additional)\b)"
)

# "please change the order to 25 adults", "update the booking to 30 people": the order's count
# replaced by the one said, never a number added to it, whatever else the message adds ("and add
# the extended performance") (round q84m)
_CHANGED_TO = re.compile(
    r"\b(?:change|changed|update|updated|switch|move|bump|make)\s+(?:the|our|my)\s+"
    r"(?:order|booking|reservation|quote|party|(?:head|guest)\s*count|count|number)\s+"
    r"(?:up\s+|down\s+)?to\s+\d{1,3}\s+(?:adults|people|guests|ppl|grown ?ups)\b"
    r"(?!\s+(?:more|extra|additional)\b)"
)


def count_down(text: str) -> bool:
    """Whether normalized `text` says the count came down to a number of adults or people, or
    names the count after the change ("so 17 adults now", "we're 13 now") or as firm ("we're
    confirmed at 17 adults", "final count is 24 adults"), or changes the order to it ("change the
    order to 25 adults")."""
    return bool(_DOWN_TO.search(text) or _SO_NOW.search(text) or _WE_NOW.search(text)
                or _FIRM.search(text) or _CHANGED_TO.search(text))


# "is coming too so 22 adults now", "joining us, so 14 adults total": the arrival and its sum
_ARRIVAL_SUM = re.compile(r"(?:\s+us)?\s*[,-]?\s*(?:and\s+)?(?=so\b)")


def summed_after(text: str, end: int) -> bool:
    """An arrival word ending at `end` ("coming too", "joining") is followed, in its clause, by
    the count after it ("so 22 adults now"): the new count says who the arrival adds."""
    gap = _ARRIVAL_SUM.match(text, end)
    return bool(gap and (m := _SO_NOW.match(text, gap.end())) and m.group(1))
