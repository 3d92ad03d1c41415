"""Kids who join in a later message with a protein the order already gives them (round q85h):
"oh and we'll have 3 kids too, ages 4 6 and 9, they just want chicken" after chicken and filet
for 10 adults gives the kids chicken (one each) and leaves the adults' order as it was; "my
sister's 2 boys can come too! they're 7 and 9. they'll have chicken like the other kids" after
"chicken for the kids" is the kids' chicken the order has. A protein the order does not have
("they want lobster") stays with the readers after it: for the kids, or for everyone?"""

from __future__ import annotations

from dataclasses import replace

from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.later_merge import Merge
from orchestrator.reading.replacements import plain


def _kids(order_kids: int | None, order_toddlers: int | None) -> int:
    return (order_kids or 0) + (order_toddlers or 0)


def _kids_own(proteins: tuple[ProteinAsk, ...]) -> set[str]:
    """The proteins the order gives the kids: theirs by group, else everyone's plain ones."""
    theirs = {a.protein for a in proteins if a.group == "kids" and a.portions is None}
    if theirs:
        return theirs
    if all(plain(a) for a in proteins):
        return {a.protein for a in proteins}
    return set()


def joining_kids_choice(m: Merge) -> bool:
    """Apply the joining kids' choice when it is a protein the order already gives kids (True when
    applied); the adults' proteins and the counts stay as the merge read them."""
    later, state, merged = m.later, m.state, m.merged
    if not later.kids_said or later.adults_said or later.removed or not later.proteins:
        return False
    if _kids(merged.children, merged.toddlers) <= _kids(state.children, state.toddlers):
        return False  # no kids more: a choice for those counted before is another reading's
    if not all(plain(b) or b.group == "kids" and b.portions is None for b in later.proteins):
        return False
    named = {b.protein for b in later.proteins}
    own = _kids_own(merged.proteins)
    if not named or not named <= own:
        return False
    if any(a.group == "kids" for a in merged.proteins):
        if named != own:  # "they'll have chicken" when the kids have chicken and shrimp: which?
            return False
        m.dropped |= {"proteins"}  # the kids' protein covers the kids who join
        return True
    # everyone's proteins before: the adults keep them, the kids have what is named (one each)
    adults = tuple(replace(a, group="adults") for a in merged.proteins)
    kids = tuple(replace(b, group="kids") for b in later.proteins)
    m.merged = replace(merged, proteins=adults + kids)
    m.dropped |= {"proteins"}
    return True
