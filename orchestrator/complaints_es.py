"""Complaints written in Spanish about a charge already made ("nos cobraron tarifa de viaje aunque
nos dijeron que era gratis", "nos cobraron de mas", "no es justo") or money owed back not received
("cancelamos hace un mes y todavia no nos devuelven el deposito"). The text comes normalized:
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


# Money owed back and not received: "todavia no nos devuelven el deposito", "aun no recibimos el
# reembolso", "no nos han regresado el dinero", after a payment or a cancellation already made
_NOT_BACK = re.compile(
    r"\b(?:todavia|aun|nunca)\s+no\s+(?:nos|me)?\s*(?:han\s+|ha\s+)?(?:devuelven|devuelto|"
    r"devolvieron|regresan|regresado|regresaron|reembolsan|reembolsado|recibimos|recibo|recibido|"
    r"llega|llegado)\b[^.?!\n]{0,40}?\b(?:deposito|dinero|reembolso|pago)\b"
)
_DONE = re.compile(r"\b(?:cancelamos|cancele|cancelaron|pagamos|pague|pagaron|depositamos)\b")


def spanish_refund_missing(text: str) -> bool:
    """Money owed back after a payment or a cancellation already made (`text` normalized), not
    received; "si cancelamos, nos devuelven el deposito?" asks the policy."""
    return bool(_NOT_BACK.search(text) and _DONE.search(text))


# Speed only: each pattern tried only where a match can start (`first_chars`); the same matches.
(
    _CHARGED, _UNFAIR, _SAID, _CONTRARY,
) = (first_chars(p) for p in (
    _CHARGED, _UNFAIR, _SAID, _CONTRARY,
))
