"""The numbers of a numbered list of questions ("a few questions first:\n1) Do you bring the grill
and propane?\n2) Is gratuity included?\n3) How long does the chef stay?"): the list's layout, no
count of anything (round q84i, set 180's fr061 and fr072). Only a run numbered 1, 2, ... of two
items or more, each of them a question (a question mark closing it, or a question word opening
it) that weighs no change ("what if", "how about", "instead"): the numbers of a list of options
("1) chicken + shrimp\n2) filet + lobster") or of what-ifs stay unplaced, for the safety net to
ask about. The words of each item are read as they are; only its number is explained."""

from __future__ import annotations

import re

# an item of a numbered list: its number at the start of a line, then "." or ")" and its words
_ITEM = re.compile(r"(?m)^[ \t]*(\d{1,2})[.)][ \t]+(\S[^\n]*)$")
# a question: a question mark closing it, or a question word opening it
_QUESTION = re.compile(
    r"\?\s*$|^(?:do|does|did|is|are|can|could|will|would|should|how|what|when|where|who|why|which)\b"
)
# a change weighed in the question: the item is about the order, not the service
# ("can we start at 6 instead of 5?" weighs a time: the numbers after it are read on their own)
_WEIGHED = re.compile(r"\b(?:what if|how about|what about|instead(?! of \d)|rather|swap|switch)\b")


def _question(item: str) -> bool:
    return bool(_QUESTION.search(item)) and not _WEIGHED.search(item)


def question_list_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the numbers of normalized `text`'s numbered lists of questions."""
    if "\n" not in text:
        return []
    spans: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for m in [*_ITEM.finditer(text), None]:
        if m is not None and run and int(m.group(1)) == int(run[-1].group(1)) + 1:
            run.append(m)
            continue
        if len(run) >= 2 and all(_question(item.group(2)) for item in run):
            spans += [item.span(1) for item in run]
        run = [m] if m is not None and m.group(1) == "1" else []
    return spans
