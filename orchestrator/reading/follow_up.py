"""What a follow-up message says about a change of the guest count before it (`followups`): the
counts it adds or takes off, a new total, the ages it tells without their kids, and the spans the
guest reader must not count or reads rewritten."""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass
class FollowUp:
    """What a message says about a change of the count before it."""

    ages: list[int] = field(default_factory=list)  # a message of ages alone ("4, 8 and 11")
    age_range: tuple[int, int] | None = None  # every kid's age in a range ("all between 6 and 10")
    all_but: tuple[int, int, int] | None = None  # "all 6 except 2 who are 5": (6, 2, 5) (`split_ages`)
    halves: tuple[int, int] | None = None  # "half of them are 5, the other half 8": (5, 8)
    text: str = ""  # the text with one guest written as a count (`one_guest`), for every reader
    changes: list[tuple[int, str | None]] = field(default_factory=list)  # (+/-N, band or None)
    total: int | None = None  # a bare corrected count
    among: int | None = None  # kids of the earlier count: 0 "of them", N "of the N"
    hidden: list[Span] = field(default_factory=list)  # not counted by the guest reader
    moved: list[tuple[Span, str]] = field(default_factory=list)  # rewritten for it (same length)
    explained: list[Span] = field(default_factory=list)
    checks: list[tuple[str, str]] = field(default_factory=list)
    arriving: bool = False  # relations told by their ages who now come: added to the kids
    kin: frozenset[str] = frozenset()  # the relations named ("brother"), "me" in a list (`kin_said`)
