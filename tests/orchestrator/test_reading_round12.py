"""The seventh and eighth blind sets' conversation references, settled choices and non-quote
intents (issue 12), each with the near misses that must stay as they were: "same food" in a
follow-up names this conversation's order, "same as last time" one staff look up; an emphasised
add-on, a choice scratched for a swap, "steak (the new york one)", "each plate = 1 X + 1 Y"; an
invoice beside an order, the deposit or the minimum asked with a small count, a custom menu of
courses, a travel fee charged against what the business said."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.complaints import is_complaint
from orchestrator.service import Orchestrator, Turn
from orchestrator.topics import detect_topics
from tests.orchestrator.readings import order, portions
from vocabulary.messages import Channel

REFERENCE = "check_order: an order named by reference to an earlier one: staff to look it up"


@pytest.fixture
def offline(catalog: Catalog) -> Orchestrator:
    return Orchestrator(catalog=catalog, client=None, model="unused")


def _asked(text: str) -> tuple[Turn, Turn]:
    return (Turn(role="customer", text=text), Turn(role="business", text="Here's your quote."))


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("ok we're 13 adults now. same food", "715.00"),
        ("2 more kids coming, they're 7 and 10. same food as everyone else", "610.00"),
        ("now 12 adults, same menu please", "660.00"),
    ],
)
async def test_same_food_in_a_follow_up_requotes_the_conversations_order(
    offline: Orchestrator, text: str, total: str
) -> None:
    history = _asked("10 adults chicken and shrimp 95819")
    draft = await offline.draft(channel=Channel.SMS, text=text, history=history)
    assert draft.flags == () and not draft.needs_human
    assert draft.quote is not None and draft.quote["total"] == total
    assert "dietary" not in draft.text  # "same menu" is no question about the menu


async def test_an_order_outside_the_conversation_is_looked_up_by_staff(offline: Orchestrator) -> None:
    history = _asked("10 adults chicken and shrimp 95819")
    last_time = await offline.draft(
        channel=Channel.SMS, text="make it 14 adults, same food as last time we booked", history=history
    )
    assert last_time.needs_human and last_time.quote is None and last_time.flags == (REFERENCE,)
    party = await offline.draft(channel=Channel.SMS, text="14 adults, same menu as our christmas party")
    assert party.needs_human and party.quote is None
    # a bare "same food" with no order in the conversation names one staff must find
    bare = await offline.draft(channel=Channel.SMS, text="same food pls, 12 adults 95819")
    assert bare.needs_human and bare.quote is None and bare.flags == (REFERENCE,)


def test_choices_settled_within_the_message(catalog: Catalog) -> None:
    scratched = order("9 adults. chicken and ny strip... actually no scratch that, do salmon instead of "
                      "the strip. 95826", catalog)  # fmt: skip
    assert scratched.sure and portions(scratched) == {"chicken": 9, "salmon": 9}
    undecided = order("9 adults chicken and shrimp... actually scratch that, maybe lobster? 95630", catalog)
    assert not undecided.sure
    steak = order("10 adults shrimp and steak (the new york one), 95630", catalog)
    assert steak.sure and portions(steak) == {"shrimp": 10, "ny_strip": 10}
    dashed = order("10 adults shrimp and steak - the filet kind, 95630", catalog)
    assert dashed.sure and portions(dashed) == {"shrimp": 10, "filet_mignon": 10}
    stressed = order("10 adults tofu + shrimp and REALLY the extended show 95630", catalog)
    assert stressed.sure and stressed.add_ons == ("extended_performance",)
    unknown = order("10 adults tofu and shrimp and deeply fried oreos 95630", catalog)
    assert not unknown.sure  # a word before something the menu does not have stays asked


@pytest.mark.parametrize(
    "text",
    [
        "14 adults, every plate gets 1 chicken + 1 salmon. 95630",
        "14 adults. each plate = 1 chicken, 1 salmon. 95630",
        "14 adults. per plate: one chicken and one salmon. 95630",
    ],
)
def test_each_plate_is_per_paying_guest(catalog: Catalog, text: str) -> None:
    read = order(text, catalog)
    assert read.sure and portions(read) == {"chicken": 14, "salmon": 14}


def test_extras_for_the_table_before_a_zip(catalog: Catalog) -> None:
    read = order("8 adults, chicken and shrimp and 3 lobster tails on top for the table 🦞 95630", catalog)
    assert read.sure and portions(read) == {"chicken": 8, "shrimp": 8, "lobster_tail": 3}
    assert "equipment" not in detect_topics("3 lobster tails on top for the table")


async def test_an_invoice_beside_an_order_is_quoted_and_alone_goes_to_staff(
    offline: Orchestrator,
) -> None:
    quoted = await offline.draft(
        channel=Channel.EMAIL,
        text="Company lunch for 60 people, chicken and tofu for all, ZIP 95691. Invoice to ap@ please.",
    )
    assert not quoted.needs_human and quoted.quote is not None and quoted.quote["total"] == "3300.00"
    assert "billing details" in quoted.text
    alone = await offline.draft(channel=Channel.EMAIL, text="Can you invoice our company directly?")
    assert alone.needs_human and alone.quote is None
    paperwork = await offline.draft(
        channel=Channel.EMAIL, text="Need your certificate of insurance. 30 adults chicken + shrimp 95814"
    )
    assert paperwork.needs_human  # insurance stays a person's answer


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("do we get the deposit back if we cancel? around 18 adults", "$100.00"),
        ("is there a minimum? it's only 5 of us", "$550.00"),
        ("whats ur minimum, we're 7 adults", "$550.00"),
    ],
)
async def test_a_policy_question_with_a_small_count_is_answered_not_quoted(
    offline: Orchestrator, text: str, said: str
) -> None:
    draft = await offline.draft(channel=Channel.SMS, text=text)
    assert draft.quote is None and not draft.needs_human and said in draft.text
    ordered = await offline.draft(channel=Channel.SMS, text=text + ", chicken and shrimp 95819")
    assert ordered.quote is not None  # with an order it is a quote


async def test_a_custom_menu_of_courses_goes_to_a_person(offline: Orchestrator) -> None:
    courses = await offline.draft(
        channel=Channel.EMAIL, text="Could you do a custom menu with a soup starter and a dessert course?"
    )
    assert courses.needs_human
    planning = await offline.draft(
        channel=Channel.SMS, text="can we add custom menu planning, chicken and scallops?"
    )
    assert not planning.needs_human


def test_a_charge_against_what_the_business_said_is_a_complaint() -> None:
    assert is_complaint("we got charged a cleaning fee but ur guy said there was none?? not cool")
    assert is_complaint("they billed us for travel after our party, the lady on the phone said free")
    assert not is_complaint("not cool that the 12th is booked, what about the 19th?")
    assert not is_complaint("your guy said the deposit is refundable, we got charged today. right?")


def test_a_wall_of_text_is_read_from_its_beginning_and_flagged(catalog: Catalog) -> None:
    """A pasted 300 kB message costs the reading no more than its first READ_MAX_CHARS: the order
    at its head is read, and the rest is named to the reviewer."""
    from orchestrator.extraction import READ_MAX_CHARS, extract

    head = "quote for 12 adults, chicken and shrimp, 95630. "
    wall = head + "row 9581 qty 12345 " * 20_000
    read = extract(wall, catalog)
    assert read.adults == 12
    assert ("message", f"a message of {len(wall)} characters: only its first {READ_MAX_CHARS} "
                       "read") in read.checks
    assert not [c for c in extract(head, catalog).checks if c[0] == "message"]
