"""Kid words that name no new guests: grown children with their spouses ("our 3 grown kids and
their spouses", read by kin_couples), and the kids given as the reason an add-on is dropped or
kept ("please remove the extended performance, the kids need to be in bed early", "take off the
show? our kids have school the next morning"): the household's own kids, whose bedtime or school
night is why the party is shorter, not guests the order lacks a count for. And the kids' price
asked by its band ("do kids under 6 eat free?", "is there a charge for kids under 5?"): the
published band, no guests. And "a few of the girls are pescatarian" beside seafood with no other
kid word: the party's women (`pescatarian_share`)."""

from __future__ import annotations

import re

from orchestrator.reading.kin_couples import grown_couples
from orchestrator.reading.pescatarian_share import pescatarian_girls

Span = tuple[int, int]

# the kids (already someone's) and the reason of their night: bed, sleep, school
_KIDS_NIGHT = re.compile(
    r"\b(?:the|our|my)\s+(?:kids|children|little ones)\s+"
    r"(?:(?:need|needs|have|has|got|gotta)\s+to\s+(?:be\s+in|go\s+to|get\s+to)\s+bed"
    r"|(?:go|goes|have\s+to\s+go)\s+to\s+bed|(?:have|has|got)\s+school"
    r"|(?:need|have)\s+to\s+(?:sleep|be\s+asleep))\b"
)
# the message drops or keeps an add-on by name
_ADD_ON_CHANGE = re.compile(
    r"\b(?:remove|drop|take\s+off|cancel|skip|without|no\s+need\s+for|keep)\b[^.!?\n]{0,40}?"
    r"\b(?:extended\s+(?:performance|show)|show|performance|sake)\b"
)

# the kids' price asked about, the band with it ("do kids under 6 really eat free?", "whats the
# price for kids 5 and under?"): asked as a question, it counts no one
_BAND = r"(?:\s+(?:under|below|younger than)\s+\d{1,2}|\s+\d{1,2}\s*(?:and|&)\s*(?:under|younger))?"
_PRICE_ASKED = re.compile(
    r"\b(?:do|does|will|would)\s+(?:the\s+)?(?:kids|children|toddlers|babies|little ones)" + _BAND
    + r"\s+(?:really\s+|still\s+|also\s+)?(?:eat\s+)?(?:for\s+)?free\b"
    r"|\b(?:price|pricing|charge|cost|rate)s?\s+for\s+(?:the\s+)?(?:kids|children|toddlers|babies|"
    r"little ones)" + _BAND + r"(?=\s*\?)"
)


def kids_night(text: str) -> list[Span]:
    """The spans of "the kids need to be in bed early" in normalized `text`, when the message
    drops or keeps an add-on: the reason given, no guests."""
    if not _ADD_ON_CHANGE.search(text):
        return []
    return [m.span() for m in _KIDS_NIGHT.finditer(text)]


def kids_not_new(text: str) -> list[Span]:
    """The spans of kid words that name no new guests (see the module's docstring)."""
    # "a few of the girls are pescatarian": the women counted, some eating fish (round q86b)
    return grown_couples(text) + kids_night(text) + kids_price_asked(text) + pescatarian_girls(text)


def kids_price_asked(text: str) -> list[Span]:
    """The spans of the kids' price asked about by its band in normalized `text` ("do kids under
    6 eat free?"): its kid word and number count no one."""
    return [m.span() for m in _PRICE_ASKED.finditer(text)]
