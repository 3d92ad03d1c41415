"""Who asks for the party, not who comes to it: "Their kids want a hibachi dinner at the house for
Mr. Alvarez's 85th birthday: 14 adults". The kids of someone whose 60th birthday or more (or 30th
anniversary or more) it is are grown; as the ones who want, plan or throw the party they are no
kids among the guests, as "our children are throwing us a 50th" (a couple's: their anniversary)
are. "the kids want hibachi for my birthday" (no age, or "the" kids, who may be grandkids) stays a
kid word the readers ask about, as "my kids are throwing me a 40th" (a birthday: kids of any age)."""

from __future__ import annotations

import re

Span = tuple[int, int]

# "their kids want", "my children are throwing", "his kids are planning": the kid word of a
# possessive, then a verb of asking for or putting on the party
_REQUESTERS = re.compile(
    r"\b(?:their|his|her|my|our)\s+(?:grown\s+|adult\s+)?(kids|children)\s+(?:want|wants|wanted|"
    r"would like|are (?:planning|throwing|hosting|organizing|giving|putting together|booking|treating|"
    r"surprising)|"
    r"asked (?:me|us)?\s*(?:to|for)|are asking)\b"
)
# the honoree's age later in the same sentence: "85th birthday", "turning 70", "40th anniversary"
_ELDER = re.compile(
    r"\b(\d{2,3})(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)\b|\bturning\s+(\d{2,3})\b"
    r"|\b(\d{2})(?:st|nd|rd|th)\s+(?:wedding\s+)?anniversary\b"
    # a couple's ordinal with no word after it ("our children are throwing us a 50th", "a party for
    # our 40th"): "us" and "our" are the two of them, so it is their anniversary (round q85j:
    # blind 182 ft089 asked how many kids)
    r"|\b(?:(?:us|them)\s+(?:a|an|our|their)|(?:for|celebrate|celebrating)\s+(?:our|their))\s+"
    r"(?:(?:surprise|big|golden|special)\s+)?(\d{2})(?:st|nd|rd|th)\b(?!\s*(?:birthday|bday|b-day))"
)
# the sentence's end ("for Mr. Alvarez's 85th": a title's full stop ends none)
_STOP = re.compile(r"(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bdr)(?<!\bst)[.;!?\n]")
_BIRTHDAY_MIN = 60  # their kids are grown
_ANNIVERSARY_MIN = 30


def grown_requesters(text: str) -> list[Span]:
    """The spans of kid words in normalized `text` that name the grown children asking for the
    party of an elder (see the module's docstring)."""
    spans = []
    for m in _REQUESTERS.finditer(text):
        stop = _STOP.search(text, m.end())
        if any(
            _elder(age) for age in _ELDER.finditer(text, m.end(), stop.start() if stop else len(text))
        ):
            spans.append(m.span(1))
    return spans


def _elder(m: re.Match[str]) -> bool:
    if m.group(3) or m.group(4):
        return int(m.group(3) or m.group(4)) >= _ANNIVERSARY_MIN
    return int(m.group(1) or m.group(2)) >= _BIRTHDAY_MIN
