"""A swap for a count of one age group: "4 of the kids want salmon instead of shrimp", "2 of the
adults would rather have filet". The count moves that many portions of the old protein (who of
the party eats them does not change the price) when the group holds as many; a count beyond the
group ("4 of the kids" when the order has 2 kids) is not applied and asked. The kids are those
6-12, who have portions: a kid 5 and under eats free and has none to swap. Read as a count of
the whole party, "4 of the kids" was priced for 4 with no flag (round q80c)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from orchestrator.reading.changes import Swap
from orchestrator.reading.guest_record import Guests
from orchestrator.reading.inquiry import Inquiry

PartialSwap = tuple[str, str, str | None, int | None]
Check = tuple[str, str]


def _fits(group: str, count: int, adults: int | None, kids: int | None) -> tuple[bool, str]:
    """Whether `count` guests fit in `group` as counted, and the check that asks when not."""
    size = adults if group == "adults" else kids
    if size is not None and 0 < count <= size:
        return True, ""
    held = "none counted" if not size else f"the order has {size}"
    return False, f"a swap for {count} of the {group}, but {held}: how many of each?"


def group_counts_read(
    merged: Inquiry, later: Inquiry, checks: tuple[Check, ...]
) -> tuple[Inquiry, tuple[Check, ...]]:
    """`later`'s swaps for some with a group's count ("4 of the kids") read against the adults and
    kids of `merged` (the order it corrects): a count that fits is a count of guests (group
    dropped), one that does not is left unapplied (no group, no count) and asked in `checks`."""
    out: list[PartialSwap] = []
    found: list[Check] = []
    for old, new, group, count in later.partial_swaps:
        if group is None or count is None:
            out.append((old, new, group, count))
            continue
        fits, check = _fits(group, count, merged.adults, merged.children)
        out.append((old, new, None, count if fits else None))
        found += [] if fits else [("partial", check)]
    return replace(later, partial_swaps=tuple(out)), checks + tuple(found)


def group_counted_swaps(
    swaps: Sequence[Swap], guests: Guests, checks: list[Check]
) -> tuple[list[Swap], list[Check]]:
    """The same for a message that counts its own party ("10 adults and 2 kids, chicken and
    shrimp, 4 of the kids want salmon instead of shrimp"); with no adults counted, unchanged (a
    follow-up's, read against the order in `group_counts_read`)."""
    out: list[Swap] = []
    checks = list(checks)
    adults, kids = guests.adults, guests.children or 0
    for w in swaps:
        if adults is None or not w.partial or w.group is None or w.count is None:
            out.append(w)
            continue
        fits, check = _fits(w.group, w.count, adults, kids)
        out.append(replace(w, group=None, count=w.count if fits else None))
        checks += [] if fits else [("partial", check)]
    return out, checks
