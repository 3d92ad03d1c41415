"""A budget told per person ("our team has a budget of about $70 per head", "our budget is roughly
$60 per person", "$50 a head budget"): a budget like one told in all ("our budget is 1000 or so"),
which changes nothing of the order; the quote of the order answers whether it fits. Its
per-person words are no item and not asked about. An amount offered with no word of a budget
("can u do $40 per person?", "we have $40 per person") and a budget asked to be met ("can you work
with a budget of $40 per person?") stay asked."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated
from orchestrator.reading.sentences import sentence_start

_AMOUNT = r"\$\s?\d{1,3}(?:\.\d\d)?\s*"
_PER = r"(?:per (?:person|guest|head|adult|plate)|a (?:person|head|plate|guest))\b"
BUDGET_PER_HEAD = gated(re.compile(
    rf"\bbudget\s+(?:is\s+|of\s+|was\s+|:\s*)?(?:about\s+|around\s+|roughly\s+|approx\w*\s+|up to\s+|"
    rf"like\s+|~\s*)?{_AMOUNT}{_PER}|{_AMOUNT}{_PER}\s+budget\b"
))  # fmt: skip
# a budget the writer asks to be met is an offer, asked as it is
_ASKED_TO_MEET = re.compile(
    r"\bcan\s+(?:you|u|y'?all)\s+(?:do|work|make|meet|stay|match)\b|\bwork with\b"
)


def budget_per_head(text: str) -> list[tuple[int, int]]:
    """Spans of the budgets per person in normalized `text` that ask nothing be met."""
    spans = []
    for m in BUDGET_PER_HEAD.finditer(text):
        start = sentence_start(text, m.start())
        stops = [i for c in ".;!?\n" if (i := text.find(c, m.end())) != -1]
        if not _ASKED_TO_MEET.search(text, start, min(stops) if stops else len(text)):
            spans.append(m.span())
    return spans
