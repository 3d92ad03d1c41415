"""Food named in a question of what the dinner comes with ("does the dinner come with veggies?
15 adults chicken and shrimp 95630", "what comes with the dinner? do we get rice and veggies or
just the meat?"): what the customer asks about, no order item, when the order is named outside
the question."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.policy_questions import INCLUDED
from orchestrator.reading.asks import ProteinAsk, with_

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


# "is tofu an option for 1 vegetarian guest?", "is salmon available for my 2 pescatarian friends?":
# a protein asked about for a few guests counted in the question is theirs, not everyone's
_IS_BEFORE = re.compile(r"\b(?:is|are)\s+(?:the\s+)?\Z")
_OPTION_FOR = re.compile(
    r"\s+(?:an?\s+)?(?:option|possible|available|doable|ok|okay)\s+for\s+(?:the\s+|our\s+|my\s+)?"
    r"(\d{1,2})\s+(?:[a-z]+\s+)?(?:vegetarians?|vegans?|pescatarians?|guests?|persons?|people|adults?|"
    r"friends?)\b[^.;!?\n]*\?"
)


def options_asked_for_some(text: str, asks: Sequence[ProteinAsk]) -> list[ProteinAsk]:
    """A protein asked about as an option for some guests counted in the question: one portion
    each of theirs ("is tofu an option for 1 vegetarian guest?": 1 tofu), not everyone's. Only
    when every other protein has its group or count ("the kids want chicken, 2 adults filet"):
    beside food for everyone, who eats what is asked."""
    out = list(asks)
    if any(a.portions is None and a.group is None for a in asks if not _IS_BEFORE.search(
            text, max(0, a.start - 12), a.start)):  # fmt: skip
        return out
    for i, ask in enumerate(out):
        if ask.portions is not None or not _IS_BEFORE.search(text, max(0, ask.start - 12), ask.start):
            continue
        if m := _OPTION_FOR.match(text, ask.end):
            out[i] = with_(ask, portions=int(m.group(1)), people=True, count_span=m.span(1))
    return out


def asked_foods(
    text: str, asks: Sequence[ProteinAsk], *, most: int
) -> tuple[list[ProteinAsk], list[Span], list[tuple[str, str]]]:
    """The `asks` without those standing in a question of what the dinner comes with when the
    message orders at least `most` (the included portions) other proteins outside it; the spans
    read; and a check when it orders fewer ("does the dinner come with shrimp? 15 adults
    chicken": the shrimp may be the second protein)."""
    asks = options_asked_for_some(text, asks)
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
