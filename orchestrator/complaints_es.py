"""Complaints written in Spanish about a charge already made ("nos cobraron tarifa de viaje aunque
nos dijeron que era gratis", "nos cobraron de mas", "no es justo"). The text comes normalized:
lower case, accents taken off ("sabado", "mas"). A price remembered with no grievance ("el año
pasado nos cobraron como 600") is no complaint. Split from `complaints` by language."""

from __future__ import annotations

import re

from orchestrator.first_chars import first_chars

# A charge already made to the writer: "nos cobraron", "me cobraron", "nos cargaron", "nos facturaron"
_CHARGED = re.compile(r"\b(?:nos|me|les?)\s+(?:\w+\s+)?(?:cobraron|cobro|cargaron|facturaron)\b")
# The grievance itself: unfair, too much, twice, money asked back
_UNFAIR = re.compile(
    r"\b(?:no es justo|injusto|nada justo|de mas|demasiado|doble|dos veces|abuso|robo|"
    r"reembolso|reembolsar|devolver|devuelvan|regresen (?:el|nuestro) dinero)\b"
)
# What the business said, and a "but" against it: "aunque nos dijeron que era gratis"
_SAID = re.compile(
    r"\b(?:nos|me)\s+(?:\w+\s+)?(?:dijeron|dijo|prometieron|prometio|aseguraron|cotizaron)\b"
    r"|\b(?:dijeron|dijo|prometieron|prometio)\s+que\b"
)
_CONTRARY = re.compile(r"\b(?:aunque|pero|a pesar de que|sin embargo)\b")


def spanish_charge_complaint(text: str) -> bool:
    """A charge already made (`text` normalized), set against what the business said or called
    unfair, too much or to be paid back."""
    if not _CHARGED.search(text):
        return False
    return bool(_UNFAIR.search(text) or (_SAID.search(text) and _CONTRARY.search(text)))


# Speed only: each pattern tried only where a match can start (`first_chars`); the same matches.
(
    _CHARGED, _UNFAIR, _SAID, _CONTRARY,
) = (first_chars(p) for p in (
    _CHARGED, _UNFAIR, _SAID, _CONTRARY,
))
