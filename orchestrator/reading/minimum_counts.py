"""The party's size said inside a question about the minimum ("is the minimum $550 even for 6? 6
adults chicken shrimp 95814", "does the $550 minimum apply if we're only 7? 7 adults ..."): the
size the question is about, said again as the order's count, is that count once, not a second
party; the quote answers the question, the minimum applying. A size the message does not say again
as people ("is the $550 minimum even for 6? 8 adults ...") stays for the safety net, and is asked.
The minimum's own amount said bare in the question ("is the minimum 550 even for 6?") is the
catalog's minimum named, no count; another amount there ("is the minimum 500?") stays asked."""

from __future__ import annotations

import re
from decimal import Decimal

from orchestrator.literal_gates import gated
from orchestrator.policy_questions import MINIMUM

Span = tuple[int, int]

# "the min" asked about with a word of its applying ("does the min apply", "is the min still")
_MIN_APPLIES = gated(re.compile(
    r"\b(?:the|your|ur|that)\s+min\s+(?:apply|applies|still|even|req\w*|charge)\b"
))  # fmt: skip
# the size the question is about ("even for 6", "if we're only 7", "if its just 5 of us")
_SIZE = gated(re.compile(
    r"\b(?:for|if\s+(?:we'?re|we are|were|it'?s|its|it is|there'?s|theres|there are|we have|"
    r"we only have|we'?ll be|we will be))\s+(?:(?:only|just)\s+)?(\d{1,2})"
    # the size ends the clause ("even for 6?", "if its just 5 of us, ..."): "for 2 hours" is none
    r"(?:\s+(?:of us|people|ppl|guests|persons|adults))?"
    r"(?=\s*(?:[?!;)]|[.,](?!\d)|$)|\s+(?:even|still|right|tho|though|lol|or)\b)"
))  # fmt: skip
# a stop ending the question ("." only before no digit: "$550.00" is one amount)
_STOP = re.compile(r"[!?;\n]|\.(?!\d)")
# the size said again as people, outside the question ("6 adults", "6 people")
_PEOPLE = r"\s+(?:adults|people|ppl|guests|persons|pax|of us|grown ?ups)\b"


def _questions(text: str) -> list[Span]:
    """The sentences of `text` asking about the minimum."""
    spans: list[Span] = []
    start = 0
    if not any(w in text for w in ("min", "small", "at least", "still")):
        return spans  # speed only: every question about the minimum has one of these
    for stop in [*_STOP.finditer(text), None]:
        end = stop.end() if stop else len(text)
        sentence = text[start:end]
        if MINIMUM.search(sentence) or _MIN_APPLIES.search(sentence):
            spans.append((start, end))
        start = end
    return spans


def minimum_counts(text: str) -> list[Span]:
    """Spans of the party sizes in normalized `text` said inside a question about the minimum
    and said again as people outside it."""
    spans = []
    for start, end in _questions(text):
        for m in _SIZE.finditer(text, start, end):
            again = re.compile(rf"(?<![\d$.,])\b{m.group(1)}{_PEOPLE}")
            if any(not start <= a.start() < end for a in again.finditer(text)):
                spans.append(m.span())
    return spans


def minimum_amounts(text: str, floor: Decimal) -> list[Span]:
    """Spans of the catalog's minimum `floor` said bare inside a question about the minimum in
    normalized `text` ("is the minimum 550 even for 6?")."""
    if floor % 1:
        return []
    amount = re.compile(rf"(?<![\w$.,]){int(floor)}(?:\.00)?(?![\w.,]\d|\w)")
    return [m.span() for start, end in _questions(text) for m in amount.finditer(text, start, end)]
