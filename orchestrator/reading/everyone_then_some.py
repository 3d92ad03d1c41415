"""A choice for everyone, then in its own clause a count of some guests or of extras for someone
("everyone gets chicken + shrimp, but 3 people would rather have lobster than shrimp", "Everyone
gets filet, plus 2 extra filets for the retiree and his wife", "everyone gets chicken + shrimp,
plus 2 extra lobster tails on top for the birthday girl").

The number after "everyone gets" is then not a per-person amount ("everyone gets 2 shrimp"): it
counts the guests of a swap or the extras for someone, which their own readers place (and the net
asks about when they do not). Only the proteins and their joins may stand between "everyone gets"
and the clause that opens with "plus", "but" or "except"; "everyone gets chicken, plus 2 shrimp"
(2 each?) names no one after the count and stays asked."""

from __future__ import annotations

import re

# the choice for everyone (proteins and joins, checked by the caller), then the clause of the count
_THEN_SOME = re.compile(
    r"\s+(?:gets?|wants?|getting|having|will\s+have|would\s+like)\s+(?P<choice>[^.;!?\n\d]{1,40}?)\s*,?\s+(?:plus|but|except(?:\s+that)?)\s+(?P<n>\d{1,2})\s+"
    r"(?:(?:people|guests|adults|ppl|persons|of\s+(?:them|us|those|these))\b"
    # "2 extra filets for the retiree", "2 extra lobster tails on top for the birthday girl"
    r"|extra\s+[a-z]+(?:\s+[a-z]+)?\s+(?:on\s+top\s+)?for\s+(?:the|my|his|her|our)\b)"
)
# the joins between proteins in the choice for everyone
_JOINS = re.compile(r"\s*(?:,|&|\+|/|\band\b|\bn\b)\s*")


def count_for_some(text: str, end: int, protein_word: re.Pattern[str]) -> bool:
    """Whether the number after the "everyone gets" ending at `end` in normalized `text` counts
    some guests or extras for someone in a clause of its own, after a choice of proteins alone."""
    m = _THEN_SOME.match(text, end)
    if m is None:
        return False
    rest = _JOINS.sub(" ", protein_word.sub(" ", m.group("choice"))).strip()
    return rest == ""  # nothing but proteins: "everyone gets filet", no amount between
