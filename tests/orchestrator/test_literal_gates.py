"""The literal gates read from the patterns (`orchestrator.literal_gates`): the words found, the
gated pattern answering as the pattern does, and no gate ever shutting out a text its pattern
matches in the inquiry corpora."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

import orchestrator.dishes
import orchestrator.extraction
import orchestrator.policy_questions  # noqa: F401  (their patterns gated on import)
from orchestrator.literal_gates import GATED, GatedPattern, gated, required_words
from orchestrator.reading.words import normalize

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\bdropped out\b", ("dropped out",)),
        (r"\b(?:wait|actually)\s+no\b", ("actually", "wait")),
        (r"\b\d+ (?:more|extra)?\s*kids\b", ("kids",)),  # the optional part gives nothing
        (r"\b(?:sorry)?\s*\d+", None),
        (r"(?i)\bsorry\b", None),
        (r"\b(?i:sorry)\s+\d+", None),
        (r"\b(a|an)\s+(?=(?:kid|baby)\b)", ("baby", "kid")),  # the lookahead's words
        (r"\bno\s+(?!kids)\w+", ("no",)),  # a negative lookahead gives nothing
        (
            r"\b(?:(?:half|third)s?|(?:one|two) (?:quarters?|halves))\b",
            ("half", "halves", "quarter", "third"),
        ),
        (r"x+yz|[ab]c", ("c", "yz")),  # "c" is in every "[ab]c"
        (r"\w+\s+\d", None),
        (r"[^a]bc", ("bc",)),
    ],
)
def test_required_words(pattern: str, words: tuple[str, ...] | None) -> None:
    assert required_words(re.compile(pattern)) == words


def test_gated_answers_as_the_pattern() -> None:
    raw = re.compile(r"\b(\d+) (?:more|extra) (kids|adults)\b")
    gate = gated(raw)
    assert isinstance(gate, GatedPattern) and gate.words == ("extra", "more")
    assert gate.pattern == raw.pattern and gate.flags == raw.flags
    assert gated(re.compile(r"\d+")).pattern == r"\d+"  # no words: the pattern itself
    for text in ("2 more kids and 3 extra adults", "3 kids, 2 adults", "more kids", ""):
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in raw.finditer(text)]
        assert [m.span() for m in gate.finditer(text, 2, 20)] == [
            m.span() for m in raw.finditer(text, 2, 20)
        ]
        assert gate.sub(r"\2", text) == raw.sub(r"\2", text)
        assert gate.subn("x", text, 1) == raw.subn("x", text, 1)
        assert gate.findall(text) == raw.findall(text)
        assert gate.split(text) == raw.split(text)
        for method in ("search", "match", "fullmatch"):
            ours, theirs = getattr(gate, method)(text), getattr(raw, method)(text)
            assert (ours and ours.span()) == (theirs and theirs.span())


@cache
def _texts() -> list[str]:
    """Every text and customer turn of the corpora, lowercased and normalized, once each."""
    found: set[str] = set()
    for path in sorted(DATA.glob("inquiries*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            turns = [case["text"]] + [
                str(t if isinstance(t, str) else t.get("text", ""))
                for t in case.get("history", [])
                if isinstance(t, str) or t.get("role") == "customer"
            ]
            for turn in turns:
                found.update((turn.lower(), normalize(turn)))
    return sorted(found)


def test_gates_are_sound_over_the_corpora() -> None:
    assert len(GATED) >= 40  # the reading's patterns are gated on import
    texts = _texts()
    shut_out = []
    for gate in GATED:
        raw = gate._pattern  # noqa: SLF001
        words = gate.words
        for text in texts:
            if not any(map(text.__contains__, words)) and raw.search(text):
                shut_out.append((gate.pattern[:60], text[:80]))
    assert not shut_out
