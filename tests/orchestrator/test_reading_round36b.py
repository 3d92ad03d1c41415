"""Round 36b: the hibachi dinner's own way with a protein listed beside another, a price asked
per person beside an order in more wordings, and what the dinner comes with asked beside a count."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.extraction import extract
from orchestrator.offline import OfflineResponder
from orchestrator.tools import ZipCentroidDistance
from vocabulary.messages import Channel


def _reasons(text: str, catalog: Catalog) -> str:
    return "; ".join(why for _, why in extract(text, catalog).checks)


@pytest.mark.parametrize(
    ("text", "unread"),
    [
        ("9 adults, chicken and garlic butter shrimp, 95624", None),
        ("9 adults, filet mignon & teriyaki salmon, 95624", None),
        ("9 adults, ny strip and hibachi style chicken, 95624", None),
        # food the dinner does not have stays unread: a person answers
        ("9 adults, chicken and garlic noodles, 95624", "garlic"),
        ("9 adults, chicken and coconut shrimp, 95624", "coconut"),
    ],
)
def test_the_dinners_own_way_with_a_listed_protein_is_the_protein(
    text: str, unread: str | None, catalog: Catalog
) -> None:
    reasons = _reasons(text, catalog)
    if unread is None:
        assert "listed with the proteins" not in reasons
    else:
        assert f"'{unread}' (an item listed with the proteins)" in reasons


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("9 adults chicken + filet 95624, whats that come to per person?", True),
        ("9 adults chicken + filet 95624. how much is that per head", True),
        ("9 adults chicken + filet 95624, per guest cost?", True),
        # an amount per person said, no price asked
        ("9 adults chicken + filet 95624, we have $40 per person", False),
        ("9 adults chicken + filet 95624, our budget is 45 per person?", False),
    ],
)
def test_a_price_asked_per_person_is_no_amount_to_place(
    text: str, asked: bool, catalog: Catalog
) -> None:
    assert ("per-person amount not placed" not in _reasons(text, catalog)) is asked


def test_what_the_dinner_comes_with_beside_a_count_is_answered_with_no_total(
    catalog: Catalog,
) -> None:
    responder = OfflineResponder(catalog=catalog, distance=ZipCentroidDistance.from_catalog(catalog))
    text = "does the meal come with fried rice and veggies or only the protein? we're 14 adults"
    draft = responder.respond(channel=Channel.SMS, text=text)
    assert draft.quote is None and not draft.needs_human and "included" in draft.answered
    # food named outside the question is an order: quoted
    ordered = responder.respond(channel=Channel.SMS,
                                text="does the dinner come with rice? 14 adults chicken and filet 95624")  # fmt: skip
    assert ordered.quote is not None and ordered.quote["total"]
