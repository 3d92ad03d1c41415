"""Words passed on from someone else at a message's opening (round q79l): read as the customer's
own, and the near misses left as written; a pronoun joined to its partner asks."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.extraction import extract
from orchestrator.reading.relayed import relayed_opening


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("she said 8, 10, 5 and 2", "8, 10, 5 and 2"),
        ("My mom says yes please 👍", "yes please 👍"),
        ("he says the filet, obviously lol", "the filet, obviously lol"),
        ("Quick update: the bride says it's 34 adults now", "Quick update: it's 34 adults now"),
        ("the managing partner says 2 more", "2 more"),
    ],
)
def test_words_passed_on_are_the_customers(text: str, read: str) -> None:
    assert relayed_opening(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "my mom says she's coming too",  # the speaker may be a guest: read as written, asked
        "he says him and his wife will come too",
        "The refund you said you'd send never came",  # no person passes words on
        "the menu says 2 proteins each",
        "we had 20 adults and my boss said chicken",  # a saying inside the message
    ],
)
def test_near_misses_are_left_as_written(text: str) -> None:
    assert relayed_opening(text) == text


@pytest.mark.parametrize(
    "text", ["him and his wife will come too", "she and her husband are coming, 95823"]
)
def test_a_pronoun_joined_to_its_partner_asks(text: str, catalog: Catalog) -> None:
    reasons = " ".join(why for _, why in extract(text, catalog).checks)
    assert "a person named by a pronoun" in reasons
