"""Ages told after the kids were counted by band ("Children (6-12): 2\nChildren 5 & under: 1 ...
Message: The kids are 8 and 10 and the baby is 2", "2 kids 6-12 and 1 under 6, ages 8, 10 and
2"): ages that fit the counted bands one for one describe the same kids, who are not counted
again (round q82k: a form's counted kids were counted twice, 4 and 2). Ages that do not fit the
counts are asked about: the same kids miscounted, or more kids?"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from orchestrator.catalog import Catalog
from orchestrator.reading.age_bands import band


class _Mention(Protocol):
    count: int | None
    ages: list[int]
    band: str | None
    toddlers_form: int


_BANDS = {"children": "6-12", "toddlers": "5 and under"}


def _counted(before: Sequence[_Mention]) -> Counter[str] | None:
    """The kids counted by band in `before`; None unless every mention is a count with its band
    and no ages (a form's fields, "2 kids 6-12 and 1 under 6")."""
    counted: Counter[str] = Counter()
    for k in before:
        if k.ages or (k.count is None and not k.toddlers_form):
            return None
        if k.toddlers_form:
            counted["toddlers"] += k.toddlers_form
            continue
        if k.band not in ("children", "toddlers") or k.count is None:
            return None
        counted[k.band] += k.count  # "Children 5 & under: 0": a field of none
    return +counted or None


def ages_of_counted(
    before: Sequence[_Mention], k: _Mention, catalog: Catalog
) -> tuple[bool, str | None]:
    """Whether ages-only mention `k` describes the kids `before` counted by band (not counted
    again), and the check when they do not fit those counts."""
    if k.count is not None or not k.ages or k.band or k.toddlers_form:
        return False, None
    counted = _counted(before)
    if counted is None:
        return False, None
    told = Counter(band(age, catalog) for age in k.ages)
    if told == counted:
        return True, None
    ages = ", ".join(map(str, k.ages))
    kids = " and ".join(
        f"{n} {'kid' if n == 1 else 'kids'} {_BANDS[b]}" for b, n in sorted(counted.items())
    )
    return True, f"ages {ages} told for the {kids} counted: which kids, how many?"
