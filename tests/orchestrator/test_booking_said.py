"""Our quote accepted with more said beside the booking (round q84a): a question of paying the
deposit, the quote's own total said back, a year in the date. The reply quotes that order again
with the deposit's terms; a total said back that is not the quote's is asked, never booked."""

from __future__ import annotations

import pytest

from orchestrator.offline import OfflineResponder
from orchestrator.service import Turn
from vocabulary.messages import Channel

QUOTE = (
    "Quote for 12 adults with 12 chicken, 12 shrimp: guests $660.00. Travel to 95823: no fee. "
    "Total $660.00. A $100 deposit holds the date (deducted from the bill); gratuity is not "
    "included, 20-35% is customary."
)
QUOTED = (Turn(role="customer", text="12 adults chicken and shrimp 95823"), Turn(role="business", text=QUOTE))


@pytest.mark.parametrize(
    "text",
    [
        "Perfect, let's book it! 🙏 How do I pay the deposit?",
        "sounds good, how do i pay the deposit?",
        "ok 660 is fine, book it for sat oct 18 at 7",
        "The $660.00 total works for us. Please book Saturday, Sept 20, 2026.",
        "ok $660 for 12 of us is fine, book it",
        "deal 🤝 book it. do u take zelle for the deposit?",
        "We would like to proceed with the booking. How do I pay the $100 deposit?",
        "Looks great, please book it for the 14th! What's the easiest way to pay the deposit?",
    ],
)
def test_the_quote_accepted_is_quoted_again_with_the_deposit(
    text: str, offline: OfflineResponder
) -> None:
    reply = offline.respond(channel=Channel.SMS, text=text, history=QUOTED)
    assert reply.quote is not None and reply.quote["total"] == "660.00"
    assert not [f for f in reply.flags if f.startswith("check_order")]
    assert "deposit" in reply.text.lower()


@pytest.mark.parametrize("text", ["ok 600 is fine, book it for sat", "ok 1,100 sounds good, book it"])
def test_another_total_said_back_is_asked(text: str, offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, text=text, history=QUOTED)
    assert reply.quote is None
    assert any("not our quote's total" in f for f in reply.flags)
    assert "should we book it as quoted?" in reply.text


def test_paying_the_deposit_before_any_quote_books_nothing(offline: OfflineResponder) -> None:
    asked = (
        Turn(role="customer", text="hey how much for a hibachi party"),
        Turn(role="business", text="How many adults & kids (6-12, 5 & under)? And your ZIP code?"),
    )
    reply = offline.respond(channel=Channel.SMS, text="book it, how do i pay the deposit?", history=asked)
    assert reply.quote is None
    assert any("before any quote" in f for f in reply.flags)


@pytest.mark.parametrize(
    ("text", "adults"),
    [("book it but make it 14 adults", 14), ("2 more guys joined the leauge so were 14 now", 14)],
)
def test_a_change_beside_the_booking_is_quoted(text: str, adults: int, offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, text=text, history=QUOTED)
    assert reply.order is not None and reply.order.adults == adults


def test_a_loud_yes_takes_the_one_add_on_offered(offline: OfflineResponder) -> None:
    offer = Turn(role="business", text=QUOTE + " Would you like to add our premium sake service for $25.00?")
    reply = offline.respond(channel=Channel.SMS, text="YES obviously 🍶🍶", history=(QUOTED[0], offer))
    assert reply.order is not None and reply.order.add_ons == ("premium sake service",)


def test_a_date_with_a_slash_and_an_at_sign_is_booked(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, text="ok 660 it is. book us for sat 10/25 @ 6", history=QUOTED)
    assert reply.quote is not None and reply.quote["total"] == "660.00"
    assert not [f for f in reply.flags if f.startswith("check_order")]


def test_a_booking_beside_words_not_read_is_asked(offline: OfflineResponder) -> None:
    text = "ok book it for sat, and can the chef sing happy birthday?"
    reply = offline.respond(channel=Channel.SMS, text=text, history=QUOTED)
    assert reply.quote is None
    assert any("more said beside it" in f for f in reply.flags)
    assert "Should we book the order as we quoted it" in reply.text
