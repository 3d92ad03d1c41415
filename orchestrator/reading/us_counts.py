"""A number right after "us" or "we" and right before a protein: "6 couples + us 3 😊 salmon and
ny strip". The number is the writer's side counted ("us 3": three of us), not a portion count of
the protein after it, but how it joins the rest of the count is not certain ("us 3" is no couple),
so the order asks. The pair named beside couples ("6 couples + us 2 😊 salmon ...") is read
before this as the writer's couple and is not seen here (round q83q)."""

from __future__ import annotations

import re

# "us 3  salmon" (an emoji blanked between), "we 4 chicken": the number between the writer's side
# and a protein word
_US_NUMBER_FOOD = re.compile(
    r"\b(?:us|we)\s+(\d{1,2})\b[ \t]*(?:[,:\-]\s*)?"
    r"(?=(?:chicken|shrimp|salmon|scallops?|tofu|veg\w*|filet|ny\s+strip|strip|steak|lobster)\b)"
)


def us_number_checks(text: str) -> list[tuple[str, str]]:
    """A ("guests", reason) check for each number after "us"/"we" that a protein word follows in
    normalized `text`: how many are "us", and are they beside the rest?"""
    return [
        ("guests", f"a number after 'us' before the proteins ('{m.group(0).strip()}'): how many guests?")
        for m in _US_NUMBER_FOOD.finditer(text)
    ]
