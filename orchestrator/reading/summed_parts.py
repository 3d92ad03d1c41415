"""A total said right after the parts it sums ("18 club members (all 14-17) plus 2 faculty
advisors, so 20 total"): the writer's own sum of the counts before it in the sentence, no new
total of a follow-up."""

from __future__ import annotations

import re

from orchestrator.reading.sentences import sentence_start

# a count before a word ("18 club members", "2 faculty advisors"); bracketed ages are blanked first
_COUNT = re.compile(r"\b(\d{1,3})\s+(?=[a-z])")
_BRACKETS = re.compile(r"\([^()\n]*\)")
_JOINS = re.compile(r"\b(?:plus|and)\b|[+&]")


def sums_its_parts(text: str, start: int, total: int) -> bool:
    """Whether the counts of the sentence before `start` in `text`, joined by "plus"/"and", are at
    least two and add up to `total`."""
    opening = sentence_start(text, start, ".!?\n:")
    sentence = _BRACKETS.sub(" ", text[opening:start])
    counts = [int(m.group(1)) for m in _COUNT.finditer(sentence)]
    return len(counts) >= 2 and bool(_JOINS.search(sentence)) and sum(counts) == total
