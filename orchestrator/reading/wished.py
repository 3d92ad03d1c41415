"""The safety net for an order named in words the catalog does not know at all: "queremos
langosta y pollo" read by a catalog without the Spanish names has no protein word for the list
check to stand beside, so the words asked for after a wish ("queremos", "want", "we'd like") and
joined as a list are checked themselves. A word no dictionary of English nor the catalog knows,
asked for as an item, is one the reading did not understand: the draft asks."""

from __future__ import annotations

import re
from collections.abc import Iterable

from orchestrator.literal_gates import gated
from orchestrator.reading.spelling import is_common_word, is_english

_WISHED = gated(re.compile(
    r"\b(?:queremos|quiero|quisieramos|nos gustaria|me gustaria|want|wants|wanna|would like|"
    r"'d like|we'll take|we'll have|can we get|can we have)\s+"
    r"(?:el\s+|la\s+|los\s+|las\s+|some\s+|the\s+)?([a-z]{4,})"
    r"(?=\s*(?:,|&|\+|/|\band\b|\by\b|\bo\b|\bor\b)\s*(?:el\s+|la\s+|the\s+|some\s+)?([a-z]{4,}))"
))  # fmt: skip


def wished_unknowns(
    text: str, known: Iterable[str], catalog_word: re.Pattern[str]
) -> list[tuple[str, tuple[int, int]]]:
    """(word, span) for each word asked for as a list item in normalized `text` that neither
    the catalog, nor `known` (words that stand beside an order), nor English knows."""
    known = set(known)

    def unknown(word: str) -> bool:
        return not (word in known or catalog_word.fullmatch(word) or is_english(word)
                    or is_common_word(word))  # fmt: skip

    found = []
    for m in _WISHED.finditer(text):
        for group in (1, 2):
            if unknown(m.group(group)):
                found.append((m.group(group), m.span(group)))
    return found
