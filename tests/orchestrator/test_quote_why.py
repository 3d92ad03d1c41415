"""The two why-questions about our quote, read by one module (orchestrator.reading.quote_why):
a question about one number of the quote after an order, answered as policy with no order (round
q80k, `quote_number_question`, `why_sentence`), and a question why the business's last quote
costs what it does, answered with the rules behind the whole quote (round q81b,
`quote_why_topics`, its answer `orchestrator.quote_why.quote_why_answer`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from orchestrator.catalog import load_catalog
from orchestrator.extraction import extract
from orchestrator.quote_why import quote_why_answer
from orchestrator.reading.quote_why import (
    AGE_BANDS,
    quote_number_question,
    quote_why_topics,
    why_sentence,
)

CATALOG = load_catalog(Path(__file__).resolve().parents[2] / "orchestrator/catalog/hibachi.toml")

# the business's last reply, a quote in the gateway's own words
_MINIMUM_QUOTE = (
    "Quote for 5 adults with 5 chicken, 5 shrimp: guests $275.00. Food subtotal $275.00 is below "
    "our $550.00 party minimum, so the minimum applies. Travel to 95822: no fee. Total $550.00."
)
_FILET_QUOTE = (
    "Quote for 10 adults with 10 filet mignon, 10 chicken: guests $600.00, upgrades $50.00. "
    "Travel to 95822: no fee. Total $650.00."
)
_KIDS_QUOTE = (
    "Quote for 8 adults and 3 children with chicken and shrimp: guests $585.00. Travel to 95822: "
    "no fee. Total $585.00."
)


def _asked(text: str) -> frozenset[str] | None:
    """The topics of `text` read as a question about a number of the quote; None: an order."""
    read = extract(text, CATALOG)
    asked = quote_number_question(read, text)
    return None if asked is read else asked.topics


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("why is lobster $15 more but filet only $5? just curious", "included"),
        ("shouldnt travel to 95663 be free? you said first 30 miles free", "travel_policy"),
        ("how come the kids are $35 each", "kids_price"),
        ("can you explain the $280.00 in protein upgrades?", "included"),
        ("whats the $80 extra portions for?", "included"),
    ],
)
def test_a_question_about_one_number_is_policy(text: str, topic: str) -> None:
    topics = _asked(text)
    assert topics is not None and topic in topics
    assert not quote_number_question(extract(text, CATALOG), text).proteins


@pytest.mark.parametrize(
    "text",
    [
        "why is it $750? can we drop the lobster then",  # a change beside it
        "shouldn't it be 12 not 21?",  # a count set against the quote's
        "why is it 720? we said chicken and shrimp",  # the order said back: a correction
        "oh i see i typed 95607, its 95670 sorry why is travel $40",
        "why is travel to 95670 more than to 95630?",  # two ZIPs: which is the party's
        "ok sounds good",  # no question
    ],
)
def test_a_change_count_or_correction_keeps_the_order(text: str) -> None:
    assert _asked(text) is None


def test_the_question_before_a_change_is_read_apart() -> None:
    text = "why is lobster so much?? lets do shrimp instead"
    span = why_sentence(text)
    assert span is not None and text[slice(*span)] == "why is lobster so much??"
    assert why_sentence("why is lobster so much??") is None  # no change after it
    assert why_sentence("can we do shrimp? why is lobster so much?? lets do shrimp") is None


@pytest.mark.parametrize(
    ("text", "quote", "topics"),
    [
        ("550 for 5 people?? why so high", _MINIMUM_QUOTE, {"minimum"}),
        ("where's the other 50 from?", _FILET_QUOTE, {"included"}),
        ("why is it so expensive", _KIDS_QUOTE, {"kids_price"}),
        ("why is my 14 yr old adult price?", _KIDS_QUOTE, {AGE_BANDS}),
    ],
)
def test_a_question_why_the_quote_costs_what_it_does(text: str, quote: str, topics: set[str]) -> None:
    assert quote_why_topics(text, [("customer", "hi"), ("business", quote)], CATALOG) == topics


@pytest.mark.parametrize(
    "text",
    [
        "550 for 5 people?? why so high, can we drop the shrimp",  # a change
        "why so high? i said ny strip not filet",  # a correction
        "why is the travel fee $40",  # travel: the other readings'
        "why so high? lets book anyway",  # a booking
        "sounds good, 95822",  # no question
    ],
)
def test_a_change_booking_or_other_topic_is_left_to_the_other_readings(text: str) -> None:
    assert not quote_why_topics(text, [("business", _MINIMUM_QUOTE)], CATALOG)


def test_only_after_our_quote() -> None:
    assert not quote_why_topics("why so high", [], CATALOG)
    assert not quote_why_topics("why so high", [("business", "Thanks! See you then.")], CATALOG)


def test_the_answers() -> None:
    history = [("business", _KIDS_QUOTE)]
    topics, pieces = quote_why_answer("why is my 14 yr old adult price?", history, CATALOG, short=True)
    assert topics == {"kids_price"} and "priced as adults" in pieces[0].text
    topics, pieces = quote_why_answer("550 for 5 people?? why so high", [("business", _MINIMUM_QUOTE)],
                                      CATALOG, short=False)  # fmt: skip
    assert topics == {"minimum"} and "$550.00" in pieces[0].text
    # a price question with no tool run: the rules in words alone, no amount
    topics, pieces = quote_why_answer("Why is the total $550 when there are only 5 of us?",
                                      [("business", _MINIMUM_QUOTE)], CATALOG, short=True)  # fmt: skip
    assert topics == {"minimum"} and "$" not in pieces[0].text
