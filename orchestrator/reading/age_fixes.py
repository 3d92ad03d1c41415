"""Some of the kids' ages corrected after a quote: "sorry their boys are 8 and 3 not 8 and 6"
after kids of 10, 7, 8 and 6 (round q79j). The ages replaced ("not 8 and 6") are ages of the
order's kids, as many as the ages told anew, so the correction replaces those ages and the other
kids keep theirs: the follow-up reads as the whole list corrected ("the kids are 10, 7, 8 and 3,
not 10, 7, 8 and 6"), which the conversation applies as it does a whole list. Ages the order
does not have ("not 9" of kids 8 and 6), an age the order's bands cannot place, or a count
beside it are left as they were read, and asked."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.words import KID_WORDS, TODDLER_WORDS

_BANDS = ("toddlers", "children", "adults")
# the kids whose ages are corrected named by a kid word ("their boys are 8 and 3"): the kids the
# order counted, not a group left uncounted
_KID_GROUP = re.compile(
    r"did not understand '(?:"
    + "|".join(map(re.escape, (*KID_WORDS, *TODDLER_WORDS)))
    + r"|sons|daughters|twins)' \(a group not counted\)"
)


def _bands_by_age(ages: tuple[int, ...], counts: tuple[int, int, int]) -> dict[int, str] | None:
    """The band of each age of `ages` whose band counts (youngest band first) are `counts`: the
    youngest ages fill the youngest band (as the readers count them); None when the counts are
    not those of the ages, or one age falls in two bands (the bands' limits are not known here)."""
    if sum(counts) != len(ages):
        return None
    order = sorted(ages)
    bands = [b for b, n in zip(_BANDS, counts, strict=True) for _ in range(n)]
    found: dict[int, str] = {}
    for age, b in zip(order, bands, strict=True):
        if found.setdefault(age, b) != b:
            return None
    return found


def ages_fixed(state: Inquiry, later: Inquiry) -> Inquiry:
    """`later` as the whole list of the order's kids' ages corrected, when it corrects some of
    them ("their boys are 8 and 3 not 8 and 6"); otherwise `later` as it is."""
    was, told = later.was, later.kid_ages
    if not was or len(was) != len(told) or state.adults is None:
        return later
    if later.adults_said or later.changes or later.bare_total is not None or later.kids_more:
        return later  # a count beside the ages: read by its own rules
    ages = state.kid_ages
    if sorted(was) == sorted(ages) or Counter(was) - Counter(ages):
        return later  # the whole list (read as it is), or ages the order does not have
    had = (state.toddlers or 0, state.children or 0, state.aged_adults)
    now = (later.toddlers or 0, later.children or 0, later.aged_adults)
    old_bands, new_bands = _bands_by_age(ages, had), _bands_by_age(told, now)
    if old_bands is None or new_bands is None:
        return later
    counts = dict(zip(_BANDS, had, strict=True))
    for age in was:
        counts[old_bands[age]] -= 1
    for age in told:
        counts[new_bands[age]] += 1
    kept = list((Counter(ages) - Counter(was)).elements())
    return replace(
        later,
        children=counts["children"],
        toddlers=counts["toddlers"],
        aged_adults=counts["adults"],
        kid_ages=tuple(kept) + told,
        was=ages,
        checks=tuple(c for c in later.checks if not _KID_GROUP.fullmatch(c[1])),
    )
