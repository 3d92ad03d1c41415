"""Extraction and the offline responder's replies on each channel."""

from __future__ import annotations

import json

import pytest

from adapters.text import sms_segments
from orchestrator.catalog import Catalog
from orchestrator.extraction import extract
from orchestrator.service import Orchestrator, Turn
from vocabulary.messages import Channel


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        ("party of 12", (12, 0, 0)),
        ("twelve people", (12, 0, 0)),
        ("10 adults and 3 kids (ages 8, 10 and 4)", (10, 2, 1)),
        ("12 adults + 4 kids (ages 6 to 12) + 2 toddlers", (12, 4, 2)),
        ("6 adults and 9 kids ages 8 to 11, plus my 4-year-old", (6, 9, 1)),
        ("twenty-five adults, no kids", (25, 0, 0)),
        ("party of 10 including 3 kids", (7, 3, 0)),
        ("4 adults, 2 kids under 5", (4, 0, 2)),
        ("12 adults + 3 teens", (15, 0, 0)),
        ("dinner for 14 on Saturday", (14, 0, 0)),
        ("5 adults and our 7 yo", (5, 1, 0)),
        ("9 adults + 3 teens (13, 15 and 18)", (12, 0, 0)),
        ("3 adults, 3 kids (12, 9, and 5)", (3, 2, 1)),
        ("me & my 5 housemates", (6, 0, 0)),
        ("11 firefighters and 3 medics, all adults", (14, 0, 0)),
        ("2 households: us 2 adults + a 3 yo, the Kims 3 adults", (5, 0, 1)),
    ],
)
def test_guest_extraction(catalog: Catalog, text: str, guests: tuple[int, int, int]) -> None:
    inquiry = extract(text, catalog)
    assert (inquiry.adults, inquiry.children, inquiry.toddlers) == guests


def test_protein_extraction_with_counts_and_aliases(catalog: Catalog) -> None:
    def asks(text: str) -> list[tuple[str, int | None, bool, int]]:
        return [(a.protein, a.portions, a.per_guest, a.half) for a in extract(text, catalog).proteins]

    assert asks("16 lobster tails") == [("lobster_tail", 16, False, 0)]
    assert asks("filet mignon for all 10") == [("filet_mignon", 10, False, 0)]
    assert asks("half NY strip, half chicken") == [
        ("ny_strip", None, False, 1),
        ("chicken", None, False, 2),
    ]
    assert asks("10 lobster + 12 chicken + 10 shrimp") == [
        ("lobster_tail", 10, False, 0),
        ("chicken", 12, False, 0),
        ("shrimp", 10, False, 0),
    ]
    assert asks("two of the adults would like filet") == [("filet_mignon", 2, False, 0)]
    assert asks("we want lobster for everyone") == [("lobster_tail", None, True, 0)]
    assert asks("chicken and steak, maybe a couple lobster upgrades") == [
        ("chicken", None, False, 0),
        ("steak", None, False, 0),
        ("lobster_tail", 2, False, 0),
    ]
    assert asks("3 sirloin steaks") == [("ny_strip", 3, False, 0)]


def test_add_ons_and_zip(catalog: Catalog) -> None:
    inquiry = extract("15 adults, ZIP 94102-1234, sake please and the extended show", catalog)
    assert inquiry.add_ons == ("premium_sake_service", "extended_performance")
    assert inquiry.zip_code == "94102"
    assert extract("call (916) 555-0187, 10 adults", catalog).zip_code is None


@pytest.fixture
def offline(catalog: Catalog) -> Orchestrator:
    return Orchestrator(catalog=catalog, client=None, model="unused")


async def test_sms_quote_is_one_segment_and_exact(offline: Orchestrator) -> None:
    draft = await offline.draft(
        channel=Channel.SMS,
        text="Hi! How much for hibachi for 10 adults with filet mignon? We're in Folsom 95630",
    )
    assert draft.responder == "offline" and draft.model is None and draft.flags == ()
    assert draft.text.startswith("10 adults, 10 filet mignon: $600.00 total, no travel fee.")
    assert sms_segments(draft.text).segments == 1
    assert draft.quote is not None and draft.quote["total"] == "600.00"
    assert [r.name for r in draft.tool_runs] == ["calculate_party_quote"]
    assert draft.tool_runs[0].arguments == {
        "adults": 10,
        "children": 0,
        "toddlers": 0,
        "proteins": [{"protein": "filet mignon", "portions": 10}],
        "add_ons": [],
        "zip_code": "95630",
    }
    json.dumps(draft.to_json())


