"""The last age of a list read as a count of the protein after it ("kids ages 3, 6, 8, 10, 13
chicken and shrimp for everyone"): which such numbers are ages, and which are asked."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.asks import ProteinAsk, with_

Span = tuple[int, int]


def ages_not_counts(
    text: str, asks: Sequence[ProteinAsk], lists: Sequence[tuple[Span, bool]]
) -> tuple[list[ProteinAsk], list[tuple[str, str]]]:
    """ "kids ages 3, 6, 8, 10, 13 chicken and shrimp for everyone": the last age of a list read as
    the count of the protein right after it. The number is an age when no other protein of the
    message is counted (the list reads on after a comma or "and", the protein is for everyone);
    joined by a space only, said as an extra or beside counted proteins it may be either, and is
    asked about; a list with as many ages as the kids counted ("3 kids ages 7 8 9 lobster") is
    ages all through. `lists`: (span, whether it fits the count). Returns the asks, the checks."""
    out, checks = list(asks), []
    for i, ask in enumerate(out):
        span = ask.count_span
        within = [fits for (s, e), fits in lists if span and s <= span[0] and span[1] <= e]
        if span is None or not within:
            continue
        joined = re.search(r"\d\s*(,|&|\band\b)?\s*$", text[: span[0]])
        either = (
            ask.extra
            or not (joined and joined.group(1))
            or any(a.portions is not None and a.count_span != span for a in out if a is not ask)
        )  # "ages 7, 9 2 lobster tails extra": joined by a space only, or beside counts
        if either and not within[0]:  # as many ages as kids: the number is the last of them
            checks.append(("proteins", f"is {ask.portions} a kid's age or a count of {ask.said}?"))
            continue
        out[i] = with_(ask, portions=None, count_span=None)
    return out, checks
