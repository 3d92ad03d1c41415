"""Some guests named by who they are, then a swap for them: "my daughter wants chicken instead of
filet", "my wife wants salmon instead of the filet", "the ladies want salmon instead of filet",
"and my 2 boys (7 and 9) want chicken instead of filet", "the little ones want chicken instead".
The swap is theirs, not the whole party's; how many they are (and so how many portions swap) is
not always said, so the swap is read as for some guests and asked (round q73m). Read before, every
portion of the protein swapped: a confident price for an order nobody asked for.

The age groups ("the kids want", "the adults want") and counted shares ("3 of the guys want") are
read by `reason_swappers` and `some_guests` first; "we want", "everyone wants", "my guests want"
name the whole party and are not read here."""

from __future__ import annotations

import re

Span = tuple[int, int]

# one person or a group of the party named by relation or kind (not the whole party)
_WHO = (
    r"(?:daughters?|sons?|wife|husband|hubby|mom|mum|mother|dad|father|sisters?|brothers?|boss|"
    r"(?:girl|boy)friends?|fianc[eé]e?|partner|grandma|grandpa|grandmother|grandfather|aunts?|"
    r"uncles?|cousins?|nieces?|nephews?|parents|grandparents|in-?laws|boys|girls|ladies|guys|gals|"
    r"women|men|dudes|fellas|bride|groom|birthday\s+(?:girl|boy)|little\s+ones|littles|kiddos|"
    r"grandkids|teens|teenagers|toddlers)"
)
_NAMED_WANTS = re.compile(
    r"(?:^|(?<=[.!?\n,;])\s*)(?:(?:and|but|ok|okay|so|also|actually|oh|btw)[\s,]+){0,2}"
    r"(?:(?P<asked>can|could)\s+)?(?:my|our|the|his|her|their)\s+(?:\d{1,2}\s+)?(?:\w+\s+)?" + _WHO +
    r"(?:\s*\([^()]{0,30}\))?"
    r"\s+(?:(?(asked)(?:have|get|do|eat)|(?:wants?|(?:would|'d)\s+(?:like|prefer)|prefers?|"
    r"(?:will|can|could|should)\s+(?:have|get|do|eat)|(?:is|are)\s+(?:doing|getting|having))))"
    r"\s+(?:the\s+)?$"
)  # fmt: skip


def named_swappers(text: str, start: int) -> Span | None:
    """The words naming some guests just before a swap starting at `start` ("my daughter wants
    chicken instead of filet"), or None."""
    floor = max(0, start - 70)
    m = _NAMED_WANTS.search(text, floor, start)
    return (m.start(), start) if m else None
