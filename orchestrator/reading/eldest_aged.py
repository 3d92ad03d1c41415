"""A kid of the writer's list named by their place among the siblings, their age told right after
("our oldest, who's 14", "and our youngest who is 3", "our oldest, who's a freshman at Franklin
High", the grade rewritten as "a 14yr old" by `grade_ages`): one guest of that age, written as
"our 14 yr old" (same length, so every span after it still holds), which the list and the
year-olds' reader count (round q84l). The school named after the age ("at Franklin High") says
where the kid goes, no guest. Anything else after the age is left as written, and asked."""

from __future__ import annotations

import re

_ELDEST = re.compile(
    r"\b(?P<own>our|my|their|his|her)\s+(?:oldest|eldest|youngest|middle\s+one|middle\s+child)\s*,?\s+"
    r"who(?:'s|’s|\s+is)\s+(?:a\s+)?(?P<age>\d{1,2})(?:\s*(?:yrs?|years?)[- ]?old)?"
    # "at franklin high", "at lincoln elementary": the kid's school, no guest
    r"(?:\s+(?:at|in)\s+(?:[a-z.'-]+\s+){1,3}?(?:high|elementary|middle|school|academy|prep)(?:\s+school)?)?"
    r"(?=\s*(?:,|&|\+|and\b|plus\b|[.!?\n]|$))"
)


def eldest_aged(text: str) -> str:
    """Normalized `text` with "our oldest, who's 14" written "our 14 yr old", same length."""
    if "who" not in text:
        return text  # speed
    return _ELDEST.sub(_written, text)


def _written(m: re.Match[str]) -> str:
    said = f"{m.group('own')} {m.group('age')} yr old"
    return said.ljust(len(m.group(0))) if len(said) <= len(m.group(0)) else m.group(0)
