"""Where the sentence or clause around a place in a message starts: many readers look back from a
match to the last stop before it, each with the stops that end its kind of stretch."""

from __future__ import annotations

from collections.abc import Iterable

SENTENCE_STOPS = ".;!?\n"


def sentence_start(text: str, at: int, stops: Iterable[str] = SENTENCE_STOPS) -> int:
    """The index just after the last of `stops` in `text` before `at` (0 when there is none)."""
    return max(text.rfind(c, 0, at) for c in stops) + 1
