"""Complaints written in Spanish about a charge already made ("nos cobraron tarifa de viaje aunque
nos dijeron que era gratis", "nos cobraron de mas", "no es justo"), money owed back not received
("cancelamos hace un mes y todavia no nos devuelven el deposito") or the service of an event held
("su chef llego una hora tarde", "queremos algo de reembolso"). The text comes normalized:
lower case, accents taken off ("sabado", "mas"). A price remembered with no grievance ("el año
pasado nos cobraron como 600") is no complaint. Split from `complaints` by language."""

from __future__ import annotations

import re

from orchestrator.first_chars import first_chars
from orchestrator.literal_gates import gated

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
_NOT_BACK = gated(re.compile(
    r"\b(?:todavia|aun|nunca)\s+no\s+(?:nos|me)?\s*(?:han\s+|ha\s+)?(?:devuelven|devuelto|"
    r"devolvieron|regresan|regresado|regresaron|reembolsan|reembolsado|recibimos|recibo|recibido|"
    r"llega|llegado)\b[^.?!\n]{0,40}?\b(?:deposito|dinero|reembolso|pago)\b"
))  # fmt: skip
_DONE = re.compile(r"\b(?:cancelamos|cancele|cancelaron|pagamos|pague|pagaron|depositamos)\b")


def spanish_refund_missing(text: str) -> bool:
    """Money owed back after a payment or a cancellation already made (`text` normalized), not
    received; "si cancelamos, nos devuelven el deposito?" asks the policy."""
    return bool(_NOT_BACK.search(text) and _DONE.search(text))


# The service that went wrong at an event already held: "su chef llego una hora tarde", "nunca
# llego", "se le olvido el camaron", "la comida estaba cruda", "se fue temprano"; not "se me olvido
# decirles" (the writer forgot) nor "a las 5 de la tarde" (the afternoon)
_FAILED = re.compile(
    r"\b(?:llego|llegaron)\s+(?:\w+\s+){0,3}?tarde\b(?!\s+(?:\w+\s+)?(?:que|para)\b)"
    r"|\b(?:nunca|no)\s+(?:llego|llegaron|se presento|se presentaron|aparecio|aparecieron)\b"
    r"|\bse\s+(?:le|les)\s+olvid(?:o|aron)\b"
    r"|\b(?:estaba|estaban|salio|salieron|llego|vino)\s+(?:\w+\s+)?(?:crud|fri|quemad)[oa]s?\b"
    r"|\bse\s+(?:fue|fueron)\s+(?:muy\s+)?temprano\b"
)
# Money asked back or the evening found wanting: "queremos algo de reembolso", "quiero mi dinero
# de vuelta", "esperabamos mucho mas"
_WANTING = re.compile(
    r"\b(?:queremos|quiero|exigimos|pedimos)\s+(?:un\s+|algo\s+de\s+|el\s+|nuestro\s+|mi\s+)?"
    r"(?:reembolso|dinero)\b"
    r"|\bdinero\s+de\s+vuelta\b"
    r"|\besperabamos\s+(?:mucho\s+|algo\s+)?(?:mas|mejor)\b"
    r"|\bno\s+(?:estamos|estoy|quedamos|quede)\s+(?:nada\s+|muy\s+)?(?:content|satisfech)[oa]s?\b"
    r"|\b(?:no es justo|injusto)\b[^.?!\n]{0,30}?\b(?:pagamos|pague|pagaron|cobraron)\b"
)


def spanish_service_complaint(text: str) -> bool:
    """The service of an event already held found wanting, written in Spanish (`text`
    normalized): the chef late or absent, food forgotten or raw, money asked back."""
    return bool(_FAILED.search(text) or _WANTING.search(text))


# Speed only: each pattern tried only where a match can start (`first_chars`); the same matches.
(
    _CHARGED, _UNFAIR, _SAID, _CONTRARY, _FAILED, _WANTING,
) = (first_chars(p) for p in (
    _CHARGED, _UNFAIR, _SAID, _CONTRARY, _FAILED, _WANTING,
))
