"""A regular expression's possible first characters put before it as a lookahead, for speed only.

A pattern that opens with `\\b` or a lookbehind has no literal prefix, so `re` tries it at every
position of the text; `(?=[abc])` before it fails at once where no match can start. The set is
read from the parsed pattern, conservatively: it holds every character a match can start with
(zero-width assertions are skipped over, which can only widen it); where that cannot be told
(a negated set, a class such as `\\w`, any character, a possible empty match, case folding), the
pattern is returned as it is. A match is the same either way: the lookahead only fails where the
pattern fails.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]+\)")


def _sequence(items: Any) -> tuple[set[int] | None, bool]:
    """The first characters of a sequence of parsed items, and whether it can match empty."""
    chars: set[int] = set()
    for op, av in items:
        first, empty = _item(op, av)
        if first is None:
            return None, False
        chars |= first
        if not empty:
            return chars, False
    return chars, True


def _item(op: Any, av: Any) -> tuple[set[int] | None, bool]:
    if op is sre.LITERAL:
        return {av}, False
    if op is sre.IN:
        chars: set[int] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.add(value)
            elif kind is sre.RANGE and value[1] - value[0] < 128:
                chars.update(range(value[0], value[1] + 1))
            else:  # NEGATE, CATEGORY (\w, \d, \s) and the rest: not told
                return None, False
        return chars, False
    if op in _ZERO_WIDTH:
        return set(), True
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, pattern = av
        if (add_flags | del_flags) & re.IGNORECASE:
            return None, False
        return _sequence(pattern.data)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av.data)
    if op is sre.BRANCH:
        union: set[int] = set()
        any_empty = False
        for branch in av[1]:
            first, empty = _sequence(branch.data)
            if first is None:
                return None, False
            union |= first
            any_empty = any_empty or empty
        return union, any_empty
    if op in _REPEATS:
        low, _high, pattern = av
        first, empty = _sequence(pattern.data)
        return first, empty or low == 0
    return None, False  # ANY, NOT_LITERAL, a group's reference, a conditional: not told


def first_chars(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with a lookahead of the characters a match can start with before it, or
    `pattern` itself where they cannot be told."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or _INLINE_FLAGS.match(pattern.pattern):
        return pattern  # inline flags must stay first
    items = sre_parse.parse(pattern.pattern, pattern.flags).data
    if items and items[0][0] in (sre.LITERAL, sre.IN):
        return pattern  # `re` finds such a first character fast already
    chars, empty = _sequence(items)
    if chars is None or empty or not chars:
        return pattern
    ahead = "".join(re.escape(chr(c)) for c in sorted(chars))
    return re.compile(f"(?=[{ahead}])(?:{pattern.pattern})", pattern.flags)
