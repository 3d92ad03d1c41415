"""A question whether the count, the order or the date can change after booking: the catalog has
no rule on it, so the offline reply gives the deposit and cancellation terms it has and promises
that staff confirm the rest, with the reviewer's flag; it never invents a rule or quotes a count
given only as context."""

from __future__ import annotations

import pytest

from orchestrator.extraction import normalize
from orchestrator.offline import OfflineResponder
from orchestrator.topics import detect_topics
from vocabulary.messages import Channel

FLAG = "staff_to_confirm: changes after booking"


@pytest.mark.parametrize(
    "text",
    [
        "if we book for the 20th can we still change the guest count later? its 16 adults rn",
        "What happens if our number changes after we pay the deposit? Right now it is 22 adults.",
        "is the headcount final once we book?? 15 adults so far",
    ],
)
def test_a_change_after_booking_is_answered_with_the_terms_and_left_to_staff(
    text: str, offline: OfflineResponder
) -> None:
    reply = offline.respond(channel=Channel.EMAIL, text=text)
    assert reply.quote is None
    assert reply.flags == (FLAG,)
    assert "$100.00 deposit" in reply.text
    assert "Our team will confirm how changes to the guest count or the date work after booking." in (
        reply.text
    )


def test_beside_a_full_order_the_order_is_quoted_and_the_question_still_flagged(
    offline: OfflineResponder,
) -> None:
    text = "16 adults, filet and salmon, zip 95630 - is the count final once we book or can it change?"  # noqa: E501
    reply = offline.respond(channel=Channel.EMAIL, text=text)
    assert reply.quote is not None and reply.quote["total"] == "1040.00"
    assert FLAG in reply.flags


@pytest.mark.parametrize(
    "text",
    [
        "can u add sake to that? 20 adults, chicken and shrimp, 95823",
        "can we book the 14th? 12 adults",
        "whats the final total for 18 adults chicken 95823",
    ],
)
def test_no_question_about_changing_the_booking_is_no_such_topic(text: str) -> None:
    assert "changes" not in detect_topics(normalize(text))
