"""A group of no number the first message listed beside people counted ("18 cubs (all 7-10), 5
den leaders + parents"), flagged, then counted by a later message with the same word ("14
parents", the answer to our question): the group's count is added to the adults counted before
(5 + 14 = 19), never put in their place (set 183 fu031 read 14: round q85e). A later count of
another word, one that adds kids too, or one said as an addition is left to the other readers."""

from __future__ import annotations

from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.reasons import quoted

# the groups whose word a later count names: grown-ups of the kids counted
_GROUPS = frozenset({"parents", "moms", "dads", "chaperones", "coaches", "leaders"})


def group_answered(state: Inquiry, later: Inquiry) -> int:
    """The adults `later` adds by counting a grown-ups' group `state` named with no number
    (its count), else 0."""
    if not later.adults or later.kids_said or later.adults_added or state.adults is None:
        return 0
    asked = {quoted(why).split()[-1] for field, why in state.checks if field == "guests" and quoted(why)}
    answered = asked & later.counted_groups & _GROUPS
    return later.adults if len(answered) == 1 else 0


def groups_left(state: Inquiry, later: Inquiry) -> list[tuple[str, str]]:
    """A check when `later` counts one grown-ups' group `state` named with no number ("10
    parents") but leaves another of those groups unanswered ("plus parents and siblings": how
    many siblings, how old?). Pricing the one answered as the whole party states a total short
    of it (round q86r)."""
    if not group_answered(state, later):
        return []
    asked = {quoted(why).split()[-1] for field, why in state.checks if field == "guests" and quoted(why)}
    left = sorted(asked - later.counted_groups - _GROUPS)
    why = "named before and not counted: how many, and how old?"
    return [("guests", f"'{word}' {why}") for word in left]
