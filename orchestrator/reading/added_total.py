"""A guest count joined to another count by "and" or "plus" ("10 members and 10 guests", "me and
10 coworkers and 10 guests"): read as the party's size it matches the adults counted, and the
party would be priced at half its size with no doubt raised. Guests named beside members,
coworkers or adults are more people, not the same ones counted again, so a careful person asks
whether they come on top; "20 adults, 20 guests in all" says the size and stays read."""

from __future__ import annotations

import re

Span = tuple[int, int]

# right before the total's number: another count, a few words, then a word that adds
_JOINED = re.compile(
    r"\b\d{1,4}\s+(?:[a-z'-]+\s+){0,3}?[a-z'-]+\s*,?\s*(?:and|plus|\+|&|along with|as well as)\s*\Z"
)
# right after it: the size said ("20 guests in all"), so no addition
_WHOLE = re.compile(r"\s*(?:total|in total|in all|altogether|all together|overall|all in)\b")


def joined_totals(text: str, spans: list[Span]) -> list[str]:
    """The words of each total of normalized `text` (their `spans`, read by `totals.guest_totals`)
    that another count joins by a word that adds."""
    return [
        text[start:end]
        for start, end in spans
        if _JOINED.search(text, max(0, start - 60), start) and not _WHOLE.match(text, end)
    ]
