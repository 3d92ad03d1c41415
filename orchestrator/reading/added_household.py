"""Who the adults a follow-up adds are, named as one household after the count: "another 5
adults, the Tran household is coming too", "add 4 adults - the Lopez family is joining". The
count says how many; the household says who, no guests of its own. Without the count before it
("the Smiths are coming too") nothing is explained and the coverage check asks how many.

A household by its plural surname said to come, its people counted right after it, is the guests
it adds ("the smiths are coming too (4: 2 adults, 2 kids 8 and 10)", "the johnsons are joining us
- 2 adults + 1 kid (4)"): the adults and kids counted join the order's (`family_joins`), the size
in the bracket only when it is their sum. Nothing else may follow but "same food" (round q76b)."""

from __future__ import annotations

import re

Span = tuple[int, int]

_ADDED_HOUSEHOLD = re.compile(
    r"(?:\b(?:add(?:ing)?|another|plus)\s+(?:another\s+)?\d{1,3}\s+(?:more\s+)?|\b\d{1,3}\s+more\s+)"
    r"(?:adults?|people|ppl|guests)\s*[,:;!.-]?\s*"
    r"(the\s+[a-z'-]+\s+(?:household|family|fam|clan|crew)\s+(?:is|are|will be|'s)\s+(?:also\s+|now\s+)?"
    r"(?:coming|joining(?: us)?|able to come|able to make it)(?:\s+(?:too|as well|now))?)\b"
)


_COMING = (
    r"\s+(?:are\s+|r\s+|can\s+|will\s+)?(?:also\s+|now\s+)?"
    r"(?:coming|come|joining(?:\s+us)?|make it)(?:\s+(?:too|as well|after all))?"
)
_AGES = r"(?:\s*\(?\s*(?:ages?\s+)?\d{1,2}(?:\s*(?:,|&|and)\s*\d{1,2})*\s*\)?)?"
_COUNTED_HOUSEHOLD = re.compile(
    r"^\W*(?:(?:yay|oh|ok|okay|good news|great news|update|also|and)\W+)*"
    rf"(?P<who>the\s+[a-z]+s{_COMING}\s*(?:\(\s*(?P<n>\d{{1,2}})\s*:\s*|[-:,]\s*|\(\s*))"
    r"(?P<a>\d)\s+(?:adults|grown-?ups)\s*(?:,|\+|&|and|plus)\s*"
    rf"(?P<k>\d)\s+(?:kids?|children|child){_AGES}"
    r"\s*\)?\s*[.!]*\s*(?:same (?:food|menu|order)\s*[.!]*\s*)?$"
)


def counted_household(text: str) -> Span | None:
    """The span of the household and its words of coming when normalized `text` is only a
    household by surname said to come with its people counted after it (their sum the bracket's
    size, when one is said); else None."""
    m = _COUNTED_HOUSEHOLD.match(text)
    if m is None or (m["n"] is not None and int(m["n"]) != int(m["a"]) + int(m["k"])):
        return None
    return m.span("who")


def added_household(text: str) -> list[Span]:
    """The spans of normalized `text` naming the household a counted addition brings."""
    counted = counted_household(text)
    return [m.span(1) for m in _ADDED_HOUSEHOLD.finditer(text)] + ([counted] if counted else [])
