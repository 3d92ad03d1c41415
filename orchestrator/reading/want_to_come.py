"""Kids of a clear number said to want to come ("my sister's 2 boys want to come, they're 7 and
12", "her 3 kids would like to come too"): wanting to come, said of counted kids, is their coming
along, and is written "are coming too" for the readers of kids who come (`coming_too`) and of kids
who join an order. Only a count right before a word for kids: "the kids want to come" (the kids
counted before?) and grown-ups who want to come are left as written (asked)."""

from __future__ import annotations

import re

from orchestrator.reading.alternation import alternation

# words for kids a count names ("2 boys", "3 little ones"), as the guest reader knows them
_KIDS = ("kids", "children", "kiddos", "little ones", "littles", "boys", "girls", "grandkids",
         "nephews", "nieces")  # fmt: skip
_WANT = re.compile(
    rf"\b(\d{{1,2}}\s+(?:little\s+|young\s+)?(?:{alternation(_KIDS)}))\s+"
    r"(?:want|wanna|would like|would love|'d like|'d love|also want)\s+(?:to\s+)?come"
    r"(?:\s+along)?(?:\s+too)?\b"
)


def want_to_come(text: str) -> str:
    """Normalized `text` with "N kids want to come" written "N kids are coming too"."""
    if "come" not in text:
        return text  # speed
    return _WANT.sub(r"\1 are coming too", text)
