"""One age said of two little ones or kids with "both" ("2 babies (both 9 months old)", "2 kids,
both 9", "our twins (both 11 months)"): written as the age of each, the way the readers know a
pair's ages ("2 babies (9 months and 9 months old)", "2 kids (9 and 9)", "our twins (11
months)"), so the pair is counted once by its ages. Read as it was, "9 months old" after "both"
was one baby more (3 under 6 for "2 babies", round q84b). "Both" beside another count than 2 ("3
babies (both 10 months)") is left as written: its age is placed nowhere and asked."""

from __future__ import annotations

import re

# The pair: "2 babies", "our 2 boys", "2 little ones", or twins (always two)
_PAIR = re.compile(
    r"\b(?:(?P<two>2)\s+(?:(?:little|baby|young|small)\s+)?"
    r"(?:babies|infants|toddlers|kids|children|little ones|boys|girls|sons|daughters|grandkids|"
    r"grandchildren|grandsons|granddaughters|nephews|nieces)(?P<open>\s*\(\s*|\s*[,:-]\s*)"
    # (the twins only in their own bracket: "our twins (both 11 months)"; "the twins are both 3"
    # and "2 toddlers (our twins, both 3)" are read as they are)
    r"|(?P<twins>twins)\s*\(\s*)"
    # the age of both: in a bracket, or after a comma or a dash ("2 babies, both 10 months old")
    r"(?:(?:they'?re|they\s+are)\s+)?both\s+(?:aged?\s+)?"
    r"(?P<age>\d{1,2})(?P<unit>\s*(?:months?|mos?|years?|yrs?|yo|y/o))?(?P<old>[- ]?old)?"
    r"(?P<close>\s*\))?(?!\s*(?:-|to|and|&|,)\s*\d)"
)


def _each(m: re.Match[str]) -> str:
    """The pair of `m` with the age written once for each of the two (the twins' once: theirs)."""
    head = m.group("twins") or m.string[m.start() : m.start("open")]
    age, unit, old = m.group("age"), (m.group("unit") or "").strip(), m.group("old") or ""
    if m.group("twins"):
        ages = f"{age} {unit}".strip()
    elif unit.startswith("mo"):  # "9 months and 9 months": each an age in months
        ages = f"{age} {unit} and {age} {unit}"
    else:  # "9 and 9 years": the list's unit after its last age
        ages = f"{age} and {age} {unit}".strip()
    return f"{head} ({ages}{old})"


def both_ages(text: str) -> str:
    """`text` (lower case, digits) with one age said of a pair with "both" written for each."""
    if "both" not in text:
        return text  # speed
    return _PAIR.sub(_each, text)
