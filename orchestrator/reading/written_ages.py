"""Kids' ages written in shorthand, rewritten as the bare list of ages the kids' reader places.
Every rewrite keeps the text's length (the spans read before it still hold):

- ages split by slashes right after a kid word ("3 kids 4/7/10", "kids r 4/7/10") or after
  "ages" ("2 kids, ages 3/8"): "4,7,10". A slash group is a date far more often than ages, so
  only there, never after "on" or a day ("sat 6/14", "on 7/4"), nor before a time ("6/14 at 5pm",
  "6/14 5-8pm"), nor with a part over 17; two parts only after "ages" or "are" ("kids 4/7" alone
  may be the 4th of July: left, asked);
- a unit after each age of a list after a kid word ("3 kids (2yo, 4yo, 7yo)", "2 kids 7yrs and
  11yrs"): the units blanked;
- "13 going on 14": the age now, when the next year's age is of the same price band; across a
  band's edge ("12 going on 13") it is left as written, and the numbers left unplaced are asked.
"""

from __future__ import annotations

import re

from orchestrator.catalog import Catalog
from orchestrator.reading.age_bands import band
from orchestrator.slashed_ages import KID_LEAD, ages_by_slashes

# A time or a range of hours right after a slash group: the group is the party's date
_TIME_AFTER = (
    r"\s*(?:@|at\b|from\b|-\s*\d|\d{1,2}(?::\d\d)?\s*(?:-\s*\d{1,2}(?::\d\d)?\s*)?(?:am|pm|a\.m|p\.m)"
    r"|noon|evening|night|morning|afternoon)"
)
_SLASHED = re.compile(
    rf"(?P<lead>{KID_LEAD})(?P<ages>\d{{1,2}}(?:/\d{{1,2}})+)(?![/\d])(?!{_TIME_AFTER})"
)
_UNIT = r"\s?(?:yo|y/o|y\.o\.|yrs?|years?)(?:[- ]?olds?)?\b"
_AGED = rf"\d{{1,2}}{_UNIT}"
_JOIN = r"\s*(?:,\s*(?:and|&)?|&|\band\b|\+)\s*"
_UNITS_LIST = re.compile(rf"(?P<lead>{KID_LEAD})(?P<ages>{_AGED}(?:{_JOIN}{_AGED})+)")
_ONE_UNIT = re.compile(rf"(?<=\d){_UNIT}")
# (not years of something else: "open 20 going on 21 years"; "14 going on 15 yrs old" is an age)
_GOING_ON = re.compile(r"\b(\d{1,2})\s+going\s+on\s+(\d{1,2})\b(?!\s*(?:years?|yrs?)\b(?!\s*old))")


def written_ages(norm: str, catalog: Catalog) -> str:
    """`norm` with kids' ages written by slashes, with a unit after each, or "N going on N+1"
    rewritten as bare ages of the same length; else unchanged."""
    if "/" in norm:
        norm = _SLASHED.sub(_slashed, norm)
    if any(unit in norm for unit in ("yo", "yr", "year")):
        norm = _UNITS_LIST.sub(_unitless, norm)
    if "going on" in norm:
        norm = _GOING_ON.sub(lambda m: _going_on(m, catalog), norm)
    return norm


def _slashed(m: re.Match[str]) -> str:
    """"4/7/10" as "4,7,10" when every part may be a kid's age and the lead allows its length."""
    parts = m.group("ages").split("/")
    if not ages_by_slashes(m.group("lead"), parts):
        return m.group(0)  # "kids 4/7": ages or the 4th of July; "kids 6/21": a date
    return m.group("lead") + ",".join(parts)


def _unitless(m: re.Match[str]) -> str:
    """The list with each age's unit blanked ("2yo, 4yo" as "2  , 4  ")."""
    return m.group("lead") + _ONE_UNIT.sub(lambda u: " " * len(u.group(0)), m.group("ages"))


def _going_on(m: re.Match[str], catalog: Catalog) -> str:
    """"13 going on 14" as "13" padded, when 14 is the next year and of the same band as 13."""
    now, next_year = int(m.group(1)), int(m.group(2))
    if next_year != now + 1 or band(now, catalog) != band(next_year, catalog):
        return m.group(0)
    return m.group(1) + " " * (len(m.group(0)) - len(m.group(1)))
