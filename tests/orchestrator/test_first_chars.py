"""`first_chars`: a lookahead of a pattern's possible first characters, the same matches."""

from __future__ import annotations

import re

from orchestrator.first_chars import first_chars

TEXTS = ("tips for 12", "no tax, a tip", "$550 min?", "the 500 min drive", "what if it rains", "")


def test_lookahead_of_the_first_characters_before_a_word_boundary() -> None:
    pattern = first_chars(re.compile(r"\b(?:tip|tips|tax)\b|(?<!no )\$\d+"))
    assert pattern.pattern.startswith(r"(?=[\$t])(?:")  # the whole alternation behind it


def test_same_matches() -> None:
    for source in (r"\b(?:tip|tax)\b|\$\d+\s*min\b", r"(?<!the )\b[0-9]{3}\s*min\b", r"\bif (?:it )?rains?"):
        plain, fast = re.compile(source), first_chars(re.compile(source))
        assert fast is not plain
        for text in TEXTS:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
            assert fast.sub("#", text) == plain.sub("#", text)


def test_left_alone_where_the_first_characters_cannot_be_told() -> None:
    for source, flags in (
        (r"\b\w+ min", 0),  # a class
        (r"\b(?:tip)?", 0),  # may match empty
        (r"\b[^a]x", 0),  # a negated set
        (r"\btip", re.IGNORECASE),
        (r"tip|tax", 0),  # a literal first: `re` finds it fast already
    ):
        pattern = re.compile(source, flags)
        assert first_chars(pattern) is pattern
