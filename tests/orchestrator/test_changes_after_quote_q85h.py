"""Changes after a quote (round q85h, set 184's second half): kids who join with a protein the
order already gives them, a swap for guests who eat no meat that leaves them a meat, and the
same group as before with some people less (how many?)."""

from __future__ import annotations

import pytest

from orchestrator.offline import OfflineResponder
from orchestrator.reading.diet_swaps import diet_out
from orchestrator.service import Turn
from tests.orchestrator.readings import QUOTE_TAIL
from vocabulary.messages import Channel

CHICKEN_FILET = (
    Turn(role="customer", text="10 adults, chicken and filet, 95819"),
    Turn(role="business", text="Quote for 10 adults with 10 chicken, 10 filet mignon: guests "
         "$550.00, protein upgrades $50.00. Travel to 95819: no fee. Total $600.00." + QUOTE_TAIL),
)
CHICKEN_STRIP = (
    Turn(role="customer", text="12 adults chicken and ny strip 95823"),
    Turn(role="business", text="Quote for 12 adults with 12 chicken, 12 NY strip steak: guests "
         "$660.00. Travel to 95823: no fee. Total $660.00." + QUOTE_TAIL),
)
KIDS_CHICKEN = (
    Turn(role="customer", text="Hi there, 10 adults, 4 kids (3, 7, 8, 12). Filet + shrimp for the "
         "adults, chicken for the kids. 95833"),
    Turn(role="business", text="Quote for 10 adults, 3 children (6-12) and 1 under 6 (free) with 10 "
         "filet mignon, 10 shrimp, 3 chicken: guests $640.00, protein upgrades $50.00. Travel to "
         "95833: no fee. Total $690.00." + QUOTE_TAIL),
)


def _portions(reply: object) -> dict[str, int]:
    order = reply.order  # type: ignore[attr-defined]
    assert order is not None
    return {p.name: p.portions for p in order.proteins}


@pytest.mark.parametrize("text", [
    "oh and we'll have 3 kids too, ages 4 6 and 9, they just want chicken",
    "oh and 3 kids too (4, 6, 9), just chicken for them",
])
def test_joining_kids_have_the_orders_protein_named(text: str, offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, history=CHICKEN_FILET, text=text)
    assert not reply.flags
    assert _portions(reply) == {"chicken": 12, "filet mignon": 10}
    assert reply.quote is not None and reply.quote["total"] == "660.00"


def test_joining_kids_have_the_kids_protein_like_the_others(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.MESSENGER, history=KIDS_CHICKEN, text=(
        "my sister's 2 boys can come too! they're 7 and 9. they'll have chicken like the other kids"))
    assert not reply.flags
    assert _portions(reply) == {"filet mignon": 10, "shrimp": 10, "chicken": 5}


def test_joining_kids_with_a_protein_the_order_lacks_stay_asked(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, history=CHICKEN_FILET,
                            text="oh and 3 kids too (7, 8, 10), they want lobster")
    assert any("for them, or for everyone?" in f for f in reply.flags)


def test_a_meatless_swap_that_leaves_a_meat_is_asked(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, history=CHICKEN_STRIP,
                            text="4 of them dont eat meat, can they get tofu instead of the chicken")
    assert any("do not eat ny strip either" in f for f in reply.flags)


def test_a_red_meat_swap_leaves_the_chicken(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, history=CHICKEN_STRIP, text=(
        "4 of them dont eat red meat, can they get shrimp instead of the ny strip"))
    assert not reply.flags
    assert _portions(reply) == {"chicken": 12, "shrimp": 4, "NY strip steak": 8}


@pytest.mark.parametrize(("text", "keys"), [
    ("4 of them dont eat meat", ("chicken", "filet_mignon", "ny_strip")),
    ("2 guests don't eat red meat", ("filet_mignon", "ny_strip")),
    ("3 of them don't eat meat or seafood", ("chicken", "filet_mignon", "lobster_tail", "ny_strip",
                                             "salmon", "scallops", "shrimp")),
    ("4 of them want tofu", ()),
])
def test_what_some_guests_do_not_eat(text: str, keys: tuple[str, ...]) -> None:
    assert diet_out(text) == keys


def test_the_same_crew_some_people_less_is_asked(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, history=CHICKEN_STRIP,
                            text="book again. Same crew as last time, some people less")
    assert reply.quote is None
    assert any("how many fewer?" in f for f in reply.flags)


def test_a_change_beside_a_deposit_question_is_quoted(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, history=CHICKEN_STRIP,
                            text="add 2 more adults. also how do I pay the deposit?")
    assert reply.quote is not None and reply.quote["total"] == "770.00"
    assert "Deposit" in reply.text