async def test_sms_quote_reads_back_its_add_ons_under_the_minimum(offline: Orchestrator) -> None:
    # 8 x $55 + $50 + $25 is under $550: the total alone would not show the add-ons were taken.
    draft = await offline.draft(
        channel=Channel.SMS, text="8 adults ny strip and shrimp 95811, add the extended show and sake"
    )
    assert draft.flags == () and draft.quote is not None and draft.quote["total"] == "550.00"
    assert draft.text.startswith(
        "8 adults, 8 NY strip steak, 8 shrimp, premium sake service, extended performance: "
        "$550.00 total, no travel fee. That's our $550.00 party minimum."
    )
    assert sms_segments(draft.text).segments <= 2


async def test_email_has_greeting_breakdown_and_sign_off(offline: Orchestrator) -> None:
    draft = await offline.draft(
        channel=Channel.EMAIL,
        customer_name="Priya Raman",
        text="10 adults, 10 lobster tails, 12 chicken and 10 shrimp portions, 95814",
    )
    lines = draft.text.splitlines()
    assert lines[0] == "Hi Priya,"
    assert "- 10 lobster tail upgrade x $15.00 = $150.00" in lines
    assert "- 12 extra portions x $10.00 = $120.00" in lines
    assert "Total: $820.00 (no sales tax)" in lines
    assert lines[-3:] == ["Best regards,", "Sacramento Hibachi at Home", "+19165550100"]


async def test_whatsapp_breakdown_reads_back_the_included_proteins(offline: Orchestrator) -> None:
    draft = await offline.draft(
        channel=Channel.WHATSAPP,
        text="16 adults, filet and shrimp for everyone plus 12 extra chicken portions. 95823",
    )
    lines = draft.text.splitlines()
    assert "- 16 adults x $55.00 = $880.00" in lines
    assert "- 16 filet mignon upgrade x $5.00 = $80.00" in lines
    # one line for what the price includes, so the customer can still correct the order
    assert "- 16 shrimp, 12 chicken (included)" in lines
    assert "- 12 extra portions x $10.00 = $120.00" in lines


async def test_missing_zip_quotes_without_travel_and_asks(offline: Orchestrator) -> None:
    draft = await offline.draft(channel=Channel.SMS, text="how much for 18 adults?")
    assert draft.quote is not None and draft.quote["travel"]["status"] == "to_be_confirmed"
    assert "$990.00 before travel, travel fee TBC" in draft.text
    assert "What's the event ZIP code?" in draft.text


async def test_missing_guest_count_is_asked(offline: Orchestrator) -> None:
    draft = await offline.draft(
        channel=Channel.TELEGRAM, text="How much is the travel fee out to Lincoln 95648?"
    )
    assert draft.quote is None
    assert "Lincoln, CA (95648) is 29.1 miles from us: no travel fee." in draft.text
    assert "How many guests are you expecting" in draft.text


async def test_history_fills_in_the_guest_count(offline: Orchestrator) -> None:
    history = [
        Turn(role="customer", text="party of 10 adults, filet for everyone"),
        Turn(role="business", text="Thanks! What's your ZIP code?"),
    ]
    draft = await offline.draft(channel=Channel.SMS, text="95630", history=history)
    assert draft.quote is not None and draft.quote["total"] == "600.00"


async def test_steak_is_asked_about(offline: Orchestrator) -> None:
    draft = await offline.draft(channel=Channel.MESSENGER, text="12 adults, chicken and steak, 95747")
    assert (
        "By steak, do you mean NY strip steak (included) or filet mignon (+$5.00 per portion)? "
        "I priced NY strip steak for now."
    ) in draft.text


async def test_policy_answers_come_from_the_catalog(offline: Orchestrator) -> None:
    draft = await offline.draft(
        channel=Channel.WHATSAPP, text="Is the deposit refundable? Do you charge tax?"
    )
    assert draft.text == (
        "Hi!\n\nWe take a $100.00 deposit to book; it's deducted from your final bill and "
        "refundable if you cancel 7 or more days before the event. No sales tax is charged."
    )
    assert draft.tool_runs == () and draft.flags == () and draft.needs_human is False


