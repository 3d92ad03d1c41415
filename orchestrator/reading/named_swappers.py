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
WHO = (
    r"(?:daughters?|sons?|wife|husband|hubby|mom|mum|mother|dad|father|sisters?|brothers?|boss|"
    r"(?:girl|boy)friends?|fianc[eé]e?|partner|grandma|grandpa|grandmother|grandfather|aunts?|"
    r"uncles?|cousins?|nieces?|nephews?|parents|grandparents|in-?laws|boys|girls|ladies|guys|gals|"
    r"women|men|dudes|fellas|bride|groom|birthday\s+(?:girl|boy)|little\s+ones|littles|kiddos|"
    r"grandkids|teens|teenagers|toddlers|guests?\s+of\s+hono(?:u)?r|(?:new|other)\s+ones|newcomers)"
)
_NAMED_WANTS = re.compile(
    r"(?:^|(?<=[.!?\n,;])\s*)(?:(?:and|but|ok|okay|so|also|actually|oh|btw)[\s,]+){0,2}"
    r"(?:(?P<asked>can|could)\s+)?(?:my|our|the|his|her|their)\s+(?:\d{1,2}\s+)?(?:\w+\s+)?" + WHO +
    r"(?:\s*\([^()]{0,30}\))?"
    r"\s+(?:(?(asked)(?:have|get|do|eat)|(?:wants?|(?:would|'d)\s+(?:like|prefer)|prefers?|"
    r"(?:will|can|could|should)\s+(?:have|get|do|eat)|(?:is|are)\s+(?:doing|getting|having))))"
    r"\s+(?:the\s+)?$"
)  # fmt: skip


# Guests added in the message, then "they" for them: "2 more adults, and they want filet instead of
# shrimp", "adding 3 kids (7, 8, 10), they want chicken instead of shrimp": the swap is the added
# guests' (it swapped the whole party's)
_ADDED_THEY = re.compile(
    r"\b(?:\d{1,2}\s+(?:more|new|extra)|(?:adding|add|another|plus)\s+\d{1,2})\s+[^.!?\n]{0,50}?"
    r"(?:,|\band\b|\bbut\b)\s*(?:(?:and|but|so)\s+)?(?:they|those\s+(?:\d{1,2}\s+)?[a-z]+)\s+"
    r"(?:want|(?:would|'d)\s+(?:like|prefer)|prefer|(?:will|can|could)\s+(?:have|get|do|eat))"
    r"\s+(?:the\s+)?$"
)


# The verb first: "and switch the ladies to salmon instead of filet", "can we give my daughter
# chicken instead of filet": the same guests' swap (it swapped every portion: round q76f)
_NAMED_VERB_FIRST = re.compile(
    r"(?:^|(?<=[.!?\n,;])\s*)(?:(?:and|but|ok|okay|so|also|actually|oh|then|pls|please)[\s,]+){0,2}"
    r"(?:(?:can|could)\s+(?:we|you|u|ya)\s+(?:also\s+|just\s+)?)?"
    r"(?:switch|swap|change|move|put|bump|upgrade|give|get|make)\s+"
    r"(?:my|our|the|his|her|their)\s+(?:\d{1,2}\s+)?(?:\w+\s+)?" + WHO + r"(?:\s*\([^()]{0,30}\))?"
    r"\s+(?:(?:over\s+)?to|on(?:to)?|with)?\s*(?:the\s+)?$"
)


def named_swappers(text: str, start: int) -> Span | None:
    """The words naming some guests just before a swap starting at `start` ("my daughter wants
    chicken instead of filet", "2 more adults, and they want"), or None."""
    floor = max(0, start - 90)
    m = _NAMED_WANTS.search(text, floor, start) or _ADDED_THEY.search(text, floor, start)
    m = m or _NAMED_VERB_FIRST.search(text, floor, start)
    return (m.start(), start) if m else None
