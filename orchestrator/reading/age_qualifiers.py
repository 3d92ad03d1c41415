"""Ages told beside a count rather than in it: a form field's age band ("Children (6-12): 3",
"Kids under 6: 1", "5 & under") and the ages told with a toddler count ("2 toddlers (2 and 4
yrs)"), each checked against the catalog's price bands."""

from __future__ import annotations

import re

from orchestrator.catalog import Catalog
from orchestrator.reading.age_bands import band

_RANGE = re.compile(r"(\d{1,2})\s*(?:-|to)\s*(\d{1,2})\b")
_AND_UNDER = re.compile(r"(\d{1,2})\s*(?:&|and|or)\s*(?:under|younger|below)\b")
_UNDER = re.compile(r"\b(?:under|below|younger than)\s+(\d{1,2})\b")


def qualifier_band(qualifier: str, catalog: Catalog) -> tuple[str | None, str | None]:
    """The band a form field's qualifier names ("6-12", "ages 6 to 12", "5 & under", "under 6"),
    and a check when it spans two bands; (None, None) when it names no ages."""
    if r := _RANGE.search(qualifier):
        low, high = int(r.group(1)), int(r.group(2))
        if low > high:
            return None, None
        if band(low, catalog) != band(high, catalog):
            return "children", f"kids' ages {low} to {high} span two price bands"
        return band(low, catalog), None
    under = _AND_UNDER.search(qualifier)
    below = _UNDER.search(qualifier)
    if under or below:
        top = int(under.group(1)) if under else int(below.group(1)) - 1 if below else 0
        if top <= catalog.guests.toddler_max_age:
            return "toddlers", None
        return "children", f"kids {top} and under may include free kids 5 and under"
    return None, None


def toddler_ages_check(count: int, ages: str, catalog: Catalog) -> str | None:
    """A check when the ages told with a toddler count do not fit it ("2 toddlers (2 and 7)")."""
    told = [int(n) for n in re.findall(r"\d+", ages)]
    if any(band(a, catalog) != "toddlers" for a in told):
        return f"toddlers said to be {', '.join(map(str, told))}: 5 and under is free"
    if len(told) > 1 and len(told) != count:
        return f"{count} toddlers but {len(told)} ages given"
    return None
