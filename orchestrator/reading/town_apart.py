"""A town named as the party's place that none of the message's ZIPs is in (round q85l): "we live
in 95630, party on May 3 in Roseville", "our zip is 95624 but the party is at my brother's place
in Rocklin", "home zip 95758, the party will be at the clubhouse in Lincoln". The travel fee
follows the venue, and the ZIP given is the home's: a careful person asks which ZIP the party is
at rather than price the one said. Only a city of the ZIP table after "in" ("en"), in a sentence
that speaks of the party or its place; a part of town ("in midtown 95816", "in natomas, zip
95835"), where guests come from ("visiting from fresno") or a firm's name ("at baker & sons")
asks nothing, nor does a town the ZIP is in ("in folsom 95630")."""

from __future__ import annotations

import re
from functools import lru_cache

from orchestrator import zip_table
from orchestrator.reading.places import towns_named

Span = tuple[int, int]
Check = tuple[str, str]

_IN = re.compile(r"(?:in|en)\s")
# Words that make the sentence about where the party is
_PARTY = re.compile(
    r"\b(?:party|parties|fiesta|dinner|lunch|event|celebration|bbq|cookout|shower|reception|"
    r"gathering|get together|get-together|place|house|home|casa|backyard|clubhouse|venue|"
    r"hosting|host|hosted|held|having it|throwing)\b"
)
_SENTENCE_END = re.compile(r"[.!?;\n]")


@lru_cache(maxsize=4)
def _cities(state: str) -> frozenset[str]:
    """The lowercase names of `state`'s cities by the ZIP table (no part of town, no region)."""
    return frozenset(row.city.lower() for row in zip_table.in_state(state))


def _zip_names(zips: list[tuple[str, Span]]) -> set[str]:
    """Every name of the places the message's ZIPs are in ("el dorado hills" of 95762 too)."""
    rows = [zip_table.matching(code) for code, _ in zips]
    return {name.lower() for row in rows if row for name in (row.city, *row.acceptable_cities)}


def _sentence(text: str, at: int) -> str:
    """The sentence of `text` holding the position `at`."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    close = _SENTENCE_END.search(text, at)
    return text[(ends[-1] if ends else 0) : (close.start() if close else len(text))]


def town_apart(text: str, zips: list[tuple[str, Span]], state: str) -> list[Check]:
    """The check of normalized `text` naming the party's town (a city of `state`) that none of
    its ZIPs (`zips`, with their spans) is in. No ZIP: the reading asks for one anyway."""
    if not zips:
        return []
    names = _zip_names(zips)
    for town, at in towns_named(text, state):
        if town in names or town not in _cities(state):
            continue
        if not _IN.match(text, at):
            continue  # the match opens with its word of place: "in roseville", not "at baker"
        if _PARTY.search(_sentence(text, at)):
            codes = ", ".join(sorted({code for code, _ in zips}))
            return [("zip", f"the party is in {town.title()}, and {codes} is not there: "
                            "which ZIP is the party at?")]  # fmt: skip
    return []
