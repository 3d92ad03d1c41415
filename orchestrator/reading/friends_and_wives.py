"""A grown one with some of their friends and the friends' partners, the sum said right after:
"my grandpa + 5 of his navy buddies and their wives, so 12 adults", "my dad + 4 of his golf
buddies and their wives, so 10 adults" (round q86a). The friends have a spouse each, so they
are grown; "their wives" may or may not hold the grown one's own partner, so the parts make
1 + 2N or 2 + 2N, and a sum said that is one of them settles it. A sum that is neither ("my uncle
+ 3 of his army buddies and their wives, so 9 adults") is left to the net, which asks."""

from __future__ import annotations

import re

Span = tuple[int, int]

# The grown one: a relation or a role no child holds
_GROWN_ONE = (
    r"(?:grandpa|grandma|grandfather|grandmother|gramps|granny|nana|papa|dad|mom|father|mother|"
    r"husband|hubby|wife|uncle|aunt|auntie|boss)"
)
_FRIENDS_AND_PARTNERS = re.compile(
    rf"\b(?:my|our)\s+{_GROWN_ONE}\s*(?:\+|&|\band\b|\bplus\b|\bwith\b)\s*"
    # "5 of his navy buddies", "4 of her church friends": one or two words of which friends
    r"(?P<friends>\d{1,2})\s+of\s+(?:his|her|their)\s+(?:[a-z'-]+\s+){0,2}?[a-z'-]+s\s*"
    r"(?:\+|&|\band\b|\bplus\b|\bwith\b)\s*(?:all\s+)?their\s+(?:wives|husbands|spouses)\s*"
    r"[,-]?\s*(?:so|that's|thats|which\s+makes|making|=)\s+(?:it's\s+|its\s+|that's\s+|we're\s+)?"
    r"(?=(?P<total>\d{1,3})\s+(?:adults|grown-?ups)\b)"
)


def friends_and_partners(text: str) -> list[Span]:
    """Spans of normalized `text` naming a grown one, some of their friends and the friends'
    partners before a sum of adults the parts make (1 + 2N or 2 + 2N): explained by the sum."""
    spans = []
    for m in _FRIENDS_AND_PARTNERS.finditer(text):
        friends, total = int(m.group("friends")), int(m.group("total"))
        if total in (1 + 2 * friends, 2 + 2 * friends):
            spans.append((m.start(), m.end()))
    return spans
