"""Booking leftovers after our quotes (round q84j): a reply that gave two prices then "book it"
(orchestrator/reading/prices_offered.py), an earlier quote taken with "take", a date or "the other
one" (quote_named), and an email's "Thanks, <a sentence>" read as words, not a sign-off."""

from __future__ import annotations

import pytest

from adapters.email_body import newest_reply
from orchestrator.catalog import Catalog
from orchestrator.drafts import Turn
from orchestrator.reading.prices_offered import choice_unsaid, prices_offered
from orchestrator.reading.quote_named import named_unsettled, quote_named
from orchestrator.service import Orchestrator
from orchestrator.tools import ZipCentroidDistance
from vocabulary.messages import Channel

_TAIL = " A $100 deposit holds the date (deducted from the bill); gratuity is not included."
_FILET = (
    "Quote for 12 adults with 12 chicken, 12 filet mignon: guests $660.00, protein upgrades "
    f"$60.00. Travel to 95827: no fee. Total $720.00.{_TAIL}"
)
_WHAT_IF = (
    "With lobster tail instead of filet mignon: 12 adults, 12 chicken, 12 lobster tail: "
    "$840.00 total, no travel fee. Or keep the filet mignon at $720.00."
)
_BOTH: list[tuple[str, str]] = [
    ("customer", "12 adults chicken and filet 95827"),
    ("business", _FILET),
    ("customer", "how much with lobster instead of filet?"),
    ("business", _WHAT_IF),
]
_LOBSTER = (
    "Quote for 12 adults with 12 chicken, 12 lobster tail: guests $660.00, protein "
    f"upgrades $180.00. Travel to 95827: no fee. Total $840.00.{_TAIL}"
)
_TWO: list[tuple[str, str]] = [*_BOTH[:3], ("business", _LOBSTER)]


@pytest.fixture(scope="module")
def offline(catalog: Catalog, distance: ZipCentroidDistance) -> Orchestrator:
    return Orchestrator(catalog=catalog, client=None, model="unused", distance=distance)


def test_a_what_ifs_answer_offers_both_prices() -> None:
    assert prices_offered(_WHAT_IF) == {720, 840}
    assert prices_offered(_FILET) == {720}


@pytest.mark.parametrize(
    "text",
    ["ok cool book it", "sounds good, lets do it", "yes please", "perfect, lock it in for sat the 14th"],
)
def test_taking_it_after_two_prices_is_asked(text: str) -> None:
    assert "which one" in (choice_unsaid([*_BOTH, ("customer", text)]) or "")


@pytest.mark.parametrize("text", ["the lobster one", "keep the filet", "ok book it"])
def test_a_choice_said_or_one_price_is_not_asked(text: str) -> None:
    if text == "ok book it":  # after a reply of one price
        assert choice_unsaid([*_BOTH[:2], ("customer", text)]) is None
    else:
        assert choice_unsaid([*_BOTH, ("customer", text)]) is None


async def test_book_it_after_two_prices_asks_which(offline: Orchestrator) -> None:
    history = tuple(Turn(role="customer" if r == "customer" else "business", text=t) for r, t in _BOTH)
    draft = await offline.draft(channel=Channel.SMS, history=history, text="ok cool book it")
    assert "Which of the two quotes" in draft.text
    assert any("two prices" in f for f in draft.flags)


@pytest.mark.parametrize(("text", "change"), [
    ("we'll take the first one", "ok go with that quote"),
    ("can we do the first one on saturday the 14th?", "ok go with that quote. on saturday the 14th?"),
    ("we'll go with the first one, book it for sat 6/13",
     "ok go with that quote. book it for sat 6/13"),
    ("the other one + sake", "add sake"),
    ("hmm ok the other one then", "ok go with that quote"),
])  # fmt: skip
def test_the_earlier_quote_taken(text: str, change: str) -> None:
    assert quote_named([*_TWO, ("customer", text)]) == [*_TWO[:2], ("customer", change)]


def test_the_other_one_of_three_is_asked() -> None:
    strip = (
        "Quote for 12 adults with 12 chicken, 12 NY strip steak: guests $660.00. Travel to "
        f"95827: no fee. Total $660.00.{_TAIL}"
    )
    three = [*_TWO[:2], ("customer", "and with ny strip?"), ("business", strip), *_TWO[2:]]
    text = "we'll take the other one"
    assert quote_named([*three, ("customer", text)])[-1] == ("customer", text)
    assert "more than one earlier quote" in (named_unsettled(text, three) or "")


def test_thanks_opening_a_sentence_is_the_customers() -> None:
    body = (
        "Hi,\n\nThanks, that works for us. What do you need from us to book? Is it just the "
        "deposit?\n\nThanks,\nLinda"
    )
    assert newest_reply(body) == (
        "Hi,\n\nThanks, that works for us. What do you need from us to book? Is it just the deposit?"
    )
    assert newest_reply("Hi,\n\n12 adults chicken\n\nThanks, Linda\n(916) 555-1212") == (
        "Hi,\n\n12 adults chicken"
    )
