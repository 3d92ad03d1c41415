"""Food named in a question of what the dinner comes with ("does the dinner come with veggies?
15 adults chicken and shrimp 95630", "what comes with the dinner? do we get rice and veggies or
just the meat?"): what the customer asks about, no order item, when the order is named outside
the question."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.policy_questions import INCLUDED
from orchestrator.reading.asks import ProteinAsk

Span = tuple[int, int]

_STOP = re.compile(r"[.;!?\n]")
# A yes-or-no question that follows one of what the dinner comes with and goes on asking it ("do
# we get rice and veggies or just the meat?", "is there fried rice too?"); one that orders ("can
# we do chicken and filet?") or counts ("do we get 2 proteins for 12 people?") does not.
_ASKED_ON = re.compile(
    r"\s*(?:(?:and|or|so|also)\s+)?(?:(?:is|are) there\b|(?:do|does|will|would)\s+(?:we|you|u|it|that|"
    r"they|each|every)\b[^.;!?\n\d]*\b(?:get|come|comes|include|includes|bring|serve|do|have)\b)"
    r"[^.;!?\n\d]*\?+"
)


def included_questions(text: str) -> list[Span]:
    """The spans of the (normalized) `text`'s questions of what the dinner comes with, each from
    its asking words to its question mark, stop or line end, and the questions straight after it
    that go on asking it."""
    spans: list[Span] = []
    for m in INCLUDED.finditer(text):
        stop = _STOP.search(text, m.end())
        end = _question_end(text, stop.start()) if stop else len(text)
        while (more := _ASKED_ON.match(text, end)) is not None:
            end = more.end()
        spans.append((m.start(), end))
    return spans


def _question_end(text: str, at: int) -> int:
    """The end of the stop at `at` ("??" as one)."""
    end = at + 1
    while end < len(text) and text[end] in "?!":
        end += 1
    return end


def asked_foods(
    text: str, asks: Sequence[ProteinAsk], *, most: int
) -> tuple[list[ProteinAsk], list[Span], list[tuple[str, str]]]:
    """The `asks` without those standing in a question of what the dinner comes with when the
    message orders at least `most` (the included portions) other proteins outside it; the spans
    read; and a check when it orders fewer ("does the dinner come with shrimp? 15 adults
    chicken": the shrimp may be the second protein)."""
    questions = included_questions(text)
    inside = [a for a in asks if any(s <= a.start < e for s, e in questions)]
    outside = [a for a in asks if not any(a is i for i in inside)]
    if not inside or not outside:
        return list(asks), [], []
    if len({a.protein for a in outside}) < most:
        if all(any(a.protein == o.protein for o in outside) for a in inside):
            return list(outside), [(a.start, a.end) for a in inside], []
        said = " and ".join(a.said for a in inside)
        return list(asks), [], [("proteins", f"{said} asked about beside the order: ordered too?")]
    return outside, [(a.start, a.end) for a in inside], []
