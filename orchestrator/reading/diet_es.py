"""Part of the party said in Spanish to eat no meat (round q86e): "pero mi cuñada es vegetariana",
"mi suegra no come carne", "algunos son veganos". Said in English ("my sister-in-law is
vegetarian") it is asked beside an order of meat or fish alone (`allergies.diet_checks`); the same
remark in Spanish is asked the same way, and beside tofu or vegetables it has theirs. Normalized
text has no accents ("cuñada" is "cunada")."""

from __future__ import annotations

import re

# One relation by its Spanish name ("mi cuñada", "mi suegro", "la abuela"), singular or plural
# (also read by `kind_remarks`)
RELATION = (
    r"(?:herman[oa]s?|cunad[oa]s?|suegr[oa]s?|mam[aá]|mama|madre|pap[aá]|papa|padre|espos[oa]|"
    r"marido|mujer|hij[oa]s?|prim[oa]s?|ti[oa]s?|abuel[oa]s?|sobrin[oa]s?|nuer[ao]|yerno|novi[oa]|"
    r"amig[oa]s?|jef[ea]|compadre|comadre|nieto?s?|nietas?|padres|papas)"
)
_DIET = r"(?:vegetarian[oa]s?|vegan[oa]s?)"
# A share of no number ("algunos", "la mitad de nosotros", "unos cuantos de ellos")
_SHARE = (
    r"(?:la mitad|algun[oa]s|un[oa]s cuant[oa]s|vari[oa]s|un par|muchos|muchas|pocos|pocas)"
    r"(?:\s+de\s+(?:nosotros|nosotras|ellos|ellas|los invitados|la familia|mis \w+|nuestr[oa]s \w+))?"
)
_SPANISH_MEATLESS = re.compile(
    # "mi cuñada es vegetariana", "mis suegros son veganos", "mi hermana tambien es vegana"
    rf"\b(?:mi|mis|nuestr[oa]s?|su|sus|la|el|los|las)\s+{RELATION}\s+(?:tambien\s+|ya\s+)?"
    rf"(?:es|son)\s+(?:(?:estrictamente|tambien|muy)\s+)?{_DIET}\b"
    # "algunos son vegetarianos", "la mitad de nosotros son veganos"
    rf"|\b{_SHARE}\s+(?:somos|son|es)\s+{_DIET}\b"
    # the whole party or most of it: "somos vegetarianos casi todos", "todos somos veganos",
    # "toda la familia es vegetariana"
    rf"|\b(?:(?:casi\s+)?tod[oa]s\s+)?somos\s+(?:(?:casi\s+)?tod[oa]s\s+)?{_DIET}\b"
    rf"|\btoda\s+(?:mi|la|nuestra)\s+familia\s+es\s+{_DIET}\b"
    # "mi suegra no come carne", "algunos no comen carne"
    rf"|\b(?:(?:mi|mis|nuestr[oa]s?|su|sus|la|el|los|las)\s+{RELATION}|{_SHARE})\s+"
    # ("no come carne roja" is a kind, read by `kind_remarks`: round q86p)
    r"(?:tampoco|no)\s+(?:come|comen)\s+(?:nada\s+de\s+)?carne\b(?!\s+(?:roja|de\s+res|de\s+puerco|de\s+cerdo))"
)


def spanish_meatless(text: str) -> re.Match[str] | None:
    """The Spanish words of normalized `text` saying part of the party eats no meat, or None."""
    if "vega" not in text and "vege" not in text and "carne" not in text:  # speed: rarely said
        return None
    return _SPANISH_MEATLESS.search(text)


def spanish_meatless_spans(text: str) -> list[tuple[int, int]]:
    """The spans of every such remark (explained beside tofu or vegetables, which are theirs)."""
    if "vega" not in text and "vege" not in text and "carne" not in text:
        return []
    return [m.span() for m in _SPANISH_MEATLESS.finditer(text)]
