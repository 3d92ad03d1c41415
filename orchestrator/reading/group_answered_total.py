"""Our question about a group of no number answered with its count and the new total (round q86l,
set 188 fz013): "5 of the husbands, so 17 adults total" after "12 of us teachers and some of our
husbands want to come too" and our "How many of the husbands are coming?". The 5 are the
husbands named before, the 17 the 12 and the 5: the total is the order's, and the two counts it
is made of (the first message's 12, left unplaced beside the group of no number, and the answer's
5) are placed by it. When the counts do not make the total ("4 of the husbands so 15 adults"
after 10), or the group is not the one named before, the numbers stay unplaced and asked."""

from __future__ import annotations

import re
from dataclasses import replace

from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.later_merge import Merge
from orchestrator.reading.reasons import unplaced

# "5 of the husbands, so 17 adults total", "6 husbands so 16 total", "4 of the wives - 14 in all"
_ANSWER = re.compile(
    r"^\W*(\d{1,2})\s+(?:of\s+(?:the|our|my|them|those)\s+)?([a-z]+s)\b\s*[,.;:-]*\s*"
    r"(?:so\s+)?(?:that's\s+|thats\s+|its\s+|it's\s+|we're\s+|were\s+)?(\d{1,3})\s+"
    r"(?:(?:adults|people|ppl|guests|of us)\s+)?(?:total|in all|altogether|all together)\b"
)


def group_answer(text: str) -> tuple[int, str, int] | None:
    """(the group's count, its word, the total) of a follow-up `text` as written that opens with
    a group's count and the total it makes ("5 of the husbands, so 17 adults total"), or None."""
    m = _ANSWER.search(text.lower())
    return (int(m[1]), m[2], int(m[3])) if m else None


def _named_group(state: Inquiry, word: str) -> bool:
    """Whether `state` named a group by `word` and left it uncounted ("some of our husbands")."""
    return any(n.words.split()[-1] == word for n in state.named if n.words.split())


def group_total_placed(m: Merge) -> None:
    """The numbers of the order's first count and the group's answer placed, when the answer's
    total is the order's count (already read as the adults) and the first count and the group's
    make it; left as they are otherwise."""
    if m.later.group_answer is None:
        return
    count, word, total = m.later.group_answer
    said = m.later.adults if m.later.adults_said else m.later.bare_total
    if said != total or m.merged.adults != total or m.merged.children or m.merged.toddlers:
        return
    if not _named_group(m.state, word):
        return
    # the first count: read as the adults ("10 of us ladies"), or left unplaced ("12 of us
    # teachers") with no adults read
    first = [c for c in m.state.checks if c[0] == "message" and c[1] == unplaced(total - count)]
    if m.state.adults != total - count and (len(first) != 1 or m.state.adults is not None):
        return
    placed = {unplaced(total - count), unplaced(count)}
    m.merged = replace(m.merged, checks=tuple(c for c in m.merged.checks if c[1] not in placed))
    m.checks = tuple(c for c in m.checks if c[1] not in placed)
