"""A bare "us" opening the writer's list of the party ("it'll be us, my in-laws, 4 couples from his
work and our 3 kids (13, 9, 4)" at "my husband's 45th"): the writer's couple, two adults, when the
writer's partner is named in the message and not again as an item of the list (round q85b, set
182 ft033); otherwise who "us" is stays to the coverage check, asked."""

from __future__ import annotations

import re

from orchestrator.reading.partners import PARTNER

# "it'll be us, my in-laws, 4 couples from his work and our 3 kids (13, 9, 4)": a bare "us" opening
# the list is the writer's couple when the writer's partner is named ("my husband's 45th") and
# not again as an item of the list (round q85b, 182 ft033); else who "us" is stays asked
US_BARE = re.compile(r"(?<=\bbe )(?P<writer>us)(?=\s*(?:,|&|\+|and\b|plus\b))")
_PARTNER_NAMED = re.compile(rf"\b(?:my|our)\s+{PARTNER}\b")
_PARTNER_ITEM = re.compile(rf"\b(?:my|our)\s+{PARTNER}\b(?!'s|s\b|’s)")


def us_couple(text: str) -> list[re.Match[str]]:
    """The bare "us" that opens a list of the party as the writer's couple (see `US_BARE`)."""
    if not _PARTNER_NAMED.search(text):
        return []
    found = []
    for m in US_BARE.finditer(text):
        end = re.search(r"[.!?\n]|\Z", text[m.end() :])
        if not _PARTNER_ITEM.search(text, m.end(), m.end() + (end.start() if end else 0)):
            found.append(m)
    return found
