"""The customer's side of a draft's checks reads each message once: its complaint comes from the
reading of the order, and is what `is_complaint` says of the message normalized."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.complaints import is_complaint
from orchestrator.customer_side import read_customer_side
from orchestrator.drafts import Turn
from orchestrator.extraction import READ_MAX_CHARS, extract, normalize
from orchestrator.offline import OfflineResponder
from orchestrator.topics import detect_topics

TEXTS = [
    "Hi! How much for hibachi for 10 adults with filet mignon? We're in Folsom 95630",
    "the chef showed up an hour late last night and the rice was cold, we want a refund",
    # guests dropping out: hidden from the topics, not from the complaint
    "3 people cancelled so we're 12 now. honestly the last party was a let down",
    "3 people cancelled so we're 12 now, same food",
    "chef tony was amazing on saturday!! thank you so much",
    "we got charged a cleaning fee but ur guy said there was none?? not cool",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_complaint_is_is_complaint_of_the_message(offline: OfflineResponder, text: str) -> None:
    side = read_customer_side(offline, text, [Turn("customer", "15 adults chicken 95630")])
    assert side.complaint is is_complaint(normalize(text))
    assert side.complaint is ("complaint" in detect_topics(normalize(text)))


def test_the_complaints_in_these_texts_differ(catalog: Catalog) -> None:
    # the cases above are no test unless some complain and some do not
    assert {extract(text, catalog).complaint for text in TEXTS} == {True, False}


def test_a_long_message_is_read_whole_for_the_complaint(offline: OfflineResponder) -> None:
    text = "10 adults chicken 95630. " + "x" * READ_MAX_CHARS + " the chef never showed up, refund us"
    assert is_complaint(normalize(text))
    assert read_customer_side(offline, text, []).complaint


def test_the_order_is_the_conversation_order(offline: OfflineResponder) -> None:
    history = [Turn("customer", "15 adults chicken 95630")]
    text = "make that 17 adults"
    side = read_customer_side(offline, text, history)
    assert side.order == offline.conversation_order(text, history)
    assert side.order is not None and side.order.adults == 17
