"""The proteins left to the business ("whatever's most popular for the proteins lol", "chef's
choice on the meats", "you guys pick the proteins", "surprise us"): no choice is made, so none
is priced as if it were. The message is asked which proteins, never quoted with none or with a
guess (round q82i)."""

from __future__ import annotations

import re

# The choice handed over: in words that only fit the food, or beside a word of the food
_FOOD_ONLY = (
    r"whatever(?:'?s|\s+is)?\s+(?:the\s+)?(?:most\s+)?popular|(?:the\s+)?most\s+popular\s+(?:ones?|"
    r"proteins?|meats?|combo|choices?|options?)|(?:your|the)\s+(?:most\s+)?popular\s+(?:ones?|"
    r"proteins?|meats?|combo)|chef'?s\s+(?:choice|pick|call)|chefs\s+(?:choice|pick)|"
    r"dealer'?s\s+choice|dealers\s+choice|surprise\s+(?:us|me)\b(?!\s+with\s+a)|omakase"
)
_HANDED = (
    r"(?:you|u|ya|y'?all|you guys|u guys|the chef)\s+(?:can\s+|could\s+|just\s+)?(?:pick|choose|decide)"
    r"|up\s+to\s+(?:you|u|the chef)|(?:your|ur)\s+(?:call|choice|pick)"
    r"|whatever\s+(?:you|u|y'?all)(?:\s+guys)?\s+(?:recommend|suggest|think|like|want|prefer)|whatever(?:'?s|\s+is)?\s+best"
    r"|(?:what|whatever)\s+(?:do\s+)?(?:you|u)\s+recommend|dont\s+care|don'?t\s+care|no\s+preference"
    r"|whatever\s+works|(?:any|either)\s+(?:is|are)\s+fine"
)
_FOOD_WORD = r"proteins?|meats?|food|menu|entrees?|mains?|dishes"
_LEFT = re.compile(
    rf"\b(?:{_FOOD_ONLY})"
    rf"|\b(?:{_HANDED})\b[^.!?\n]{{0,25}}?\b(?:{_FOOD_WORD})\b"
    rf"|\b(?:{_FOOD_WORD})\b[^.!?\n\d]{{0,25}}?\b(?:{_HANDED})\b"
)


def left_to_us(text: str) -> list[tuple[str, str]]:
    """A check when the normalized `text` leaves the choice of the proteins to the business."""
    m = _LEFT.search(text)
    return [("proteins", f"'{m.group(0)}': no proteins chosen: which two?")] if m else []
