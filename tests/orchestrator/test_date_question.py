"""The offline draft asks for the date only when no message named one: "xmas dinner on the
20th" said the date, and asking "What date are you planning?" back reads as not listening."""

from __future__ import annotations

import pytest

from orchestrator.drafts import Turn
from orchestrator.offline import OfflineResponder
from vocabulary.messages import Channel

ASK = "What date are you planning?"


def test_an_order_without_a_date_is_asked_for_one(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, text="10 adults, chicken and salmon 95826")
    assert "$600.00 total" in reply.text
    assert ASK in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "xmas dinner on the 20th, 10 adults, chicken and salmon 95826",
        "10 adults on dec 20, chicken and salmon 95826",
        "party saturday! 10 adults, chicken and salmon 95826",
    ],
)
def test_a_date_named_is_not_asked_again(offline: OfflineResponder, text: str) -> None:
    reply = offline.respond(channel=Channel.SMS, text=text)
    assert "$600.00 total" in reply.text
    assert ASK not in reply.text


def test_a_date_named_in_an_earlier_message_is_not_asked_again(offline: OfflineResponder) -> None:
    history = [Turn("customer", "hibachi for my mom's bday on march 14?")]
    reply = offline.respond(
        channel=Channel.SMS, text="10 adults, chicken and salmon 95826", history=history
    )
    assert "$600.00 total" in reply.text
    assert ASK not in reply.text
