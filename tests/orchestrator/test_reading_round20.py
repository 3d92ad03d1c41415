"""Round 20 (issue 12): the wrongs of the twenty-third and twenty-fourth blind sets. A number the
reading did not place is asked about, never taken for a date by a word that only starts like a
month or a day ("5 married couples" is no 5th of March); couples with a word that says which are
counted; an allergy beside the food it names is asked; a deposit question beside a count, a cost
asked about a place and money owed back and not received are answered as such."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.complaints import is_complaint
from orchestrator.extraction import normalize
from orchestrator.guard import is_price_question
from orchestrator.policy_questions import TRAVEL_POLICY
from orchestrator.reading.checks import unexplained_numbers
from tests.orchestrator.readings import guests, order


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("5 married couples", ["5"]),
        ("wedding 12 adults", ["12"]),
        ("2 may come later", ["2"]),
        ("5 amazing friends", ["5"]),
        ("3 friends maybe 4", ["3", "4"]),
        ("on may 12 at 5pm", []),
        ("the 12th of may", []),
        ("sat 14, from 6 to 9 pm", []),
        ("june 5th, 3 days out, 20 miles", []),
    ],
)
def test_a_word_that_only_starts_like_a_month_or_a_day_dates_no_number(text: str,
                                                                        left: list[str]) -> None:
    assert unexplained_numbers(text, []) == left


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("5 married couples, 2 friends flying solo, and me + my wife. chicken + salmon 95662", 14),
        ("3 married couples and 2 single friends, chicken and salmon 95823", 8),
        ("me + my wife and 5 neighbor couples, chicken & scallops, zip 95762", 12),
        ("4 young couples + 3 friends coming solo + me and my hubby!! filet and shrimp 95630", 13),
    ],
)
def test_couples_with_a_word_that_says_which(text: str, adults: int, catalog: Catalog) -> None:
    read = order(text, catalog)
    assert guests(read) == (adults, 0, 0) and read.checks == ()


@pytest.mark.parametrize(
    "text",
    [
        "a few married couples and 4 singles. chicken and shrimp 95630",
        "some older couples from church + me and my husband. chicken 95630",
    ],
)
def test_couples_of_no_number_stay_asked(text: str, catalog: Catalog) -> None:
    assert order(text, catalog).checks != ()


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("chicken and shrimp for everybody, 12 adults, but my dad has a shellfish allergy. 95608", True),
        ("lobster and chicken for 9 adults, my mom is allergic to shellfish 95823", True),
        ("salmon and chicken for 14 adults, my sister has a fish allergy 95661", True),
        ("scallops and filet for 10 adults, my father has a seafood allergy 95608", True),
        ("chicken and filet for 11 adults. my brother has a shellfish allergy 95630", False),
        ("chicken and filet for 11 adults, 2 guests have nut allergies 95630", False),
    ],
)
def test_an_allergy_beside_the_food_it_names_is_asked(text: str, asked: bool,
                                                      catalog: Catalog) -> None:
    checks = order(text, catalog).checks
    assert any("allergy" in c for c in checks) is asked


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("if we're 25 adults do we still need to put down a deposit? how much is it", False),
        ("do we need a deposit? how much?", False),
        ("is the deposit still the same for 40? how much is that", False),
        ("do we need a deposit? how much for 25 adults?", True),
        ("25 adults. how much is it?", True),
    ],
)
def test_how_much_after_a_deposit_question_asks_the_deposit(text: str, price: bool) -> None:
    assert is_price_question(normalize(text)) is price


@pytest.mark.parametrize(
    ("text", "travel"),
    [
        ("hey does it cost more if we're out in placerville?", True),
        ("would it be more if we're up in auburn?", True),
        ("whats the extra cost if we're in elk grove?", True),
        ("is it pricier if the party's in folsom?", True),
        ("what would it cost for a hibachi party in roseville?", False),
        ("is it more for kids?", False),
        ("does it cost more in december?", False),
        ("is it extra for lobster in the order?", False),
    ],
)
def test_a_cost_asked_about_a_place_is_a_travel_question(text: str, travel: bool) -> None:
    assert bool(TRAVEL_POLICY.search(normalize(text))) is travel


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("Paid the deposit and cancelled 10 days before, still havent gotten my refund", True),
        ("where is my refund? i cancelled over a month ago", True),
        ("still waiting on our deposit back from the party we cancelled in june", True),
        ("if we cancel 10 days before, how long does the refund take?", False),
        ("do we get the deposit back if we cancel a week before?", False),
        ("we havent gotten a quote yet, is the deposit refundable if we cancel?", False),
    ],
)
def test_money_owed_back_and_not_received_is_a_complaint(text: str, complaint: bool) -> None:
    assert is_complaint(normalize(text)) is complaint
