"""A regular expression run only on a text holding one of the words every match needs, for speed only.

Many of the reading's patterns hold words no match goes without (`\\b(?:dropped|bailed)\\b`); a
plain `word in text` test costs far less than the regular expression's scan, so a text holding
none of them is answered at once. The words are read from the parsed pattern, never kept by hand,
so a new alternative brings its own word. The reading is conservative: where it cannot be told
(case folding, a class such as `\\w`, a negated set, an optional part, a branch with an
alternative of no word), that part gives nothing; a pattern of no such words is left as it is.
A match is the same either way: the gate only answers where the pattern would find nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_SHORT_RANGE = 10  # a class `[0-9]` gives its characters; a wider range gives nothing
Words = frozenset[str]


def _least(words: set[str]) -> Words:
    """`words` without those holding another of them ("approximately" goes with "approx")."""
    return frozenset(w for w in words if not any(v != w and v in w for v in words))


def _best(choices: list[Words]) -> Words | None:
    """The set of a sequence to keep: the one whose shortest word is longest, then the fewest."""
    return max(choices, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _sequence(items: Any, fold: bool) -> Words | None:
    """A set of words one of which every match of the parsed `items` holds, or None."""
    choices: list[Words] = []
    run = ""
    for op, av in items:
        if op is sre.LITERAL and not fold:
            run += chr(av)
            continue
        if run:
            choices.append(frozenset([run]))
            run = ""
        if (words := _item(op, av, fold)) is not None:
            choices.append(words)
    if run:
        choices.append(frozenset([run]))
    return _best(choices)


def _item(op: Any, av: Any, fold: bool) -> Words | None:
    if fold:
        return None  # case folded: "Wait" matches `wait`
    if op is sre.LITERAL:
        return frozenset([chr(av)])
    if op is sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] < _SHORT_RANGE:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:  # NEGATE, CATEGORY (\w, \d, \s), a wide range: not told
                return None
        return frozenset(chars) or None
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, pattern = av
        return _sequence(pattern.data, bool(add_flags & re.IGNORECASE))
    if op is sre.ATOMIC_GROUP:
        return _sequence(av.data, fold)
    if op in _REPEATS:
        low, _high, pattern = av
        return _sequence(pattern.data, fold) if low >= 1 else None
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            if (words := _sequence(branch.data, fold)) is None:
                return None
            union |= words
        return _least(union)
    if op is sre.ASSERT:  # a positive lookahead or lookbehind: its words stand beside the match
        return _sequence(av[1].data, fold)
    return None  # ANY, NOT_LITERAL, AT, a negative lookaround, a group's reference, a conditional


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Words such that every match of `pattern` holds one of them (in the text matched, or beside
    it for a positive lookaround), sorted; None where they cannot be told."""
    if pattern.flags & re.IGNORECASE:
        return None
    words = _sequence(sre_parse.parse(pattern.pattern, pattern.flags).data, False)
    return tuple(sorted(words)) if words else None


class GatedPattern:
    """`pattern` answering at once, with no match, a text that holds none of `words`."""

    __slots__ = ("_pattern", "words", "pattern", "flags")

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        self._pattern, self.words = pattern, words
        self.pattern, self.flags = pattern.pattern, pattern.flags

    def __repr__(self) -> str:
        return f"gated({self._pattern!r}, words={self.words!r})"

    def _shut(self, string: str) -> bool:
        """Whether `string` holds none of the words: no match can be found."""
        return not any(map(string.__contains__, self.words))

    def search(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        return None if self._shut(string) else self._pattern.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        return None if self._shut(string) else self._pattern.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        return None if self._shut(string) else self._pattern.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> Iterator[re.Match[str]]:
        return iter(()) if self._shut(string) else self._pattern.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> list[Any]:
        return [] if self._shut(string) else self._pattern.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return string if self._shut(string) else self._pattern.sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return (string, 0) if self._shut(string) else self._pattern.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return [string] if self._shut(string) else self._pattern.split(string, maxsplit)


Pattern = GatedPattern | re.Pattern[str]  # what a module's pattern is: gated or not
GATED: list[GatedPattern] = []  # every pattern gated, for the test of the gates' soundness


def gated(pattern: re.Pattern[str]) -> Pattern:
    """`pattern` behind the gate of its `required_words`, or itself where there are none."""
    if (words := required_words(pattern)) is None:
        return pattern
    GATED.append(out := GatedPattern(pattern, words))
    return out
