"""Round 19a (issue 12): the wrongs of the twenty-first and twenty-second blind sets. Food the
menu does not have asked for in Spanish is for staff (theirs or taken out changes nothing), and a
fee asked for the drive itself is the travel policy, a place named or not."""

from __future__ import annotations

import pytest

from orchestrator.dishes import off_menu_dish
from orchestrator.extraction import normalize
from orchestrator.policy_questions import TRAVEL_POLICY


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("nos gustaria unos tamales de entrada antes del hibachi, somos 30", True),
        ("pueden hacer pozole también? 25 personas", True),
        ("queremos hibachi para 40 y de postre un pastel de tres leches", True),
        ("podrían servir ceviche ademas del hibachi? 60 adultos", True),
        ("somos 20 adultos, chicken y salmon. el pastel lo traemos nosotros", False),
        ("22 adultos, chicken y filet, nosotros llevamos los tamales", False),
        ("somos 18 adultos, chicken y shrimp. no necesitamos pastel", False),
        ("somos 18 adultos, chicken y shrimp, sin pastel", False),
    ],
)
def test_a_dish_the_menu_does_not_have_asked_for_in_spanish(text: str, asked: bool) -> None:
    assert off_menu_dish(normalize(text)) is asked


@pytest.mark.parametrize(
    ("text", "travel"),
    [
        ("is there a fee for driving out to lodi", True),
        ("whats the charge for coming out to elk grove", True),
        ("any fee for traveling up to rocklin?", True),
        ("hey is there an extra fee to drive out to galt??", True),
        ("is there a fee for kids?", False),
        ("is there a fee to change the date?", False),
        ("is there a fee for going over 3 hours?", False),
        ("any charge to get the sake?", False),
    ],
)
def test_a_fee_asked_for_the_drive_is_a_travel_question(text: str, travel: bool) -> None:
    assert bool(TRAVEL_POLICY.search(normalize(text))) is travel
