"""The fifteenth and sixteenth blind sets' wrongs (issue 12, helper q17), read directly, each with
the near misses that must stay what they are."""

from __future__ import annotations

import pytest

from orchestrator.complaints import is_complaint
from orchestrator.extraction import normalize


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
