"""Spanish number words before a Spanish guest word, as digits: "veinte adultos + 5 niños",
"treinta y dos adultos y dos niños", "somos veinticinco adultos". Only before a guest word: a
number word elsewhere ("once" in English, "dos" in a date) is left as written. The text is lower
case with its accents taken off ("niños" is "ninos", "veintidós" "veintidos")."""

from __future__ import annotations

import re

_UNITS = {
    "uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9,
}  # fmt: skip
_TEENS = {
    "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21,
    "veintiuna": 21, "veintiun": 21, "veintidos": 22, "veintitres": 23, "veinticuatro": 24,
    "veinticinco": 25, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
    "cien": 100,
}  # fmt: skip
_TENS = {
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
    "noventa": 90,
}  # fmt: skip


def _words(names: dict[str, int]) -> str:
    return "|".join(sorted(names, key=len, reverse=True))


# A Spanish guest word ("un bebé de 1 año" is read whole by the Spanish guest words)
_GUEST = r"(?:adult[oa]s?|nin[oa]s?|personas|invitad[oa]s)\b"
_NUMBER = re.compile(
    rf"\b(?:(?P<tens>{_words(_TENS)})(?:\s+y\s+(?P<unit>{_words(_UNITS)}))?"
    rf"|(?P<teen>{_words(_TEENS)})|(?P<one>{_words(_UNITS)}))\s+(?={_GUEST})"
)


def _value(m: re.Match[str]) -> str:
    if m.group("tens"):
        number = _TENS[m.group("tens")] + (_UNITS[m.group("unit")] if m.group("unit") else 0)
    else:
        number = _TEENS[m.group("teen")] if m.group("teen") else _UNITS[m.group("one")]
    return f"{number} "


def spanish_counts(text: str) -> str:
    """`text` with the Spanish number words before a Spanish guest word as digits."""
    return _NUMBER.sub(_value, text)
