"""A relation's household said to come after the writer's own list, then its people: "Our
household is me, my husband and our 2 kids (8 and 5). My sister's family is coming too: her, her
husband and their son who is 10" (round q84l), or said as an item of that list: "us 2, grandma &
grandpa, and my brother's family: him, his wife and their baby (1)". The sentence goes on the
writer's list: the
relation (the pronoun after the colon is that relation), their partner and their kids, as "...
plus my sister, her husband and their son who is 10" would say. The words are written so
(right-aligned over the household's heading, same length, so every span after them still holds),
and the list reader counts them.

Only a sibling, cousin, aunt or uncle whose pronoun agrees ("my sister's family ...: her, her
husband"; "my brother's ...: him, his wife"), a partner right after the pronoun, and only after a
list that holds the writer ("me", "us") earlier in the message; anything else (kids of no number
after them, "her and the kids") is left to the list reader and the net, which ask."""

from __future__ import annotations

import re

_SHE = r"sister|aunt|cousin|sis"
_HE = r"brother|uncle|cousin|bro"
_HEADING = re.compile(
    r"(?P<lead>[.!]\s+|\n\s*)(?P<who>(?:my|our)\s+(?P<rel>[a-z]+))(?:'s|’s|s)\s+"
    r"(?:family|household|fam|crew)\s+(?:is|are|will\s+be)\s+(?:also\s+)?(?:coming|joining(?:\s+us)?)"
    r"(?:\s+(?:too|as\s+well))?\s*[:,-]\s*(?P<pron>her|him)\s*,\s*"
    r"(?=(?P<pos>her|his)\s+(?:husband|wife|partner|hubby|spouse|fianc(?:e|ee)|boyfriend|girlfriend|bf|gf)\b)"
)
# "..., and my brother's family: him, his wife and their baby (1)": the household an item of the
# writer's list, its people after the colon (the separator before it kept)
_INLINE = re.compile(
    r"(?:,\s*(?:and\s+|plus\s+|&\s*|\+\s*)?|\s(?:and|plus|&|\+)\s+)"
    r"(?P<who>(?:my|our)\s+(?P<rel>[a-z]+))(?:'s|’s|s)\s+(?:family|household|fam|crew)\s*:\s*"
    r"(?P<pron>her|him)\s*,\s*"
    r"(?=(?P<pos>her|his)\s+(?:husband|wife|partner|hubby|spouse|fianc(?:e|ee)|boyfriend|girlfriend|bf|gf)\b)"
)
_WRITER = re.compile(r"\b(?:me|us|myself)\b")


def family_coming(text: str) -> str:
    """Normalized `text` with a relation's household heading after the writer's list written as
    more items of that list ("plus my sister, "), same length; else unchanged."""
    if " him," not in text and " her," not in text:
        return text  # speed: the relation's pronoun opens its people
    found = [*_HEADING.finditer(text), *_INLINE.finditer(text)]
    for m in sorted(found, key=lambda m: m.start(), reverse=True):
        if not _agrees(m) or not _WRITER.search(text, 0, m.start()):
            continue
        heading = m.re is _HEADING
        said = f" plus {m.group('who')}, " if heading else f"{m.group('who')}, "
        start, end = m.start() if heading else m.start("who"), m.end()
        if len(said) <= end - start:
            text = text[:start] + said.rjust(end - start) + text[end:]
    return text


def _agrees(m: re.Match[str]) -> bool:
    """Whether the pronoun after the colon is the relation's ("my sister's ...: her, her
    husband"), and the partner's possessive the same pronoun's."""
    rel, pron, pos = m.group("rel"), m.group("pron"), m.group("pos")
    if pron == "her":
        return re.fullmatch(_SHE, rel) is not None and pos == "her"
    return re.fullmatch(_HE, rel) is not None and pos == "his"
