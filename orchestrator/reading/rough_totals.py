"""A new total told roughly in a follow-up ("hey its probably gonna be around 14 now", "we're
about 18 now", "prob around 25 now", "final count is around 30"): the count moves, but to no
number a quote can state. The follow-up reader takes it as the new total with a check, so the
draft asks how many exactly instead of reading the message as no order at all (or as a
greeting)."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

# Who or what the count is before the hedge: "its", "we're", "headcount is", "looks like"
_SUBJECT = (
    r"(?:(?:it'?s|its|it is|we'?re|we are|were|we'?ll be|we will be|it'?ll be|it will be|"
    r"(?:head\s*)?count is|total is|looks like)\s+)?"
)
# The words before the number: at least one of them a hedge (checked in `rough_total`)
_BEFORE = (
    r"(?:(?:probably|prob|prolly|likely|maybe|possibly|gonna be|going to be|looking like|"
    r"more like|about|around|approx\.?|approximately|roughly|like|~)\s*){1,4}"
)
_HEDGES = re.compile(
    r"\b(?:probably|prob|prolly|likely|maybe|possibly|about|around|approx|approximately|roughly|"
    r"like)\b|~"
)
# "now" after the number says it is the party's new count ("around 14 now"), not a time or a size
ROUGH_TOTAL = gated(re.compile(
    r"(?:^|[.!?\n]\s*|,\s*)(?:(?:hey|hi|so|ok|okay|oh|update|quick update|fyi|btw|also|and|"
    r"actually|hmm)\W+)*"
    rf"{_SUBJECT}({_BEFORE})(\d{{1,3}})(?:\s*-?ish|\s+or so)?"
    r"(?:\s+(?:people|guests|ppl|of us|total|adults))?\s+now\b(?=\s*(?:$|[.!?,\n]))"
))  # fmt: skip

# "final count is around 30, same food": a count named final needs no "now" to be the new one
ROUGH_FINAL = re.compile(
    r"(?:^|[.!?\n]\s*|,\s*)(?:(?:hey|hi|so|ok|okay|oh|update|fyi|btw|also|and|actually)\W+)*"
    r"(?:the\s+|our\s+)?final\s+(?:head\s*|guest\s*)?(?:count|numbers?|headcount|tally)\s*"
    rf"(?:is|will be|:|-|=)?\s*({_BEFORE})(\d{{1,3}})(?:\s*-?ish|\s+or so)?"
    r"(?:\s+(?:people|guests|ppl|of us|total|adults))?(?=\s*(?:$|[.!?,\n]))"
)


def rough_total(text: str) -> tuple[int, str, tuple[int, int]] | None:
    """The rough new total in normalized `text`: (number, the words said, span), or None."""
    for m in (*ROUGH_TOTAL.finditer(text), *ROUGH_FINAL.finditer(text)):
        if _HEDGES.search(m.group(1)) and int(m.group(2)) >= 2:
            said = text[m.start(1) : m.end(2)].strip()
            return int(m.group(2)), said, m.span()
    return None
