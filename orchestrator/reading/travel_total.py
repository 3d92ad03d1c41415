"""People told as travelling in before the writer's final count ("siblings flying in from TX and FL
🙌 we'll be 16 adults", "my cousins are driving up from LA, we'll be 22 adults"): the count said
after their arrival is everyone, them among it, not a group on top to ask about (people who may be
kids, "my grandkids", stay asked). Only when the
count closes its sentence ("we're 14 adults so far plus them", "16 adults not counting them"
stay asked) and follows within a short stretch; a count said before them ("12 adults, my cousins
are flying in too") is no total that holds them, and is left to the checks."""

from __future__ import annotations

import re

from orchestrator.reading.words import KID_WORDS, TEEN_WORDS, TODDLER_WORDS

# "flying in from tx and fl", "are driving up from la", "coming in from out of state"
_TRAVELS = re.compile(
    r"\s+(?:(?:are|r|will be|'re|re|is)\s+)?(?:all\s+)?"
    r"(?:flying|driving|coming|travell?ing|road[- ]tripping)"
    r"(?:\s+(?:in|up|down|over|out))?(?:\s+from\s+[a-z ,&.'-]{1,40}?)?"
)
# then the final count: "🙌 we'll be 16 adults.", ", so we're 22 adults total"
_FINAL = re.compile(
    r"(?:\s+too)?[^a-z0-9]{0,8}(?:so\s+)?(?:we'?ll be|we will be|we'?re|we are|there will be|"
    r"there'?ll be|that makes)\s+(?:\d{1,3})\s+(?:adults|people|ppl|guests|grown-?ups)"
    r"(?:\s+(?:total|in total|altogether|in all))?\s*(?:[.!,;\n]|$)"
)

_TRAVEL_THEN_FINAL = re.compile(_TRAVELS.pattern + _FINAL.pattern)
# people who may be kids ("my grandkids are flying in, we'll be 16 adults": on top?) stay asked
_YOUNG = re.compile(
    r"\b(?:" + "|".join((*KID_WORDS, *TEEN_WORDS, *TODDLER_WORDS)) + r"|nieces?|nephews?|grandkids|"
    r"grandchildren|grandsons?|granddaughters?|sons?|daughters?|babies|baby|kids?|children|boys|girls)\b"
)


def travels_before_total(text: str, start: int, end: int) -> bool:
    """Whether the people named at `start`:`end` of normalized `text` are told as travelling in,
    right before the writer's final count that holds them."""
    return not _YOUNG.search(text, start, end) and bool(_TRAVEL_THEN_FINAL.match(text, end))
