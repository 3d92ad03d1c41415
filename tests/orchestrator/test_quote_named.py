"""An earlier quote named and taken with a change after it (orchestrator/reading/quote_named.py,
round q84h), and the answers that read an email's thanks or signed name around them."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.drafts import Turn
from orchestrator.reading.kid_answers import ages_answer
from orchestrator.reading.quote_named import named_unsettled, quote_named
from orchestrator.reading.quote_why import quote_why_topics
from orchestrator.reading.told_guests import guests_told
from orchestrator.service import Orchestrator
from orchestrator.tools import ZipCentroidDistance
from vocabulary.messages import Channel

_TAIL = " A $100 deposit holds the date (deducted from the bill); gratuity is not included."


def _quote(head: str, body: str, total: str, zip_code: str = "95670") -> str:
    return f"Quote for {head}: {body}. Travel to {zip_code}: no fee. Total ${total}.{_TAIL}"


_SALMON = _quote("16 adults with 16 chicken, 16 salmon",
                 "guests $880.00, protein upgrades $80.00", "960.00")
_LOBSTER = _quote("16 adults with 16 chicken, 16 lobster tail",
                  "guests $880.00, protein upgrades $240.00", "1,120.00")
_TWO: list[tuple[str, str]] = [
    ("customer", "16 adults, chicken and salmon, 95670"), ("business", _SALMON),
    ("customer", "what if we did lobster instead of the salmon?"), ("business", _LOBSTER)]


@pytest.fixture(scope="module")
def offline(catalog: Catalog, distance: ZipCentroidDistance) -> Orchestrator:
    return Orchestrator(catalog=catalog, client=None, model="unused", distance=distance)


@pytest.mark.parametrize(("text", "change"), [
    ("eh the first one was fine, lets do that but add the sake service", "add the sake service"),
    ("ok go back to the salmon one pls", "ok go with that quote"),
    ("lets do the $960 one + sake", "add sake"),
    ("nvm lobster is too pricey, the chicken and salmon one + the sake service",
     "add the sake service"),
    ("previous one was better. go with that but 18 adults", "18 adults"),
    ("i liked the first one better. can u add the sake to it?", "add the sake to it?"),
    ("mejor la primera opción, pero agrega el servicio de sake", "agrega el servicio de sake"),
])  # fmt: skip
def test_the_quote_named_is_read_with_the_change_after_it(text: str, change: str) -> None:
    assert quote_named([*_TWO, ("customer", text)]) == [*_TWO[:2], ("customer", change)]
    assert named_unsettled(change, _TWO) is None


def test_the_latest_quote_named_keeps_the_conversation() -> None:
    assert quote_named([*_TWO, ("customer", "the lobster one + sake")]) == [
        *_TWO, ("customer", "add sake")]


@pytest.mark.parametrize("text", [
    "what if we did the first one for 20 people?",  # more than taking it: read as written, asked
    "add the sake to the first one",
])  # fmt: skip
def test_words_that_do_more_than_take_an_earlier_quote_are_asked(text: str) -> None:
    turns = [*_TWO, ("customer", text)]
    assert quote_named(turns) == turns
    assert "named beside other words" in (named_unsettled(text, _TWO) or "")


def test_a_name_no_quote_or_two_answer_is_asked() -> None:
    assert named_unsettled("the tofu one + sake", _TWO) == (
        "'the tofu one': no earlier quote is that one: which order?")
    fourteen = _quote("14 adults with 14 chicken, 14 salmon",
                      "guests $770.00, protein upgrades $70.00", "840.00")
    three = [*_TWO[:2], ("customer", "make it 14"), ("business", fourteen), *_TWO[2:]]
    text = "eh the first one was fine, lets do that but add sake"
    assert quote_named([*three, ("customer", text)])[-1] == ("customer", text)
    assert "could be more than one earlier quote" in (named_unsettled(text, three) or "")


async def test_the_first_quote_with_sake_is_priced(offline: Orchestrator) -> None:
    history = (Turn(role="customer", text=_TWO[0][1]), Turn(role="business", text=_SALMON),
               Turn(role="customer", text=_TWO[2][1]), Turn(role="business", text=_LOBSTER))
    draft = await offline.draft(channel=Channel.MESSENGER, history=history,
                                text="eh the first one was fine, lets do that but add the sake service")
    assert draft.quote is not None and str(draft.quote["total"]) == "985.00", draft.flags
    assert not draft.flags


def test_why_the_total_just_to_understand_is_a_question(catalog: Catalog) -> None:
    quote = _quote("6 adults with 6 chicken, 6 shrimp", "guests $330.00. Food subtotal $330.00 is "
                   "below the $550.00 party minimum, so the minimum applies", "550.00", "95816")
    text = "6 x $55 is $330, so why is the total $550? Just want to understand before we decide."
    assert quote_why_topics(text, [("customer", "6 adults chicken shrimp 95816"),
                                   ("business", quote)], catalog) == {"minimum"}


def test_kids_left_out_above_a_signed_name_and_ages_after_thanks() -> None:
    asked = "Quote for 6 adults, 2 children (6-12) ... Total $550.00."
    text = "Change of plans, scratch the kids, they're staying with their grandma 🙌 Date night it is!"
    assert guests_told(asked, text + "\n\nRachel") == "actually no kids"
    assert ages_answer("How old are the 5 kids?", "thanks! theyre 9 (bday girl), 11, 7, 4 and 2") == (
        "9, 11, 7, 4 and 2")
