"""Groups named before their numbers, then said to be adults: "engineering 12, marketing 8, all
adults" is 20 adults; and a later message that recounts those same groups by name ("marketing is
10 now not 8. engineering still 12"), read as the new sum when every group is told again or
kept. A name that is a food ("chicken 12, shrimp 8") is portions, never a group."""

from __future__ import annotations

import re
from collections.abc import Sequence

# "engineering 12, marketing 8, all adults": two or more "<name> N" parts, then all adults
_PART = r"[a-z]+ \d{1,3}"
_PARTS = re.compile(
    rf"\b({_PART}(?:\s*(?:,|&|\band\b)\s*(?:and\s+)?{_PART})+)\s*,?\s*(?:all|everyone)\s+"
    r"(?:are\s+)?(?:adults|grown-?ups)\b"
)
_ONE = re.compile(r"([a-z]+) (\d{1,3})")
# "marketing is 10 now not 8", "marketing now 10", "engineering still 12", "engineering is still 12"
_NEW = re.compile(
    r"\b([a-z]+)\s+(?:is|=|has)?\s*(?:now\s+)?(\d{1,3})(?:\s+now)?(?:\s*,?\s*not\s+(\d{1,3}))?"
    r"(?=\s*(?:[.,;!\n]|$))"
)
_KEPT = re.compile(r"\b([a-z]+)\s+(?:is\s+|=\s*)?still\s+(\d{1,3})\b")


def _groups(text: str, food: re.Pattern[str]) -> dict[str, int] | None:
    """The named groups of the one "<name> N, <name> M, all adults" of `text`, or None."""
    found = list(_PARTS.finditer(text.lower()))
    if len(found) != 1:
        return None
    parts = {m.group(1): int(m.group(2)) for m in _ONE.finditer(found[0].group(1))}
    if any(food.fullmatch(name) for name in parts):
        return None  # "chicken 12, shrimp 8": portions
    return parts


def named_groups_summed(text: str, food: re.Pattern[str]) -> str:
    """`text` with its "<name> N, <name> M, all adults" written as the sum ("20 adults", padded
    to the same length so every span holds); else unchanged."""
    parts = _groups(text, food)
    if parts is None:
        return text
    m = _PARTS.search(text.lower())
    if m is None:
        return text
    said = f"{sum(parts.values())} adults"
    return text[: m.start()] + said.ljust(m.end() - m.start()) + text[m.end() :]


def groups_recounted(said: Sequence[str], food: re.Pattern[str]) -> list[str]:
    """The customer's messages `said` (oldest first), the last one written as "N
    adults now" when it recounts by name every group an earlier message counted as adults (each
    group's old number, when told with "not", agreeing). Else unchanged."""
    if len(said) < 2:
        return list(said)
    last = said[-1].lower()
    earlier = next((p for p in (_groups(t, food) for t in reversed(said[:-1])) if p), None)
    if earlier is None:
        return list(said)
    told: dict[str, int] = {}
    spans: list[tuple[int, int]] = []
    for m in _KEPT.finditer(last):
        told[m.group(1)] = int(m.group(2))
        spans.append(m.span())
    for m in _NEW.finditer(last):
        name, old = m.group(1), m.group(3)
        if name in earlier and name not in told and (old is None or int(old) == earlier[name]):
            told[name] = int(m.group(2))
            spans.append(m.span())
    if set(told) != set(earlier) or told == earlier:
        return list(said)
    rest = said[-1]  # the message's other words kept ("... also add lobster")
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + rest[end:]
    return [*said[:-1], f"{sum(told.values())} adults now. {rest}"]
