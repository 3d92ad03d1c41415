"""People named as coming beside a corrected count that says the count it replaces ("we're 14
adults not 12, my boss and his wife are coming", "somos 14 adultos no 12, vienen el jefe y su
esposa"): the people named are why the count grew, as many as the difference (14 - 12 = 2), no
guests of their own. Their names are explained only when they count exactly that difference and
say no kid; whether the replaced count is the order's is the conversation's to check (`was`)."""

from __future__ import annotations

import re

from orchestrator.reading.named import named_people

Span = tuple[int, int]

# the corrected count and the one it replaces: "14 adults not 12", "14 adults, not 12" (Spanish
# "14 adultos no 12" reaches here as "14 adults, not 12")
_CORRECTED = re.compile(
    r"\b(\d{1,3})\s+(?:adults|grown-?ups)\s*,?\s*(?:not|no)\s+(\d{1,3})\b(?:\s+(?:adults|grown-?ups))?"
    r"(?!\s*[a-z0-9])"
)
# coming, after the names ("are coming", "can make it") or before them in Spanish ("vienen ...")
_COMING_AFTER = re.compile(
    r"\s+(?:(?:are|r|is|will be|can|now|also|both)\s+)*(?:coming|joining|come|make it)\b"
)
# Spanish: "vienen el jefe y su esposa", "viene mi hermana con su esposo": one person, then a partner
_ONE_ES = (
    r"(?:jefe|jefa|gerente|director|directora|supervisor|supervisora|dueno|duena|hermano|hermana|"
    r"primo|prima|tio|tia|amigo|amiga|cunado|cunada|compadre|comadre|vecino|vecina)"
)
_PAIR_ES = re.compile(
    rf"\b(?:vienen|viene|van a venir|se suman?|se unen?)\s+(?:el|la|mi|nuestro|nuestra)\s+{_ONE_ES}\s+"
    r"(?:y|con)\s+su\s+(?:esposa|esposo|marido|mujer|pareja|novia|novio)\b"
)
_YOUNG = re.compile(
    r"\b(?:kids?|children|child|son|daughter|baby|nephew|niece|boy|girl|hijos?|hijas?|ninos?)\b"
)


def named_difference(text: str) -> list[Span]:
    """Spans of the people named as coming in normalized `text` beside a corrected count that
    grew by exactly as many as they are; [] otherwise."""
    corrected = list(_CORRECTED.finditer(text))
    if len(corrected) != 1:
        return []
    grew = int(corrected[0].group(1)) - int(corrected[0].group(2))
    found: list[tuple[int, Span]] = []
    for m, named, _ in named_people(text):
        if (coming := _COMING_AFTER.match(text, m.end())) and not _YOUNG.search(m.group(0)):
            found.append((named, (m.start(), coming.end())))
    found += [(2, m.span()) for m in _PAIR_ES.finditer(text)]
    if len(found) != 1 or found[0][0] != grew:
        return []
    return [found[0][1]]
