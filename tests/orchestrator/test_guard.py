"""The price guard: amounts in a draft must come from this drafting's tool results."""

from __future__ import annotations

from decimal import Decimal

from orchestrator.catalog import Catalog
from orchestrator.guard import check_draft, is_price_question, money_amounts
from orchestrator.service import Orchestrator
from vocabulary.messages import Channel

QUOTE = {
    "total": "1020.00",
    "deposit": "100.00",
    "gratuity": {"low": "204.00"},
    "proteins": {"assumptions": ["filet mignon is +$5.00 per portion"]},
    "adults": 12,
}


def test_money_amounts_in_every_spelling() -> None:
    text = "Total $1,020.00, about $55 each, 600 dollars, USD 100 or 12.50 bucks; 23.2 miles, 20%"
    assert [v for _, v in money_amounts(text)] == [
        Decimal("1020.00"),
        Decimal("55"),
        Decimal("600"),
        Decimal("100"),
        Decimal("12.50"),
    ]


def test_amounts_from_tool_results_pass() -> None:
    flags = check_draft(
        draft_text="Your total is $1,020.00 with a $100 deposit; tip from $204.00. Filet +$5.",
        customer_text="how much?",
        tool_results=[QUOTE],
        tools_called=1,
    )
    assert flags == ()


def test_invented_amount_is_flagged_by_value() -> None:
    flags = check_draft(
        draft_text="Total $1,020.00 plus a $10.00 napkin fee and 45 dollars for setup.",
        customer_text="how much?",
        tool_results=[QUOTE],
        tools_called=1,
    )
    assert flags == ("unverified_amounts: $10.00, $45.00",)


def test_counts_in_results_are_not_money() -> None:
    flags = check_draft(
        draft_text="That's $12.", customer_text="price?", tool_results=[QUOTE], tools_called=1
    )
    assert flags == ("unverified_amounts: $12.00",)


def test_catalog_facts_are_allowed_explicitly() -> None:
    flags = check_draft(
        draft_text="The deposit is $100 and adults are $55.",
        customer_text="deposit?",
        tool_results=[],
        tools_called=0,
        catalog_amounts={Decimal("100.00"), Decimal("55.00")},
    )
    assert flags == ()


def test_price_question_answered_without_a_tool() -> None:
    flags = check_draft(
        draft_text="For 10 adults it's $550.",
        customer_text="How much for 10 adults?",
        tool_results=[],
        tools_called=0,
        catalog_amounts={Decimal("550.00")},
    )
    assert flags == ("price_without_tool",)


def test_price_question_detection_ignores_policy_questions() -> None:
    assert is_price_question("Ballpark price for 20?")
    assert is_price_question("How much is the travel fee to Lincoln?")
    assert not is_price_question("How much is the deposit?")
    assert not is_price_question("Is tax included? Thanks!")
    assert is_price_question("Is tax included? And what would the total be?")


def test_price_question_said_as_what_it_runs_or_sets_back() -> None:
    assert is_price_question("hey what would a 4th of july hibachi party run us?")
    assert is_price_question("how much would that set us back")
    assert not is_price_question("can you run us through the menu?")


async def test_check_text_guards_a_staff_edit_against_stored_tool_runs(catalog: Catalog) -> None:
    orch = Orchestrator(catalog=catalog, client=None, model="unused")
    draft = await orch.draft(channel=Channel.SMS, text="10 adults with filet mignon, Folsom 95630")
    runs = draft.to_json()["tool_runs"]
    assert (
        orch.check_text(text="Total $600.00, deposit $100.", customer_text="price?", tool_runs=runs)
        == ()
    )
    edited = orch.check_text(
        text="Total $580.00 (friends discount).", customer_text="price?", tool_runs=runs
    )
    assert edited == ("unverified_amounts: $580.00",)


def test_a_bare_number_in_a_money_role_is_money() -> None:
    def flags(text: str) -> tuple[str, ...]:
        return check_draft(draft_text=text, customer_text="how much?", tool_results=[QUOTE],
                           tools_called=1, catalog_amounts=[Decimal("550.00"), Decimal("100.00")])  # fmt: skip

    assert flags("For 12 adults your total is 1100, deposit: 100.") == (
        "unverified_amounts: $1,100.00",
    )
    assert flags("Good news, your total is 550!") == (
        "wrong_role_amount: total $550.00 (tool: $1,020.00)",
    )
    assert flags("Total: 1,020 with a deposit of 100.") == ()
    # Counts next to a role word stay counts.
    assert flags("A total of 12 guests; total 12 adults; $1,020.00 total.") == ()


def test_a_total_without_a_quote_is_flagged_even_at_a_published_price() -> None:
    flags = check_draft(draft_text="10 adults with filet: your total is $550.", customer_text=
                        "10 adults filet 95630", tool_results=[], tools_called=0,
                        catalog_amounts=[Decimal("550.00")])  # fmt: skip
    assert flags == ("total_without_quote: $550.00",)
    deposit = check_draft(draft_text="The deposit is $100.", customer_text="deposit?",
                          tool_results=[], tools_called=0, catalog_amounts=[Decimal("100.00")])  # fmt: skip
    assert deposit == ()
