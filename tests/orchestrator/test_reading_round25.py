"""Round 25 (issue 12): "min" after an amount of money, or after a verb of reaching it, is the
party minimum a customer asks about; "min" as minutes is not."""

from __future__ import annotations

import pytest

from orchestrator.policy_questions import MINIMUM


@pytest.mark.parametrize(
    "text",
    [
        "is the $550 min even for 4 of us?",
        "would we still have to hit the 550 min if we're 6",
        "still the $550.00 min if there's only 5 of us?",
        "do we need to meet ur min",
    ],
)
def test_min_beside_an_amount_is_the_minimum(text: str) -> None:
    assert MINIMUM.search(text)


@pytest.mark.parametrize(
    "text",
    ["we're a 45 min drive from sac", "can u be here in 30 min", "the 120 min drive is fine"],
)
def test_min_as_minutes_is_not(text: str) -> None:
    assert not MINIMUM.search(text)
