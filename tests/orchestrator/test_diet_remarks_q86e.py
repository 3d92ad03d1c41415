"""Round q86e (set 187): diet remarks beside an order that already fits them are read, not asked
("she doesnt eat red meat" beside chicken and salmon, "a few are pescatarian so thats why the
salmon", "we're a pescatarian + veggie crowd", "pollo porque no comen otra cosa", a change of mind
with its reason, a free toddler who "just eats rice"); the Spanish "mi cuñada es vegetariana"
beside meat or fish alone is asked as the English is; a question how the chef cooks the food,
after our quote, is no new quote."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.kitchen_asked import kitchen_question
from orchestrator.offline import OfflineResponder
from orchestrator.service import Turn
from tests.orchestrator.readings import QUOTE_TAIL, guests, order, portions
from vocabulary.messages import Channel


@pytest.mark.parametrize(("text", "want"), [
    ("4 my moms 60th, 16 adults. chicken and salmon, she doesnt eat red meat so no steak pls. 95826",
     {"chicken": 16, "salmon": 16}),
    ("3 families, 4 adults per family, plus Lola. Chicken and salmon, Lola doesnt eat beef. 95835",
     {"chicken": 13, "salmon": 13}),
    ("14 adults salmon and chicken, a few are pescatarian so thats why the salmon lol. 95630",
     {"salmon": 14, "chicken": 14}),
    ("party of 18, 95811. 9 salmon 9 shrimp rest tofu. we're a pescatarian + veggie crowd",
     {"salmon": 9, "shrimp": 9, "tofu": 18}),
    ("10 adults, chicken and shrimp... wait no shellfish, my sister in law is allergic. make it "
     "chicken and ny strip. 95826", {"chicken": 10, "ny_strip": 10}),
    ("14 adults, chicken and ny strip... wait no beef, my brother in law cant eat it. make it "
     "chicken and salmon. 95630", {"chicken": 14, "salmon": 14}),
    ("Somos 12 adultos y 3 niños de 6, 8 y 11 años. Filete y camarones para los adultos, y para "
     "los niños pollo porque no comen otra cosa. 95815",
     {"filet_mignon": 12, "shrimp": 12, "chicken": 3}),
    ("15 adultos, pollo y tofu para todos, mi cuñado es vegetariano. 95624", {"chicken": 15, "tofu": 15}),
    ("16 adults, salmon + chicken. a couple are pescatarian, thats why the salmon. 95864",
     {"salmon": 16, "chicken": 16}),
])  # fmt: skip
def test_a_remark_the_order_fits_is_read(catalog: Catalog, text: str, want: dict[str, int]) -> None:
    o = order(text, catalog)
    assert portions(o) == want and o.sure, o.checks


@pytest.mark.parametrize("text", [
    "Hola, somos 15 adultos. Pollo y camarones para todos, pero mi cuñada es vegetariana. 95838",
    "Hola, 12 adultos, filete y pollo. Mi suegra no come carne. 95758",
    "12 adultos, pollo y salmon, algunos son veganos. 95823",
    "Hola, 12 adultos, pollo y camarones. Somos vegetarianos casi todos. 95823",
    "16 adults, chicken and ny strip please, a few are pescatarian. 95831",
    "16 adults, chicken and ny strip. a couple are pescatarian. 95864",
    "16 adults, ny strip and shrimp, she doesnt eat red meat. 95826",
    "party of 18, 95811. 9 chicken 9 shrimp rest tofu. we're a pescatarian + veggie crowd",
    "14 adults salmon and chicken, a few are pescatarian so thats why the lobster. 95630",
])
def test_a_remark_that_leaves_someone_without_food_is_asked(catalog: Catalog, text: str) -> None:
    assert not order(text, catalog).sure


def test_a_free_toddler_who_eats_rice_changes_nothing(offline: OfflineResponder) -> None:
    history = (
        Turn(role="customer", text="9 adults + 3 kids, filet and shrimp for the adults, chicken "
             "for the kids, 95826"),
        Turn(role="business", text="Happy to put this together! How old are the 3 kids? Kids 6-12 "
             "are $30 and kids 5 and under eat free, so the ages change the price."),
    )
    reply = offline.respond(channel=Channel.SMS, history=history,
                            text="4, 7 and 10. the 4 yr old just eats rice anyway lol")
    assert not reply.needs_human and reply.quote is not None and reply.quote["total"] == "600.00"
    # a paying kid who eats little is still asked about (a portion may be dropped)
    reply = offline.respond(channel=Channel.SMS, history=history,
                            text="4, 7 and 10. the 7 yr old just eats rice anyway lol")
    assert reply.needs_human


_QUOTED = (
    Turn(role="customer", text="12 adults chicken and tofu 95826"),
    Turn(role="business", text="Quote for 12 adults with 12 chicken, 12 tofu: guests $660.00. "
         "Travel to 95826: no fee. Total $660.00." + QUOTE_TAIL),
)


@pytest.mark.parametrize("text", [
    "thanks! quick q, is the tofu cooked on the same grill as the chicken? my daughter is vegan",
    "do you cook the tofu separately from the meat? my son is vegetarian",
])
def test_a_kitchen_question_after_a_quote_is_no_new_quote(offline: OfflineResponder, text: str) -> None:
    reply = offline.respond(channel=Channel.SMS, history=_QUOTED, text=text)
    assert reply.quote is None and not reply.needs_human
    assert any(f.startswith("staff_to_confirm") for f in reply.flags)


def test_a_kitchen_question_beside_a_change_stays_an_order() -> None:
    turns = [(t.role, t.text) for t in _QUOTED]
    assert kitchen_question("is the tofu cooked on the same grill? my daughter is vegan", turns)
    assert not kitchen_question("add 2 adults. is the tofu cooked on the same grill?", turns)
    assert not kitchen_question("is the tofu cooked on the same grill?", turns[:1])


def test_the_spanish_vegetarian_among_counted_kids(catalog: Catalog) -> None:
    o = order("Hola, somos 15 adultos y 4 niños (5, 7, 9 y 10 años). Pollo y camarones para todos, "
              "pero mi cuñada es vegetariana. 95838", catalog)
    assert guests(o) == (15, 3, 1) and not o.sure
