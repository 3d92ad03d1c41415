"""A group counted in the first message beside people of no number ("18 cubs plus their parents
and siblings"), which the reading could not place, then the whole party counted in the answer to
our question ("ok so 18 cubs, theyre all 7 to 10. 14 parents. and 5 siblings, theyre 2, 4, 8, 11
and 15"): the answer's count is the order, and the earlier message's unplaced number, a part of
that party, is settled by it (round q86i, set 188 fz007). Only when the earlier message gave no
count of guests at all, the answer counts adults and kids with no doubt of its own, and the
unplaced number fits inside the answer's party."""

from __future__ import annotations

from collections.abc import Sequence

from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.reasons import unplaced

Check = tuple[str, str]
# the fields of a follow-up's own doubts about its count
_COUNT_FIELDS = frozenset({"guests", "kids", "message", "ages", "added", "change"})


def restated_settled(state: Inquiry, later: Inquiry, checks: Sequence[Check]) -> tuple[Check, ...]:
    """`checks` without the earlier message's unplaced group counts that `later`, a full count
    of the party answering our question, settles."""
    if (
        state.adults is not None
        or state.children is not None
        or state.toddlers is not None
        or not state.counted_groups
        or not (later.adults_said and later.kids_said)
        or any(field in _COUNT_FIELDS for field, _ in later.checks)
    ):
        return tuple(checks)
    party = (later.adults or 0) + (later.children or 0) + (later.toddlers or 0)
    settled = {("message", unplaced(n)) for n in range(1, party + 1)}
    return tuple(c for c in checks if c not in settled)
