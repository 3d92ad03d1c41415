"""Blanking spans of a message for the readers after: the spans already read become spaces and
rewritten spans take their new words at the same length, so every other span still holds."""

from __future__ import annotations

from collections.abc import Sequence

Span = tuple[int, int]


def hide(text: str, spans: list[Span], moved: Sequence[tuple[Span, str]] = ()) -> str:
    """`text` with the spans blanked and the `moved` spans rewritten (same length, so every other
    span still holds)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    for (start, end), new in moved:
        chars[start:end] = list(new)
    return "".join(chars)
