"""Who a counted swap is for, said beside it: "2 of us want salmon instead of the ny strip (my
parents, they dont eat red meat)". The swap changes its 2 portions; the people named right after
it are those 2 (guests already), and the reason given for them ("they don't eat red meat") names
a food the swapped-out protein is. Explained only when the people named are as many as the swap
counts and the reason fits the protein swapped out; otherwise the coverage net asks as before."""

from __future__ import annotations

import re

from orchestrator.reading.asides import PERSON, people_named

Span = tuple[int, int]

# "2 of us want salmon", "3 of them would like chicken": the swap counts some of the party
_SOME_OF = re.compile(
    r"\b(?P<n>\d{1,2})\s+of\s+(?:us|them|em|the\s+(?:group|guests|adults))\s+"
    r"(?:want|wants|would\s+like|wanna|need|prefer|will\s+have|are\s+getting|get)\s+"
    r"(?:[a-z]+\s+){0,2}?[a-z]+(?=\s+(?:instead|in\s+place)\s+of\b)"
)
# "salmon instead of the ny strip", "instead of ny strip steak": up to the old protein's words
_INSTEAD = re.compile(
    r"\s+(?:instead\s+of|in\s+place\s+of)\s+(?:the\s+)?(?P<old>[a-z]+(?:\s+[a-z]+){0,2}?)(?=\s*[(,-])"
)
_OPENER = re.compile(r"\s*(?:\(|,|-+|–)\s*")
# the reason given for them: "they dont eat red meat", "we don't eat shellfish"
_REASON = re.compile(
    r"\s*[,;-]?\s*(?:they|both|both of them|we|i)\s+"
    r"(?:dont|don't|do not|cant|can't|cannot|won't|wont)\s+"
    r"(?:eat|do|have)\s+(?P<food>red meat|beef|steak|meat|seafood|shellfish|fish|shrimp|lobster)\b"
)
REASON_FOODS = {  # what a reason rules out, by the protein words it fits
    "red meat": ("ny strip", "steak", "filet"),
    "beef": ("ny strip", "steak", "filet"),
    "steak": ("ny strip", "steak", "filet"),
    "meat": ("ny strip", "steak", "filet", "chicken"),
    "seafood": ("shrimp", "lobster", "scallop", "salmon"),
    "shellfish": ("shrimp", "lobster", "scallop"),
    "fish": ("salmon",),
    "shrimp": ("shrimp",),
    "lobster": ("lobster",),
}
_CLOSE = re.compile(r"\s*\)")
_DONE = re.compile(r"\s*(?:[.!?]|$)")


def swap_people(text: str) -> list[Span]:
    """The people named beside a counted swap, as many as it counts ("2 of us want salmon instead
    of the ny strip (my parents, ...)"), and the reason given for them when it fits the protein
    swapped out: spans the coverage net need not ask about."""
    spans: list[Span] = []
    for some in _SOME_OF.finditer(text):
        if not (instead := _INSTEAD.match(text, some.end())):
            continue
        opener = _OPENER.match(text, instead.end())
        if not opener:
            continue
        people, at, _ = people_named(text, opener.end(), PERSON)
        if people != int(some.group("n")):
            continue  # "(my parents and my aunt)": more than the swap counts, asked
        end = at
        if reason := _REASON.match(text, at):
            if not any(w in instead.group("old") for w in REASON_FOODS[reason.group("food")]):
                continue  # "they don't eat seafood" beside a steak swapped out: not theirs, asked
            end = reason.end()
        if close := _CLOSE.match(text, end):
            end = close.end()
        elif "(" in opener.group(0) or not _DONE.match(text, end):
            continue  # more said inside the aside or after it: left to the net
        spans.append((opener.end(), end))
    return spans
