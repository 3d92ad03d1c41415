"""The pronoun heading a guest list of their friends whose ages are told for all of them ("its him
+ 5 of his friends (all 8)", "her and 7 of her classmates, all 9-10"): "all" closes the list he
heads, so he is that age too, a kid when every age told lies well inside the kids' band. At its
edge the person may be a year out of it ("her + 8 friends (all 6-7)": is she 5, free?), so that
stays asked."""

from __future__ import annotations

import re

from orchestrator.catalog import Catalog

Span = tuple[int, int]

# "(all 8)", ", all 9-10", "(all age 8)", "(all 8 yrs old)", "(they're all 9)": the ages of all
_ALL_AGES = re.compile(
    r"\s*(?:\(|,|-)?\s*(?:they'?re\s+|theyre\s+|they\s+are\s+)?all\s+(?:(?:aged?|ages)\s+)?"
    r"(\d{1,2})(?:\s*(?:-|to)\s*(\d{1,2}))?(?:\s*(?:yrs?|years?)(?:\s*old)?|\s*yo)?\s*(?:\)|\b)"
)


def peers_band(text: str, group: Span, catalog: Catalog) -> str | None:
    """"children" when the group at `group` is told all of an age well inside the kids' band
    right after its words (within the group's span or just past it); else None."""
    m = _ALL_AGES.match(text, group[1]) or _ALL_AGES.search(text, group[0], group[1])
    if m is None:
        return None
    low = int(m.group(1))
    high = int(m.group(2)) if m.group(2) else low
    least, most = catalog.guests.toddler_max_age + 1, catalog.guests.child_max_age
    return "children" if least < low <= high < most else None
