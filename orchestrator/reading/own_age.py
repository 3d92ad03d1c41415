"""A relation told with its own age in a follow-up ("the baby who is 1"), not the ages of the kids
counted beside it. Split from `followups` by size."""

from __future__ import annotations

import re

# "the baby", "our baby" right before the kid word: one of an age told with it, no count
_ONE_OWN = re.compile(r"\b(?:the|my|our|his|her|their)\s+\Z")


def own_age(text: str, m: re.Match[str]) -> bool:
    """ "the baby who is 1" outside a bracket of ages: one relation told with its own age ("3 kids
    (10, 7 and the baby who is 1)" is an item of the kids' list, read with it)."""
    inside = text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start())
    own = _ONE_OWN.search(text, max(0, m.start() - 12), m.start())
    return bool(own) and not inside and m.group(1).lstrip().startswith("who")
