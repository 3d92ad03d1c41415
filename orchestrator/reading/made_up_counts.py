"""A group's count with its make-up in brackets right after it, as families sharing a party are
described: "the Ortegas are 5 (3 adults and kids 4 and 9) and the Bakers are 6 (4 adults and kids
7 and 11)" (round q82b). The count is the bracket's people again, not more: when every item of the
bracket is a count of a band ("3 adults", "2 kids, 7 and 11") or kids by their ages ("kids 4 and
9"), and they add up to the count exactly, the count and the brackets are hidden, so the readers
read "the ortegas are 3 adults and kids 4 and 9" (each group's adults summed with the next's). A
bracket that does not add up ("5 (3 adults and 3 kids)"), holds anything else ("5 (3 adults, the
rest kids)") or follows no "are" / "is" / a colon is left to the other readers and the net."""

from __future__ import annotations

import re

Span = tuple[int, int]

_BAND = r"(?:adults|grown-?ups|teens|kids|children|toddlers|babies)"
# an age, no count of a band ("2 adults, 3 kids": the 3 counts kids)
_AGE = r"\d{1,2}(?!\d|\s*(?:adults?|grown-?ups?|teens?|kids?|child|children|toddlers?|bab(?:y|ies))\b)"
_AGES = rf"{_AGE}(?:\s*(?:,|\band\b|&)\s*{_AGE})*"
# "3 adults", "2 kids, 7 and 11", "kids 4 and 9", "kids ages 7 and 11"
_ITEM = (
    rf"(?:(?P<n>\d{{1,2}})\s+(?:{_BAND}|adult|kid|child|teen|toddler|baby)"
    rf"(?:\s*[,:]?\s*(?:ages?\s+)?(?P<counted_ages>{_AGES}))?"
    rf"|(?:kids|children)\s*[,:]?\s*(?:ages?\s+)?(?P<ages>{_AGES}))"
)
_ONE_ITEM = re.compile(rf"\s*(?:,|\band\b|&|\+|\bplus\b)?\s*{_ITEM}")
# "are 5 (3 adults and kids 4 and 9)", "the bakers: 6 (...)"
_COUNT_MADE_UP = re.compile(
    r"(?:\b(?:are|is|r|were)|[:=])\s*(?P<count>\d{1,3})\s*\((?P<inside>[^()\n]{5,80})\)"
)
_NUMBER = re.compile(r"\d{1,2}")


def _people(inside: str) -> int | None:
    """How many people the bracket's items are, or None when an item is not read or a count's
    ages are not as many as the count."""
    total, at = 0, 0
    while at < len(inside):
        m = _ONE_ITEM.match(inside, at)
        if m is None or m.end() == at:
            return None
        if m.group("n"):
            count = int(m.group("n"))
            told = m.group("counted_ages")
            if told and len(_NUMBER.findall(told)) != count:
                return None  # "2 kids, 7, 9 and 11": which count?
            total += count
        else:
            total += len(_NUMBER.findall(m.group("ages")))
        at = m.end()
        if not inside[at:].strip():
            return total
    return total


def made_up_counts(text: str) -> list[Span]:
    """Spans of normalized `text` to hide: a count and its brackets, where the bracket's people
    add up to it ("are 5 (3 adults and kids 4 and 9)")."""
    if "(" not in text:
        return []
    spans: list[Span] = []
    for m in _COUNT_MADE_UP.finditer(text):
        if _people(m.group("inside")) != int(m.group("count")):
            continue
        open_at = text.index("(", m.end("count"))
        spans += [(m.start("count"), open_at + 1), (m.end() - 1, m.end())]
    return spans
