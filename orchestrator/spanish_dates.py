"""Party dates in Spanish ("¿tienen disponible el sábado 20?", "para el 14 de marzo", "el próximo
viernes", "sábado 20 de junio"): found in a message and said again in English ("saturday the
20th", "march 14", "next friday", "saturday june 20") for `orchestrator.dates` to read with
dateparser, so its rules (a bare day this month or the next, a weekday that disagrees with the
date asked about) hold for them as they do in English. A table of the weekday and month words,
not dateparser's Spanish: the phrase has to be found first, and the rules read English."""

from __future__ import annotations

import re

_WEEKDAYS = {"lunes": "monday", "martes": "tuesday", "miercoles": "wednesday", "jueves": "thursday",
             "viernes": "friday", "sabado": "saturday", "domingo": "sunday"}  # fmt: skip
_MONTHS = {"enero": "january", "febrero": "february", "marzo": "march", "abril": "april",
           "mayo": "may", "junio": "june", "julio": "july", "agosto": "august",
           "septiembre": "september", "setiembre": "september", "octubre": "october",
           "noviembre": "november", "diciembre": "december"}  # fmt: skip
_WD = r"lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo"
_MON = "|".join(_MONTHS)
_NOT_A_DAY = r"(?!\s*(?:personas|adultos|ni[nñ]os|invitados|gente|[:/.]?\d))"
_PHRASE = re.compile(
    # "el próximo viernes", "este sábado", "el viernes que viene", "sábado 20", "sábado, 20 de junio"
    rf"\b(?:(?P<next>pr[oó]ximo|este)\s+)?(?P<wd>{_WD})\b(?:\s+(?P<after>pr[oó]ximo|que\s+viene)\b)?"
    rf"(?:,?\s+(?:el\s+|d[ií]a\s+)?(?P<wday>\d{{1,2}})\b{_NOT_A_DAY}(?:\s+de\s+(?P<wmon>{_MON})\b)?)?"
    # "el 14 de marzo", "14 de marzo de 2027"
    rf"|\b(?P<day>\d{{1,2}})\s+de\s+(?P<mon>{_MON})\b(?:\s+(?:de|del)\s+(?P<year>\d{{4}})(?!\d))?",
    re.IGNORECASE,
)
_PLAIN = str.maketrans("áéíóú", "aeiou")


def spanish_date_phrase(text: str) -> re.Match[str] | None:
    """The first Spanish date phrase in `text` (None unless a weekday or " de " is in it: speed)."""
    low = text.lower()
    if " de " not in low and not any(w in low for w in ("lunes", "martes", "rcoles", "jueves",
                                                         "viernes", "bado", "domingo")):  # fmt: skip
        return None
    return _PHRASE.search(text)


def _ordinal(day: str) -> str:
    number = int(day)
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def english_date(phrase: str) -> str:
    """`phrase` said in English when it is a Spanish date phrase; else unchanged."""
    m = _PHRASE.fullmatch(phrase.strip())
    if m is None:
        return phrase
    if m.group("day"):
        said = f"{_MONTHS[m.group('mon').lower()]} {int(m.group('day'))}"
        return f"{said}, {m.group('year')}" if m.group("year") else said
    weekday = _WEEKDAYS[m.group("wd").lower().translate(_PLAIN)]
    nearest = m.group("next") or m.group("after") or ""
    said = f"{'this' if nearest.lower() == 'este' else 'next'} {weekday}" if nearest else weekday
    if m.group("wmon"):
        return f"{weekday} {_MONTHS[m.group('wmon').lower()]} {int(m.group('wday'))}"
    return f"{said} the {_ordinal(m.group('wday'))}" if m.group("wday") else said
