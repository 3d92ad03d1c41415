"""Why some guests swap a protein, said after the swap: "half of them want tofu instead of the ny
strip, trying to eat lighter lol" (round q86f, blind 187 fy075), "a third of them want chicken
instead of the ny strip, they dont eat red meat". The clause ends the sentence and names no choice
of its own; it says why, so the coverage net need not ask about its words ("trying", "dont").

A reason of what they do not eat must fit the protein swapped out ("they dont eat shellfish"
beside the ny strip swapped out is not theirs: asked); a reason of eating lighter or healthier
fits any swap. Anything said after the reason in its sentence is left to the net."""

from __future__ import annotations

import re

from orchestrator.reading.swap_who import REASON_FOODS

Span = tuple[int, int]

# the swap's old protein at the clause's end: "instead of the ny strip", "instead of filet"
_SWAP = re.compile(
    r"\binstead\s+of\s+(?:the\s+|their\s+)?(?P<old>ny\s+strip(?:\s+steak)?|strip\s+steak|steak|"
    r"filet(?:\s+mignon)?|chicken|shrimp|salmon|scallops|lobster(?:\s+tails?)?|tofu|vegetables|veggies)"
    r"\s*(?:,|-+|;)\s*"
)
_WHO = r"(?:(?:they|both(?:\s+of\s+them)?|we|(?:those|these)\s+\d{1,3})\s+)?"
_NOT_EATEN = re.compile(
    rf"(?:(?:since|because|cuz|bc|cause)\s+)?{_WHO}"
    r"(?:dont|don't|do\s+not|cant|can't|cannot|won't|wont)\s+(?:eat|do|have)\s+"
    r"(?P<food>red\s+meat|beef|steak|meat|seafood|shellfish|fish|shrimp|lobster)\b"
)
_LIGHTER = re.compile(
    r"(?:(?:since|because|cuz|bc|cause)\s+)?"
    r"(?:(?:they're|theyre|they\s+are|we're|were|we\s+are|i'm|im)\s+)?"
    r"(?:(?:trying|wanting|going)\s+to|want\s+to|wanna)\s+(?:eat|go|keep\s+it)\s+"
    r"(?:a\s+(?:bit|little)\s+)?(?:lighter|light|healthier|healthy|cleaner|clean|less\s+(?:red\s+)?meat)\b"
    r"|(?:(?:they're|theyre|they\s+are|we're|were)\s+)?(?:watching\s+(?:their|our)\s+"
    r"(?:weight|cholesterol|diet)|on\s+a\s+diet|cutting\s+(?:back\s+on\s+)?(?:red\s+meat|meat|carbs))\b"
)
# the clause's end: fillers, an emoji's stop, then the sentence's end
_END = re.compile(r"(?:\s+(?:lol|haha|lmao|tbh|honestly|now|these\s+days))*\s*(?:[.!?\n]|\Z)")


def swap_reasons_after(text: str) -> list[Span]:
    """The spans of normalized `text` that say why a swap right before them is made."""
    if "instead of" not in text:
        return []  # speed
    spans: list[Span] = []
    for swap in _SWAP.finditer(text):
        at = swap.end()
        why = _NOT_EATEN.match(text, at) or _LIGHTER.match(text, at)
        if why is None or not _END.match(text, why.end()):
            continue
        if "food" in why.groupdict() and why["food"] and not any(
            w in swap["old"] for w in REASON_FOODS[re.sub(r"\s+", " ", why["food"])]
        ):
            continue  # "they dont eat shellfish" beside the ny strip swapped out: not theirs
        spans.append((at, why.end()))
    return spans
