"""Diet remarks of a kind of food the order lacks, said of a share of the party or in Spanish
(round q86p): "12 adults chicken and salmon, a few of us dont eat red meat lol", "15 adults,
chicken and shrimp, a couple of us dont eat red meat", "12 adultos, pollo y filete, mi hija no come
mariscos". The order already keeps that food out, so the words ask nothing (as "she doesnt eat red
meat" beside chicken and salmon, `diet_remarks`), and the share's number ("a couple": 2) places no
one. Beside an order that has the kind they stay unexplained and are asked ("mariscos" beside
salmon too: seafood, fish or shellfish, as a careful reader takes it)."""

from __future__ import annotations

import re
from collections.abc import Collection

from orchestrator.reading.diet_es import RELATION
from orchestrator.reading.meats_out import kind_keys

Span = tuple[int, int]

_SEAFOOD = frozenset({"shrimp", "salmon", "scallops", "lobster_tail"})
_KIND = r"(?P<kind>beef|red\s+meat|pork|sea\s?food|shellfish|fish|poultry)"
# a share of the party, with or without a number: "a few of us", "a couple of them", "2 of us"
_SHARE_NONE = re.compile(
    r"\b(?P<who>(?:a\s+few|a\s+couple|some|several|a\s+handful|\d{1,2})"
    # ("a couple of us" is normalized "2 us")
    r"(?:\s+(?:of\s+)?(?:us|them|em)|\s+of\s+(?:the\s+guests|our\s+guests|the\s+group|the\s+[a-z]+))?)\s+"
    r"(?:don'?t|dont|do\s+not|can'?t|cant|cannot|won'?t|wont)\s+(?:really\s+)?(?:eat|do)\s+"
    rf"(?:any\s+)?{_KIND}\b(?:\s+(?:lol|haha|tho|though|btw))*"
)
# "mi hija no come mariscos", "mis suegros no comen carne roja", "mi papa tampoco come pescado"
_SPANISH_KINDS: dict[str, frozenset[str]] = {
    "mariscos": _SEAFOOD,
    "pescado": frozenset({"salmon"}),
    "carne roja": frozenset({"ny_strip", "filet_mignon"}),
    "res": frozenset({"ny_strip", "filet_mignon"}),
    "carne de res": frozenset({"ny_strip", "filet_mignon"}),
    "puerco": frozenset(),
    "cerdo": frozenset(),
    "pollo": frozenset({"chicken"}),
}
_SPANISH_NONE = re.compile(
    rf"\b(?:mi|mis|nuestr[oa]s?|su|sus|la|el|los|las)\s+{RELATION}\s+(?:tampoco|no)\s+"
    r"(?:come|comen)\s+(?:nada\s+de\s+)?(?P<kind>mariscos|pescado|carne\s+roja|carne\s+de\s+res|"
    r"res|puerco|cerdo|pollo)\b"
)


def kind_remarks(text: str, proteins: Collection[str]) -> tuple[list[Span], list[Span]]:
    """(the spans of normalized `text` whose remarks the order of `proteins` fits, the spans of
    their shares' numbers, which place no one)."""
    if not proteins or not any(w in text for w in ("eat", " do ", "come")):
        return [], []  # speed: rarely said
    explained: list[Span] = []
    numbers: list[Span] = []
    for m in _SHARE_NONE.finditer(text):
        kind = kind_keys(re.sub(r"\s+", " ", m["kind"]))
        if kind and not kind & set(proteins):
            explained.append(m.span())
            numbers += [(d.start() + m.start(), d.end() + m.start()) for d in re.finditer(r"\d+", m[0])]
    for m in _SPANISH_NONE.finditer(text):
        kind = _SPANISH_KINDS[re.sub(r"\s+", " ", m["kind"])]
        if kind is not None and not kind & set(proteins):
            explained.append(m.span())
    return explained, numbers
