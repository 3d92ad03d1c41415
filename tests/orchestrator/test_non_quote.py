"""The non-quote side of the offline responder: complaints and disputes told without complaint
words, praise after the event, the travel, minimum and inclusion policies, and orders named by
reference to an earlier one."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.complaints import is_complaint, is_praise
from orchestrator.drafts import Turn
from orchestrator.evaluation import _intent
from orchestrator.guard import check_draft, is_price_question
from orchestrator.service import Orchestrator
from orchestrator.topics import detect_topics
from vocabulary.messages import Channel


@pytest.fixture
def offline(catalog: Catalog) -> Orchestrator:
    return Orchestrator(catalog=catalog, client=None, model="unused")


@pytest.mark.parametrize(
    "text",
    [
        "the steak came out tough and the rice was way too salty",  # the food, as it was served
        "chef showed up an hour late yesterday and the kids were starving",  # the service
        "he left grease all over our patio. who's paying to fix this??",
        "your chef cancelled 2 hours before and we had 20 people waiting. how is that ok?",
        "honestly expected better for what we paid",  # dissatisfaction alone
        "i was charged $150 more than the quote said??",  # a disputed charge
        "there are 2 charges on my card for one booking",
        "the invoice says $890 but u quoted us $790",
        "the deposit wasn't taken off the final bill",
        "i'm upset, the party is next week and i still don't have a confirmation",
    ],
)
def test_complaints_without_complaint_words(text: str) -> None:
    assert is_complaint(text)
    assert "complaint" in detect_topics(text)  # the model path flags it from the same topics


@pytest.mark.parametrize(
    "text",
    [
        "overcooked? nah we like our steak well done. 12 adults ny strip 95608",  # a taste
        "we're worried the chicken might come out dry outdoors",  # a worry before booking
        "can the chef arrive 30 min late? our party starts at 7",  # a request
        "no complaints at all from last time, booking again!",  # a complaint denied
        "the chef was a little late last time but no big deal. 12 adults 95630",  # waved off
        "got charged the $100 deposit today, is that taken off the final bill?",  # no dispute
        "is there a charge for kids under 5?",  # a question about a charge
        "the shrimp last time was amazing, same again for 20",  # praise
    ],
)
def test_near_misses_are_no_complaint(text: str) -> None:
    assert not is_complaint(text)


@pytest.mark.parametrize(
    "text",
    [
        # promised, what happened instead, and a demand to put it right
        "we were told the deposit would be refunded when we moved the date. still nothing. pls fix",
        "you said travel was free for 95758 but we got billed $25 for it. can you refund that",
        "your office agreed to waive the fee, it's been 2 weeks and the refund never came. "
        "i'd like this resolved",
        "we were promised our deposit back after the rain cancellation, it never showed up. "
        "please send it.",
        "we were quoted $540 but the total came to $610. please adjust it",
        "the invoice had a $35 fee nobody ever mentioned, please remove it",  # a charge, unmentioned
    ],
)
def test_a_broken_promise_about_money_is_a_complaint(text: str) -> None:
    assert is_complaint(text)
    assert "complaint" in detect_topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "if we cancel 10 days out do we get our deposit back?",  # how refunds work
        "i was told the deposit is refundable, is that still true?",  # a promise, nothing broken
        "they told me refunds take 5 days, it's been 2 days and nothing yet, no rush",  # no demand
        "you quoted us $700, it's been a few days, can you send me the link to pay the deposit",
        "you said 10 but we're 14 now, please fix the headcount",  # a change, nothing broken
        "someone told me the travel fee to folsom is $30, please correct me if i'm wrong",
    ],
)
def test_questions_and_changes_about_money_are_no_broken_promise(text: str) -> None:
    assert not is_complaint(text)


async def test_a_broken_promise_with_a_headcount_goes_to_staff_unquoted(
    offline: Orchestrator,
) -> None:
    draft = await offline.draft(
        channel=Channel.EMAIL,
        text="We were quoted $700 for 14 people but the final bill came to $790. "
        "Please correct it to what we agreed.",
    )
    assert draft.flags == ("complaint",) and draft.needs_human
    assert draft.quote is None and "$" not in draft.text  # 14 people is no order


def test_praise_after_the_event_is_no_complaint_and_no_invite() -> None:
    assert is_praise("chef tony was amazing on saturday!! thank you so much")
    assert is_praise("everything was perfect last night, thank you chef ken")
    assert not is_praise("the food was cold last night, thanks for nothing")
    assert not is_praise("thanks, we'll get back to you with the count")
    assert is_praise("our guests loved it, 5 stars! will definitely book again")


async def test_a_complaint_after_the_event_goes_to_staff_unquoted(offline: Orchestrator) -> None:
    draft = await offline.draft(
        channel=Channel.TELEGRAM,
        text="your chef cancelled 3 hours before our party and we had 25 people waiting. how is that ok?",
    )
    assert draft.flags == ("complaint",) and draft.needs_human
    assert draft.quote is None and "$" not in draft.text  # 25 people is no order


async def test_praise_is_thanked_and_shown_to_staff(offline: Orchestrator) -> None:
    draft = await offline.draft(
        channel=Channel.MESSENGER, text="Chef Tony was amazing on Saturday!! thank you so much"
    )
    assert draft.flags == ("feedback",) and draft.needs_human and draft.quote is None
    assert "Thank you so much" in draft.text and "date is open" not in draft.text


async def test_a_general_travel_question_gets_the_policy_not_a_headcount_question(
    offline: Orchestrator,
) -> None:
    draft = await offline.draft(
        channel=Channel.WHATSAPP,
        text="how far do you travel? Is there a charge to come out further from Sacramento?",
    )
    assert draft.flags == () and not draft.needs_human and draft.quote is None
    assert "the first 30 miles are free, then it's $2.00 a mile" in draft.text
    assert "How many" not in draft.text


async def test_a_travel_question_about_a_place_is_a_lead(offline: Orchestrator) -> None:
    draft = await offline.draft(channel=Channel.SMS, text="do you guys travel to tahoe?")
    assert "How many adults & kids" in draft.text and "First 30 miles" in draft.text
    assert draft.quote is None
    # answering the travel rule makes it a policy answer, the invitation to a quote aside
    assert draft.answered == ("travel_policy",) and not draft.needs_human
    assert _intent(draft) == "policy"


async def test_a_travel_question_about_a_city_states_the_tools_fees(offline: Orchestrator) -> None:
    # Auburn has two street ZIPs: both run through the travel tool, the fee given as their range
    draft = await offline.draft(channel=Channel.SMS, text="would it cost more for you to drive out to Auburn??")
    assert [(r.name, r.arguments) for r in draft.tool_runs] == [
        ("calculate_travel_fee", {"zip_code": "95602"}), ("calculate_travel_fee", {"zip_code": "95603"})]
    assert draft.text.startswith("Auburn (95602, 95603) is 38.3 to 42.1 miles from us: travel fee "
                                 "$16.60 to $24.20, depending on the ZIP code. First 30 miles")
    assert draft.flags == () and draft.quote is None and _intent(draft) == "policy"
    one = await offline.draft(channel=Channel.SMS, text="do u come out to folsom")
    assert one.text.startswith("Folsom (95630) is 23.2 miles from us: no travel fee.")
    assert _intent(one) == "policy"


async def test_a_price_question_is_no_policy_answer(offline: Orchestrator) -> None:
    draft = await offline.draft(channel=Channel.SMS, text="how much for a party? we're in 95630")
    assert draft.answered == () and _intent(draft) == "ask_guests"


def test_a_policy_sentence_is_no_price_question_but_a_counted_one_is(catalog: Catalog) -> None:
    assert not is_price_question("is there a charge to come out further from sacramento?")
    assert not is_price_question("how much do you charge per mile?")
    assert is_price_question("how much to come out further for 10 people?")
    assert is_price_question("how much for twelve adults, is travel included?")
    assert not is_price_question("is there a charge for kids under 5?")
    assert is_price_question("what's the price for kids, we have 3 of them?")

    def flags(customer: str) -> tuple[str, ...]:
        return check_draft(
            draft_text="The first 30 miles are free, then it's $2.00 a mile.",
            customer_text=customer,
            tool_results=[],
            tools_called=0,
            catalog_amounts=catalog.money_facts(),
        )

    # the published rate answers the policy; a party's price still needs the quote tool
    assert flags("Is there a charge to come out further from Sacramento?") == ()
    assert flags("How much for 10 people out in Placerville?") == ("price_without_tool",)


async def test_the_minimum_asked_with_a_rough_count_is_answered_not_quoted(
    offline: Orchestrator,
) -> None:
    draft = await offline.draft(
        channel=Channel.EMAIL,
        text="Hi,\n\nIs there a minimum for small parties? It would only be 4 or 5 of us.\n\nThanks",
    )
    assert draft.flags == () and not draft.needs_human and draft.quote is None
    assert "Our party minimum is $550.00 for the food" in draft.text
    # with a definite count the quote shows the minimum itself, once
    quoted = await offline.draft(
        channel=Channel.SMS, text="5 adults, chicken and shrimp, 95814. is there a minimum?"
    )
    assert quoted.quote is not None and quoted.quote["total"] == "550.00"
    assert quoted.text.count("$550.00") == 2  # the total and "That's our $550.00 party minimum"


async def test_what_is_included_is_answered_from_the_catalog(offline: Orchestrator) -> None:
    draft = await offline.draft(
        channel=Channel.SMS, text="whats included per person? like how many proteins do we get"
    )
    assert not draft.needs_human and draft.quote is None
    assert draft.text.startswith("Each guest 6+ gets 2 protein portions (chicken, NY strip steak")
    assert "lobster tail +$15.00" in draft.text
    upgrade = await offline.draft(channel=Channel.WHATSAPP, text="is lobster included or is that extra?")
    assert "lobster tail +$15.00" in upgrade.text and "How many" not in upgrade.text
    tip = await offline.draft(channel=Channel.SMS, text="is the tip included or do we tip the chef?")
    assert "protein portions" not in tip.text


@pytest.mark.parametrize(
    "text",
    [
        "hey it's Carla again! same as last year, the usual for 12",
        "can we do the same thing as our xmas party but for 16 this time",
        "repeat of last years order pls, same zip",
    ],
)
async def test_an_order_named_by_reference_goes_to_staff(offline: Orchestrator, text: str) -> None:
    draft = await offline.draft(channel=Channel.SMS, text=text)
    assert draft.needs_human and draft.quote is None
    assert draft.flags == (
        "check_order: an order named by reference to an earlier one: staff to look it up",
    )
    assert "pull up your last order" in draft.text


async def test_the_usual_two_portions_is_no_reference(offline: Orchestrator) -> None:
    draft = await offline.draft(
        channel=Channel.SMS,
        text="12 adults, shrimp + chicken, and 6 extra filets on top of the usual 2 each. ZIP 95814",
    )
    assert not any("reference" in flag for flag in draft.flags)
    assert draft.quote is not None and draft.quote["total"] == "750.00"


_QUOTED = ("Quote for 12 adults with 12 NY strip steak, 12 shrimp: guests $660.00. Travel to 95663 "
           "(30.6 mi, first 30 free): $1.20. Total $661.20. A $100 deposit holds the date (deducted "
           "from the bill); gratuity is not included, 20-35% is customary.")


@pytest.mark.parametrize(
    ("channel", "said"),
    [
        (Channel.SMS, "Penryn, CA (95663) is 30.6 miles from us: travel fee $1.20. First 30 miles "
                      "from Sacramento (95814) are free, then $2.00/mile."),
        (Channel.EMAIL, "Penryn, CA (95663) is 30.6 miles from us: travel fee $1.20. The chef drives "
                        "from Sacramento (95814): the first 30 miles are free, then it's $2.00 a mile."),
    ],
)
async def test_a_travel_question_naming_its_zip_does_not_ask_for_it(
    channel: Channel, said: str, offline: Orchestrator
) -> None:
    # set 170 fh069: the tool's fee to the ZIP asked about, then the travel rule without "Your ZIP?"
    history = (Turn("customer", "12 adults, ny strip and shrimp, 95663"), Turn("business", _QUOTED))
    text = "shouldnt travel to 95663 be free? you said first 30 miles free and we're like 25 min from downtown"
    draft = await offline.draft(channel=channel, text=text, history=history)
    assert said in draft.text and "ZIP?" not in draft.text and "Send me the ZIP" not in draft.text
    assert draft.quote is None and _intent(draft) == "policy"


async def test_a_travel_question_with_no_zip_found_still_asks_for_it(offline: Orchestrator) -> None:
    history = (Turn("customer", "12 adults, ny strip and shrimp, 95663"), Turn("business", _QUOTED))
    text = "shouldnt travel to 99999 be free? you said first 30 miles free"
    draft = await offline.draft(channel=Channel.SMS, text=text, history=history)
    assert draft.text == ("I couldn't find that ZIP code, so we'll confirm the travel fee. First 30 miles "
                          "from Sacramento (95814) are free, then $2.00/mile. Your ZIP?")
