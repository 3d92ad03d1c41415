"""The fifteenth and sixteenth blind sets' wrongs (issue 12, helper q17), read directly, each with
the near misses that must stay what they are."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.complaints import is_complaint
from orchestrator.extraction import extract, normalize
from tests.orchestrator.readings import guests, order


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("me and 14 of my teammates, all adults. filet and shrimp. we'll bring our own cake. 95677",
         (15, 0, 0)),
        ("me and 6 of my coworkers, all over 21. chicken 95630", (7, 0, 0)),
        ("me + hubby + 8 couples. chicken n ny strip. 95670", (18, 0, 0)),
        ("hubby, me and 3 couples from church. chicken 95670", (8, 0, 0)),
        ("17 adults + our twins (3 yr old) + 2 kids 7 & 9. chicken 95826", (17, 2, 2)),
        ("Number of adults: 19 | Number of children (6-12): 2 | Under 6: 0 | Zip: 95630 | chicken",
         (19, 2, 0)),
    ],
)
def test_the_party_counted_from_the_writers_words(text: str, party: tuple[int, int, int],
                                                   catalog: Catalog) -> None:
    assert guests(order(text, catalog)) == party
    assert not extract(text, catalog).checks


@pytest.mark.parametrize(
    "text",
    [
        "me and 14 of my teammates, mostly adults. filet and shrimp 95677",
        "Adults: 16 | Kids under 6: 1-2 | Proteins: chicken | Zip: 95630",
    ],
)
def test_a_party_whose_number_is_not_said_is_asked(text: str, catalog: Catalog) -> None:
    assert extract(text, catalog).checks


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("la fiesta fue el sábado pasado y nos cobraron el viaje aunque nos dijeron que era gratis", True),
        ("nos cobraron de más por el sake, la fiesta fue el domingo", True),
        ("me cobraron la tarifa de viaje y el chef llegó sin el show. no es justo", True),
        ("nos cobraron dos veces en la tarjeta", True),
        ("el año pasado nos cobraron como 600. ahora somos 12 adultos, pollo 95826", False),
        ("nos cobraron 50 de viaje pero ahora estamos en 95630, 15 adultos pollo", False),
        ("¿cobran tarifa de viaje a 95630? somos 20 personas", False),
    ],
)
def test_a_spanish_charge_called_unfair_or_against_what_was_said_is_a_complaint(
    text: str, complaint: bool
) -> None:
    assert is_complaint(normalize(text)) is complaint
