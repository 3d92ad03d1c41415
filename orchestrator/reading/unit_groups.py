"""Guests counted by the cars, vans, cabins or shifts they come in, as many in each ("6 cars w/ 4
each", "4 cars with 4 adults in each", "all 3 shifts are coming, 12 guys per shift", "6 cabins, 2
counselors per cabin"): written as the product, a band's word kept ("16 adults", "30 kids") and
any other written "guests" (as `shorthand` writes "5 tables w/ 6 each"; "36 guys" beside "36
adults total" would read as two groups), so the readers take it like any count ("24 guests, all
adults"; "15 guests, kids included" is asked). The writer's total said right after is read once
("12 guys per shift. so 36 adults" is "36 adults"), and one that disagrees leaves the words as
said. The count per unit must be tied to the unit ("each", "in each", "per cabin" for cabins, "a
shift" for shifts); a number of no such tie is left to the checks (`multipliers`)."""

from __future__ import annotations

import re

_UNIT = r"(?P<unit>car|van|minivan|suv|truck|bus|cabin|shift)"
# the guest words a count per unit may carry (a role is kept as said: "12 counselors")
_WORD = (
    r"(?:adults|grown-?ups|people|guests|ppl|guys|ladies|gals|folks|kids|children|counselors|"
    r"nurses|workers|employees|volunteers|staff|teammates|friends|coworkers|co-workers|members|"
    r"leaders|chaperones|officers|firefighters|techs|drivers)"
)
_BAND_WORDS = ("adults", "grown-ups", "grownups", "kids", "children")
_EACH = re.compile(
    rf"\b(?P<units>\d{{1,2}})\s+{_UNIT}(?:es|s)\b"
    # "3 shifts are coming", "4 cars coming up": the units said to come
    r"(?:\s+(?:are\s+|r\s+|will\s+be\s+)?(?:coming|driving|joining)(?:\s+(?:up|down|over|in))?)?"
    r"\s*[,:-]?\s*(?:(?:with|w/|w)\s*)?(?P<each>\d{1,2})(?:\s+(?P<word>" + _WORD + r"))?"
    r"\s+(?:each|apiece|in\s+each(?:\s+(?:one|(?P=unit)))?|per\s+(?P=unit)|a\s+(?P=unit))\b"
    # the writer's total right after: "12 guys per shift so 36 adults"
    # (a sentence may end between: "12 guys per shift. so 36 adults total")
    r"(?P<said>\s*[,.;!]?\s*(?:so|=|(?:that'?s|thats))\s+(?:(?:that'?s|thats|it'?s|its)\s+)?(?P<n>\d{1,3})\s+"
    r"(?P<what>adults|grown-?ups|people|guests|ppl|total)\b)?"
)


def _written(m: re.Match[str]) -> str:
    """The guests in all, or the match as it was when the total said after disagrees (asked)."""
    count = int(m.group("units")) * int(m.group("each"))
    # a band's word kept ("16 adults", "30 kids"); any other is "guests" ("36 guys" beside "36
    # adults total" would read as two groups)
    word = m.group("word") if m.group("word") in _BAND_WORDS else "guests"
    if m.group("said"):  # "so 36 adults": the total once, in the writer's word
        if int(m.group("n")) != count:
            return m.group(0)
        return f"{count} {word if m.group('what') == 'total' else m.group('what')}"
    return f"{count} {word}"


def unit_groups(text: str) -> str:
    """Normalized `text` with each count by cars, vans, cabins or shifts written as the guests in
    all (one search when no unit word is in the text)."""
    if not re.search(r"\b\d{1,2}\s+(?:car|van|minivan|suv|truck|bus|cabin|shift)", text):
        return text
    return _EACH.sub(_written, text)
