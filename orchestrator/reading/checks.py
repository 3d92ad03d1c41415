"""What a careful reader notices: numbers the reading did not place (a city named without a ZIP,
two ZIP codes: `places`). Each becomes a (field, reason) check for the reviewer; the reasons later
readers look for are worded in `reasons`."""

from __future__ import annotations

import re

from orchestrator.reading.benign import BENIGN
from orchestrator.reading.money_talk import money_spans
from orchestrator.reading.named_numbers import NAMED_NUMBERS
from orchestrator.reading.no_counts import no_count_spans
from orchestrator.reading.paper_numbers import paper_spans
from orchestrator.reading.person_numbers import PERSON_NUMBERS, grown_range_spans
from orchestrator.reading.place_numbers import PLACE_NUMBERS
from orchestrator.reading.question_lists import question_list_spans
from orchestrator.reading.repeats import age_repeats, emphasis_repeats
from orchestrator.reading.time_swaps import time_swaps

NUMBER = re.compile(r"\d+")


class Covered:
    """The characters of a text that lie inside some span: a lookup in time linear in the text,
    however many spans a long paste gives (a scan of every span for every word is quadratic)."""

    def __init__(self, size: int, spans: list[tuple[int, int]]) -> None:
        self._mask = bytearray(size + 1)
        for start, end in spans:
            self._mask[max(start, 0) : max(end, 0)] = b"\x01" * (max(end, 0) - max(start, 0))

    def __contains__(self, span: tuple[int, int]) -> bool:
        start, end = span
        return end > start and self._mask.find(0, start, end) == -1


def unexplained_numbers(text: str, used: list[tuple[int, int]]) -> list[str]:
    """Numbers in `text` outside every explained span and every date, time, phone, address."""
    explained = Covered(len(text), used)
    every = list(NUMBER.finditer(text))
    numbers = [m for m in every if m.span() not in explained]
    if numbers:  # "we are 7 adults, only 7": the count said again
        placed = [m for m in every if m.span() in explained]
        again = emphasis_repeats(text, placed, numbers) + age_repeats(text, placed, numbers)
        numbers = [m for m in numbers if m.span() not in again]  # "shes only 4": her age again
    if not numbers:  # each number already explained: the benign spans could only add cover
        return []
    benign = [m.span() for p in (*BENIGN, *NAMED_NUMBERS, *PLACE_NUMBERS, *PERSON_NUMBERS)
              for m in p.finditer(text)]
    benign += paper_spans(text)  # "Ref# EGT-2025-118", "Event date: 2025-05-04"
    benign += no_count_spans(text)  # "the apartment is number 204", "at like 7"
    benign += grown_range_spans(text)  # "14 girls total, all 25-32": everyone's ages
    benign += money_spans(text)  # "under 1k pls", "max 900", "can you do 1300": money, no count
    benign += question_list_spans(text)  # "questions first:\n1) do you bring the grill?\n2) ..."
    benign += time_swaps(text)  # "can we start at 6 instead of 5?": hours
    covered = Covered(len(text), used + benign)
    return [m.group(0) for m in numbers if m.span() not in covered]
