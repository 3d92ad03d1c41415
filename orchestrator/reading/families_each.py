"""Families or households counted, then grown-ups in each said a few words later: "4 families
total (us included), 2 adults in each", "2 families coming over for christmas dinner on the 20th,
9 adults in each", "3 families are coming (5 adults in each)", "2 families of 8 grown-ups each".
As many adults in every group: written as their product ("8 adults"), so the kids said after them
("plus the kids: 11, 10, 9") are on top, as after any count of adults. Runs after the counts by
groups of `shorthand` (which read the plain forms, "2 families coming, 9 adults in each"), on what
they left.

Only a count of adults ("adults", "grown-ups"): "4 in each" may hold kids, left to the checks.
The words between the groups and their size name no one else ("3 families with kids, 2 adults in
each", "3 families and some friends, ..."): no guest word, no number but a day ("the 20th"), no
"and" or "plus", at most 60 characters in one sentence. And not after the writer's own people in
the same sentence ("me and my wife, 3 families ..., 4 adults in each": the couple on top or
among them?), which `shorthand` reads as a list."""

from __future__ import annotations

import re

_GROUPS = r"(?:famil(?:y|ies)|fams|households)"  # "familys" is spelt before the second pass
_ADULTS = r"(?:adults|grown-?ups)"
# the words between the groups and their size: no number but a day's ("on the 20th"), no stop
_FILLER = r"(?:[^\d.!?;\n]|\d{1,2}(?:st|nd|rd|th)\b){0,60}?"
_SIZED = re.compile(
    rf"\b(\d{{1,2}}) {_GROUPS}\b(?P<filler>{_FILLER})\s*[,(:-]\s*(\d{{1,3}}) {_ADULTS}"
    r"(?: in each(?: one| family| fam| household)?| each| per (?:family|fam|household))\b(?:\s*\))?"
    # "2 families of 8 grown-ups each" (`shorthand` reads "of 8 adults each")
    rf"|\b(\d{{1,2}}) {_GROUPS} of (\d{{1,3}}) grown-?ups(?: each)?\b"
)
# a word of the filler that names more people, or joins another group to the families
_OTHERS = re.compile(
    r"\b(?:kids?|children|child|babies|baby|toddlers?|grandkids|grandchildren|teens?|little ones|"
    r"friends|people|ppl|guests|neighbou?rs|couples?|adults?|and|plus|with|w)\b|[+&/]"
)
# the writer's own people before the count in its sentence: "me and my wife, 3 families ..."
_WRITER_BEFORE = re.compile(
    r"\b(?:me|myself|us|my\s+(?:wife|husband|hubby|partner|spouse|bf|gf|boyfriend|girlfriend|"
    r"fiancee?))\b[^.!?\n]*\Z"
)

# someone joined right after the families ("..., 5 adults per family + my parents"): `shorthand`
# adds named relations to its own counts by groups; here they are left to the checks (asked)
# (the kids after them are on top of the adults, read so: "..., plus the kids: 11, 10, 9")
_JOINED = re.compile(
    r"\s*[,.]?\s*(?:\+|plus\b|and\b|&)\s*(?:also\s+)?(?:my|our|the|his|her)\s+"
    r"(?!(?:\d|kids|children|grandkids|grandchildren|little|lil|youngest|babies|baby|toddlers)\b)"
)


def _product(m: re.Match[str]) -> str:
    """The families' adults written as one count, or the words as they were."""
    if m.group(4):
        return f"{int(m.group(4)) * int(m.group(5))} adults"
    if _OTHERS.search(m.group("filler")):
        return m.group(0)
    return f"{int(m.group(1)) * int(m.group(3))} adults"


def families_each(text: str) -> str:
    """Normalized `text` with families counted and sized a few words apart written as their
    adults; unchanged when no such count stands (or the writer's people come before it)."""
    if "each" not in text and " per " not in text:
        return text
    out, at = [], 0
    for m in _SIZED.finditer(text):
        if _WRITER_BEFORE.search(text, max(0, m.start() - 80), m.start()) or _JOINED.match(
            text, m.end()
        ):
            continue
        out += [text[at : m.start()], _product(m)]
        at = m.end()
    return "".join(out) + text[at:] if out else text
