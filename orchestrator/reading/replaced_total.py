"""A follow-up's new count of adults said in place of the quoted one, with who the added are told
as people of no number: "We're now 24 adults instead of 20 - my brothers are bringing their wives
after all" (round q85n, blind 184 fv023). The count it replaces is the order's, so the new count
is the total; the people named are why it grew, each a group of two or more ("their wives", "my
cousins"), and the growth has room for them all. Asked as before when the count replaced is not
the order's, when kids are in either, when anyone named has a number ("my 3 cousins": whether 3
more make it is another reader's), or when the growth is smaller than they can be."""

from __future__ import annotations

import re

from orchestrator.reading.inquiry import Inquiry

# a grown group of no number, plural: someone's partners or relations who are always grown
_GROWN_PLURAL = re.compile(
    r"(?:their|our|my|his|her)\s+(?:wives|husbands|spouses|partners|girlfriends|boyfriends|gfs|bfs|"
    r"dates|fiances|fiancees|in-laws|aunts|uncles|coworkers|co-workers|neighbors|neighbours)"
)


def replaced_total(before: Inquiry, later: Inquiry) -> bool:
    """Whether `later`'s adults are the new total in place of `before`'s ("24 adults instead of
    20"), the people it names (`later.named`, no number) the grown-ups who make the difference."""
    if not (before.adults and later.adults_said and later.adults and later.was == (before.adults,)):
        return False
    if later.kids_said or before.children or before.toddlers or later.adults_added or later.changes:
        return False
    named = [n for n in later.named if not n.group]
    if not named or any(n.guests is not None or not _GROWN_PLURAL.fullmatch(n.words) for n in named):
        return False
    return later.adults - before.adults >= 2 * len(named)
