"""Round q81a: dictated run-ons, read by the pattern functions alone (no orchestrator)."""

from __future__ import annotations

import pytest

from orchestrator.reading.dictation import dictated
from orchestrator.reading.new_totals import bare_totals


@pytest.mark.parametrize(
    ("said", "written"),
    [
        # a filler after a list of numbers closed by "and" ends the list
        ("they are 14 12 10 and 7 um chicken", "they are 14 12 10 and 7. chicken"),
        ("ages 9 and 4 uh shrimp", "ages 9 and 4. shrimp"),
        # kept after a lone number and before a correction, as before
        ("at 6 30 uh ny strip", "at 6 30 uh ny strip"),
        ("10 and 7 um no 8 kids", "10 and 7 um no 8 kids"),
    ],
)
def test_list_pause(said: str, written: str) -> None:
    assert dictated(said) == written


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("oh and make that 14 sorry my brother and his wife are coming so add 2 more", 14),
        ("were down to 15 3 people cant make it", 15),
        ("hey so were down to 16", 16),
        ("can we add the sake and my boss says it's 19 now same food", 19),
    ],
)
def test_dictated_bare_totals(text: str, total: int) -> None:
    found = bare_totals(text)
    assert [int(next(g for g in m.groups() if g)) for m in found] == [total]


@pytest.mark.parametrize(
    "text",
    [
        "we were down to 15 last year",  # "were" after its subject: no new count
        "were down to 15 3 kids",  # no one said to drop out after it
    ],
)
def test_no_bare_total(text: str) -> None:
    assert bare_totals(text) == []
