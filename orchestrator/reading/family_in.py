"""A household named by its family name that joins, told with its own count of grown-ups: "the
Hendersons from #12 want in, theyre 3 adults, so add 3", "the Garcia family can come, they're 4
adults". They are that many adults added to the order before (never a new total of 3), the
request after them ("so add 3") the same addition said twice; when the two differ ("theyre 3
adults, so add 4") the count is asked. Where the household lives ("from #12", "from next door")
is no count. Split from `followups` by size."""

from __future__ import annotations

import re

Span = tuple[int, int]

_FAMILY_IN = re.compile(
    # "the Hendersons", "the Garcia family" (kids' words are not a household's name)
    r"\bthe\s+(?!(?:kids|boys|girls|twins|babies|grandkids|little|littles|teens)\b)"
    r"(?:[a-z]+\s+famil(?:y|ies)|[a-z]{3,}s)\b"
    r"(?:\s+(?:from|at|next door|across the street|down the street)\b[^,.!?\n]{0,20}?)?"
    r"\s+(?:want in|wants in|are coming|r coming|are joining|can come|can make it|want to come|"
    r"wanna come|are in|r in)\b(?:\s+(?:too|as well|after all))?\s*[,.!;:-]*\s*"
    r"(?:they'?re|they are|they r|that'?s|thats)\s+(\d{1,2})\s+(?:adults|grown-?ups)\b"
    r"(?:\s*[,.!;-]*\s*(?:so\s+)?(?:(?:please|pls|plz)\s+)?add\s+(\d{1,2})\b"
    r"(?!\s*(?:more\s+)?(?:kids?|children|little|toddlers?|babies)\b))?"
)


def family_joins(text: str) -> list[tuple[int, Span, str | None]]:
    """The households of normalized `text` that join with their count of adults: (adults, span,
    a check when the request after them says another number)."""
    if "the " not in text or "adult" not in text and "grown" not in text:
        return []  # speed
    found: list[tuple[int, Span, str | None]] = []
    for m in _FAMILY_IN.finditer(text):
        told, asked = int(m.group(1)), m.group(2)
        why = None if asked is None or int(asked) == told else (
            f"{told} adults joining, but add {asked}: how many?"
        )
        found.append((told, m.span(), why))
    return found
