"""Grown-ups' ages told as a remark about people already named ("anniversary lunch for my
grandparents. grandpa is 88 and grandma 85! 20 adults total"): who they are, never guests. Only
ages of 18 and over, so no kid's age is passed over; the count the message gives holds them."""

from __future__ import annotations

import re

_GROWN = r"(?:1[89]|[2-9]\d|1[01]\d)"
_WHO = (
    r"(?:(?:my|our|his|her)\s+)?(?:grandma|grandpa|grandmother|grandfather|granny|nana|papa|mom|"
    r"mum|mama|mother|dad|father|pops|husband|hubby|wife|he|she|they)"
)
_IS = r"(?:'s|s|\s+is|\s+are|'re|\s+will\s+be|'ll\s+be)"
# "grandpa is 88 and grandma 85!", "mom is 60, dad 62.", "they're 80 and 82": up to the clause's end
_AGES_REMARK = re.compile(
    rf"[\s,:;!.-]*{_WHO}{_IS}\s+{_GROWN}"
    rf"(?:\s*(?:,|&|\+|\band\b)\s*(?:{_WHO}(?:{_IS})?\s+)?{_GROWN})*\b\s*[!.,;]*"
)
# The second of two ages in one remark, its "is" left out: "grandpa is 88 and [grandma] 85!"
_REMARK_BEFORE = re.compile(rf"{_IS}\s+{_GROWN}\s*(?:,|&|\+|\band\b)\s*\Z")
_AGE_AFTER = re.compile(rf"(?:{_IS})?\s+{_GROWN}\b(?=\s*(?:[!.,;?\n]|\Z))")


def after_ages_told(text: str, end: int) -> int:
    """Where normalized `text` goes on after `end` past grown-ups' ages told there as a remark
    ("my grandparents. grandpa is 88 and grandma 85! 20 adults total"); `end` when none is."""
    m = _AGES_REMARK.match(text, end)
    return m.end() if m else end


def age_remark_item(text: str, start: int, end: int) -> bool:
    """Whether the relation at `start:end` of normalized `text` is the second of a remark of
    grown ages ("grandpa is 88 and grandma 85", "... and grandma is 85"), no item of a guest list."""
    return bool(
        _REMARK_BEFORE.search(text[max(0, start - 24) : start]) and _AGE_AFTER.match(text, end)
    )
