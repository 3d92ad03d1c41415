"""A venue not settled between the ZIP given and another place (round q85a, 181 fs062): "Our office
is in 95814, but the offsite might be at my place in Folsom instead, still TBD", "zip 95823 or
maybe my moms in elk grove, tbd", "its at my place 95628 unless my in-laws in Granite Bay end up
hosting". The travel fee follows the venue, so a careful person asks which place the party is at
rather than price the ZIP said. Two signs, each in one sentence with a word of doubt:
- a town named where a place would be that none of the message's ZIPs is in;
- another place offered against the ZIP's ("at our place (95762) or at the park ...").
A town the ZIP is in ("at my place in Folsom 95630, might add the sake") or a doubt in another
sentence ("party in Roseville 95661. might add the show") asks nothing."""

from __future__ import annotations

import re

from orchestrator import zip_table
from orchestrator.reading.places import towns_named

Span = tuple[int, int]
Check = tuple[str, str]

# Words that leave the place open: "might", "maybe", "TBD", "not sure yet", "we'll see", "unless",
# "either", "still deciding", and the Spanish "a lo mejor", "tal vez", "todavía no sabemos"
_DOUBT = re.compile(
    # ("may" not the month: "party on May 3 in Roseville"; "could I get a quote ... in West Sac
    # 95691?", "may we add ...": a request, no doubt of the place, q85x: 165 fc099)
    r"\b(?:might|may(?!\s+(?:\d|i|we)\b)|could(?!\s+(?:i|we|you|u|ya|someone|somebody)\b)|maybe|"
    r"possibly|perhaps|probably|either|unless|tbd|tba|"
    r"not sure|unsure|"
    r"undecided|still deciding|deciding|we'?ll see|we will see|depending|depends|up in the air|"
    r"(?:haven'?t|have not|not)\s+(?:yet\s+)?decided|a lo mejor|tal vez|quizas?|quiza|"
    r"todav[ií]a no|no sabemos|no estamos segur[oa]s)\b"
)
# Another place offered as the other choice: "or at the park", "or maybe my mom's in elk grove",
# "o en casa de mi hermana" (not a time: "at 6 or at 7")
_OR_PLACE = re.compile(
    r"\b(?:or|o)\s+(?:maybe\s+|possibly\s+|perhaps\s+|probably\s+|tal vez\s+)?"
    r"(?:at|in|en)\s+(?!\d)[a-z]"
    r"|\bor\s+(?:maybe\s+|possibly\s+)?(?:my|our|his|her|their)\s+[a-z]+'?s\b"
)
_SENTENCE_END = re.compile(r"[.!?;\n]")


def _sentence(text: str, at: int) -> Span:
    """The bounds of the sentence of `text` holding the position `at`."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    close = _SENTENCE_END.search(text, at)
    return (ends[-1] if ends else 0), (close.start() if close else len(text))


def _zip_names(zips: list[tuple[str, Span]]) -> set[str]:
    """Every name of the places the message's ZIPs are in ("folsom" of 95762 too)."""
    rows = [zip_table.matching(code) for code, _ in zips]
    return {name.lower() for row in rows if row for name in (row.city, *row.acceptable_cities)}


def unsettled_towns(text: str, zips: list[tuple[str, Span]], state: str) -> list[Check]:
    """The check of normalized `text` whose ZIPs (`zips`, with their spans) may not be the party's:
    a town of `state` none of them is in, or another place offered against one, said beside a
    word of doubt in its sentence. No ZIP: the reading asks for one anyway."""
    if not zips:
        return []
    names = _zip_names(zips)
    for town, at in towns_named(text, state):
        start, end = _sentence(text, at)
        doubt = _DOUBT.search(text, start, end)
        if town not in names and doubt:
            return [("zip", f"'{town}' beside '{doubt.group(0)}': which place is the party at?")]
    for _, (zip_start, _zip_end) in zips:
        start, end = _sentence(text, zip_start)
        other, doubt = _OR_PLACE.search(text, start, end), _DOUBT.search(text, start, end)
        if other and doubt:
            why = f"'{other.group(0)}' beside '{doubt.group(0)}': which place is the party at?"
            return [("zip", why)]
    return []