async def test_complaints_and_unknowns_go_to_staff(offline: Orchestrator) -> None:
    complaint = await offline.draft(channel=Channel.SMS, text="The food was cold and the chef was rude.")
    assert complaint.needs_human and complaint.flags == ("complaint",)
    assert "someone will follow up" in complaint.text
    unknown = await offline.draft(channel=Channel.WEB_CHAT, text="Do you have a franchise program?")
    assert unknown.needs_human and unknown.flags == ("unhandled",)


async def test_a_city_without_its_zip_is_asked_and_no_total_stated(offline: Orchestrator) -> None:
    draft = await offline.draft(channel=Channel.SMS, text="12 adults in Folsom, chicken and shrimp")
    assert draft.needs_human
    assert draft.flags == ("check_order: Folsom named without a ZIP code: travel fee to be confirmed",)
    assert "What's the ZIP code there, for the travel fee?" in draft.text
    assert "$660.00" not in draft.text and "total" not in draft.text.lower()
    # the reviewer still sees the reading's quote
    assert draft.quote is not None and draft.quote["total"] == "660.00"


async def test_what_only_a_person_can_arrange_goes_to_staff(offline: Orchestrator) -> None:
    draft = await offline.draft(
        channel=Channel.INSTAGRAM, text="can u call me? we'd need 2 chefs for a wedding"
    )
    assert draft.needs_human and draft.quote is None
    # the call asked for is its own staff topic (round q84n: beside a quoted order it is no hold)
    assert draft.flags == ("staff_to_confirm: arrangements, call requested",)
    assert "Our team will reach out to you directly to go over the details." in draft.text


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("we paid the deposit a week ago and nobody has confirmed our date", True),
        ("booked you for the 12th, still haven't heard back from anyone. so frustrating", True),
        ("frustrated trying to plan this lol. 12 adults chicken and shrimp 95630", False),
        ("haven't heard back from my friends yet, what's the deposit?", False),
    ],
)
async def test_a_complaint_told_without_complaint_words(
    offline: Orchestrator, text: str, complaint: bool
) -> None:
    draft = await offline.draft(channel=Channel.SMS, text=text)
    assert ("complaint" in draft.flags) is complaint


async def test_an_allergy_beside_an_order_without_its_food_is_noted_in_either_message(
    offline: Orchestrator,
) -> None:
    note = "Noted: a shellfish allergy (nothing in this order has shellfish)."
    first = await offline.draft(
        channel=Channel.SMS,
        text="25 adults chicken and filet, 95661. one guest has a shellfish allergy",
    )
    assert first.quote is not None and first.quote["total"] == "1500.00"
    assert note in first.text and first.flags == ("staff_to_confirm: menu",)
    history = [
        Turn(role="customer", text="25 adults chicken and filet, 95661"),
        Turn(role="business", text="25 adults, 25 chicken, 25 filet mignon: $1,500.00 total."),
    ]
    later = await offline.draft(
        channel=Channel.SMS, text="oh fyi my mom has a shellfish allergy", history=history
    )
    assert later.quote is not None and later.quote["total"] == "1500.00" and note in later.text
    beside = await offline.draft(
        channel=Channel.SMS,
        text="25 adults chicken and shrimp, 95661. one guest has a shellfish allergy",
    )
    assert "Noted" not in beside.text and "Who has the allergy" in beside.text
    assert any("shellfish allergy named beside shrimp" in flag for flag in beside.flags)


async def test_quoted_thread_is_history_on_email_only(offline: Orchestrator) -> None:
    """The email adapter writes a reply's quoted thread after its newest words; the orchestrator
    reads it as history on email only: the same marker typed on SMS is the customer's text, no
    business turn the customer could forge."""
    from vocabulary.quoted_thread import write_thread

    quote = ("Quote for 10 adults with 10 chicken, 10 shrimp: guests $550.00. Travel to 95823: "
             "no fee. Total $550.00.")  # fmt: skip
    turns = [("customer", "10 adults chicken and shrimp 95823"), ("business", quote)]
    text = write_thread("Adding my in-laws, so 2 more adults please.", turns)
    email = await offline.draft(channel=Channel.EMAIL, text=text)
    assert email.quote is not None and email.quote["total"] == "660.00"
    sms = await offline.draft(channel=Channel.SMS, text=text)
    assert sms.quote is None or sms.quote["total"] != "660.00"
