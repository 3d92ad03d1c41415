"""The order's kids said to stay as they were in a follow-up: "kids same", "the kids stay the same",
"same kids", and by their number ("I meant 13 adults not 30 🤦 kids still 12", "still 12 kids").
No kids are counted anew; the conversation drops the check when the order corrected has kids, and
by number only when it has that many (`conversation`: "kids still 10" after 12 kids is asked).
"the 3 kids just get chicken" (the message's one count of kids, their food after it) names the
order's kids by their number as well (`group_alone`)."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated
from orchestrator.reading.alternation import alternation
from orchestrator.reading.words import KID_WORDS, TODDLER_WORDS

Span = tuple[int, int]

_KID = alternation((*KID_WORDS, *TODDLER_WORDS))
# "kids same", "the kids stay the same", "same kids": the kids of the order corrected, unchanged
_KIDS_SAME = gated(re.compile(
    rf"\b(?:the\s+)?(?:{_KID})(?:'?\s*(?:count|number|ages?))?\s+(?:(?:are|is|stay|stays|remain|"
    r"remains|will stay|can stay)\s+)?(?:the\s+)?(?:same|unchanged)\b(?!\s+as\b)"
    rf"|\bsame\s+(?:#\s+of\s+|number of\s+)?(?:{_KID})\b(?!\s+(?:menu|price|pricing|portions?|meals?))"
))  # fmt: skip
# "kids still 12", "the kids are still 12", "still 12 kids": the order's kids by their number
# (never "still 12 kids?" asked, nor "12 kids still coming": a count with a verb after it)
_KIDS_STILL = re.compile(
    r"\b(?:the\s+)?kids\s+(?:are\s+|r\s+)?still\s+(\d{1,3})\b(?!\s*[?+]|\s+(?:more|yrs?|years?))"
    r"|\bstill\s+(\d{1,3})\s+kids\b(?!\s*\?)"
)


# "the 3 kids just get chicken", "if the 4 kids get 1 portion each": the order's kids by their
# number, given their food (the message's one count of kids: "3 kids (6, 8, 9), the 3 kids want
# chicken" counts them first)
_KIDS_FED = re.compile(
    r"\bthe\s+(\d{1,2})\s+(?:kids|children)\b(?=(?:'ll)?\s+(?:(?:can|could|will|would|just|only)\s+)*"
    r"(?:get|have|do|eat|want|are gonna)\b)"
)
_KIDS_COUNT = re.compile(rf"\b\d{{1,3}}\s+(?:more\s+)?(?:{_KID})\b")


def kids_kept(text: str) -> list[tuple[Span, tuple[str, str]]]:
    """The spans of `text` saying the order's kids stay, each with its check: "kids_same", or
    "kids_same_<n>" when their number is told."""
    found = [(m.span(), ("kids_same", "the kids stay as they were: no kids in the order"))
             for m in _KIDS_SAME.finditer(text)]  # fmt: skip
    for m in _KIDS_STILL.finditer(text):
        n = int(m.group(1) or m.group(2))
        found.append((m.span(), (f"kids_same_{n}", f"still {n} kids: the order has not {n} kids")))
    fed = list(_KIDS_FED.finditer(text))
    if len(fed) == 1 == len(_KIDS_COUNT.findall(text)):
        n = int(fed[0].group(1))
        found.append((fed[0].span(), (f"kids_same_{n}", f"the {n} kids: the order has not {n} kids")))
    return found
