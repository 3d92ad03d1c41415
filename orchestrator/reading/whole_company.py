"""The proteins of a list of the party opened by the writer ("me and 11 coworkers want lobster and
shrimp"): the count inside the list is not the portions, the whole list is. Split from
`household` by size."""

from __future__ import annotations

import re

from orchestrator.reading.asks import ProteinAsk, with_

_WRITER_WORD = re.compile(r"\b(?:me|myself)\b")


def whole_company(text: str, asks: list[ProteinAsk], used: list[tuple[int, int]]) -> list[ProteinAsk]:
    """ "me and 11 coworkers want lobster and shrimp": the 11 counted people beside the writer, so
    the proteins are for the whole list (12), not 11 portions. A count of people read before a
    protein that lies inside a list (a `used` span) opened by the writer loses its count, and so do
    the proteins that took it over ("and shrimp", in the same sentence)."""
    lost = {
        (ask.sentence, ask.portions)
        for ask in asks
        if ask.people and (span := ask.count_span) and any(
            s <= span[0] and span[1] <= e and (s, e) != span and _WRITER_WORD.search(text, s, span[0])
            for s, e in used
        )
    }
    return [
        with_(ask, portions=None, people=False, count_span=None)
        if ask.people and (ask.sentence, ask.portions) in lost else ask
        for ask in asks
    ]
