"""The few a paired swap is asked for, counted and described in the sentence before it: "3 of our
guests don't eat meat or seafood. Could those 3 get vegetables and tofu instead of the filet and
shrimp?" (`paired_swaps`). The two sentences are joined by a comma, the form `reason_swappers`
reads ("3 of our guests don't eat meat or seafood, could those 3 get ..."), so the description is
the swap's reason, explained, and its count is placed: left as two sentences, the count and the
negation were unexplained and the draft asked.

A description the new proteins go against ("2 of them don't eat meat. can those 2 get chicken and
tofu instead of ...") leaves the swap as written: the few's choice is unclear, the draft asks."""

from __future__ import annotations

import re

Span = tuple[int, int]

# the description between the few's count and the sentence's end: "3 of our guests don't eat
# meat or seafood." (no question, no other number)
_DESCRIBED = r"\b{few}\s+of\s+(?:(?:the|our|my)\s+[a-z-]+|us|them)\b[^?\d.!;\n]*"
_BREAK = re.compile(r"\s*[.!;]\s*\Z")
# what a diet word rules out, by the proteins' first words
_NO_MEAT = re.compile(r"\b(?:meat|beef|red meat|vegetarians?|vegans?|veggie|plant[- ]based)\b")
_NO_SEAFOOD = re.compile(r"\b(?:seafood|fish|shellfish|vegetarians?|vegans?|plant[- ]based)\b")
_MEAT = ("chicken", "ny", "new", "filet", "steak")
_SEAFOOD = ("shrimp", "salmon", "scallop", "lobster")


def against(text: str, start: int, new: tuple[str, ...]) -> bool:
    """Whether a `new` protein is one the sentence before `start` of normalized `text` rules out
    ("2 of them don't eat meat. can those 2 get chicken and tofu ...": chicken)."""
    before = text[max(0, start - 110) : start]
    firsts = [p.split()[0].rstrip("s") for p in new]
    meat = any(f.startswith(_MEAT) for f in firsts) and bool(_NO_MEAT.search(before))
    fish = any(f.startswith(_SEAFOOD) for f in firsts) and bool(_NO_SEAFOOD.search(before))
    return meat or fish


def described_before(text: str, start: int, few: str) -> Span | None:
    """The span of the sentence end between a description of the `few` and the request at
    `start` of normalized `text` (the stop to write as a comma), when the sentence just before
    the request counts and describes them; else None."""
    floor = max(0, start - 110)
    said = re.search(_DESCRIBED.format(few=re.escape(few)) + r"[.!;]\s*\Z", text[floor:start])
    if said is None:
        return None
    stop = _BREAK.search(text, floor + said.start(), start)
    return (stop.start(), stop.end()) if stop else None
