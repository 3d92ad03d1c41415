"""A follow-up that answers "how old are the kids?" with the twins' one age and the others' ages
("the twins are 5, the other 2 are 8 and 12", "8 and 12, and the twins are both 5"): two kids of
the twins' age, then one age each for the rest, read as all those ages (which the order's kids
must match in number: `recount` asks otherwise). The others' count, when said, must be their
number of ages ("the other 3 are 8 and 12" stays asked). Only a whole message of this shape."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

Span = tuple[int, int]

_LEAD = r"^\W*(?:(?:good\s+q(?:uestion)?|oh|ok|okay|sure|yes|so|well)\W+)*"
_YEARS = r"(?:\s*(?:years? old|yrs?(?: old)?|yo|y/o))?"
_END = r"[\s.!)]*(?:[:;]-?\)|😅|🙂|😊)?[\s.!]*$"
_BE = r"(?:are|r|is|'re|re)"
_AGE_LIST = r"\d{1,2}(?:\s*(?:,\s*(?:and|&)\b|,|&|\band\b)\s*\d{1,2})*"
_TWINS = rf"(?:the\s+|my\s+|our\s+)?twins\s+{_BE}\s+(?:both\s+)?(?P<twin>\d{{1,2}}){_YEARS}"
_OTHERS = (
    rf"(?:the\s+)?(?:other|rest|others|remaining|older|younger)(?:\s+(?P<count>\d{{1,2}}))?"
    rf"(?:\s+(?:ones|kids|two|2))?\s+{_BE}\s+(?P<ages>{_AGE_LIST}){_YEARS}"
)
_SEP = r"\s*(?:,\s*and|,|and|;|\.|&)\s*"
_TWINS_FIRST = gated(re.compile(rf"{_LEAD}{_TWINS}{_SEP}{_OTHERS}{_END}"))
# "8 and 12, and the twins are 5": the others' ages first, as a list of ages
_TWINS_LAST = gated(re.compile(
    rf"{_LEAD}(?:(?:they'?re|the others are|the other kids are)\s+)?(?P<ages>{_AGE_LIST}){_YEARS}"
    rf"{_SEP}{_TWINS}{_END}"
))  # fmt: skip


def twins_ages(text: str) -> tuple[list[int], Span] | None:
    """The ages of "the twins are 5, the other 2 are 8 and 12" (5, 5, 8, 12) as the whole of
    normalized `text`, with the span read; None otherwise."""
    m = _TWINS_FIRST.match(text) or _TWINS_LAST.match(text)
    if not m:
        return None
    rest = [int(n) for n in re.findall(r"\d+", m.group("ages"))]
    count = m.groupdict().get("count")
    if count is not None and int(count) != len(rest):
        return None
    return [int(m.group("twin"))] * 2 + rest, m.span()
