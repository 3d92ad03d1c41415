"""Proteins given person by person, one line each, with no list of who comes before them:
"me: filet + shrimp / my wife: salmon + shrimp / our son (15): ny strip + chicken / our daughter
(8): chicken + shrimp", a baby's line "the baby (1) doesnt need anything". The lines are the list:
each is one guest, grown up when the writer, a partner or a relative with no age, else by the age
in brackets (13 and over pays as a grown-up, 6 to 12 as a kid, 5 and under free); each protein of
a line is one portion. Read only when every line of the block is such a person and the proteins
after the colon are all the line says, two lines at least give proteins, and nothing outside the
block counts guests; anything else is left to the other readers and the checks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from orchestrator.catalog import Guests
from orchestrator.reading.asks import CONNECT, ProteinAsk, with_
from orchestrator.reading.partners import PARTNER

Span = tuple[int, int]

OWNER = r"(?:(?:my|our|the|his|her)\s+)?"
RELATIVE = (
    r"(?:mom|mother|mum|dad|father|grandma|grandpa|grandmother|grandfather|granny|nana|papa"
    r"|mother in law|father in law|sister|brother|aunt|uncle)"
)
_CHILD = (
    r"(?:son|daughter|boy|girl|kid|baby|toddler|oldest|youngest|nephew|niece|grandson"
    r"|granddaughter)"
)
# One line: who, an optional bracket (an age, or the writer's role), then the colon and the rest
_LINE = re.compile(
    r"^[ \t]*(?:[-*\u2022][ \t]*)?(?P<who>[a-z][a-z ]{0,24}?)[ \t]*"
    r"(?:\((?P<note>[a-z0-9 ]{1,12})\)[ \t]*)?:[ \t]*(?P<what>[^\n]*?)[ \t]*$"
)
# A baby's line with no protein: "the baby (1) doesnt need anything"
_NOTHING = re.compile(
    rf"^[ \t]*{OWNER}(?:baby|toddler|little one)[ \t]*\((?P<age>\d)\)[ \t]*"
    r"(?:doesnt|doesn't|does not|wont|won't|will not)\s+(?:need|eat|want|have)\b[^\n]*$"
)
_WRITER_ROLE = r"(?:dad|mom|mum|host|hostess)"


@dataclass(frozen=True)
class Roster:
    """The block of person lines: its span, the guests it counts, the kids' ages, and each line's
    span with the span of its choice (None: a baby's line with none)."""

    span: Span
    adults: int
    kids: list[int]
    toddlers: list[int]
    lines: list[tuple[Span, Span | None, int]]  # each line, its choice, the person's age

    def summary(self) -> str:
        """The guests of the block as the guest reader reads a count ("5 adults, 1 kid (8)")."""
        parts = [f"{self.adults} adults"]
        if self.kids:
            parts.append(f"{len(self.kids)} kids ({', '.join(map(str, self.kids))})")
        if self.toddlers:
            parts.append(f"{len(self.toddlers)} toddlers ({', '.join(map(str, self.toddlers))})")
        return ", ".join(parts)


def _age(who: str, note: str | None) -> int | None:
    """The person's age (99: a grown-up with no age said); None: not a person of a family."""
    age = int(note) if note and note.isdigit() else None
    writer = re.fullmatch(r"me|myself|i", who) is not None
    if note and age is None and not (writer and re.fullmatch(_WRITER_ROLE, note)):
        return None  # "(vegan)", "(allergic)": not an age, read elsewhere
    if re.fullmatch(rf"me|myself|i|{OWNER}{PARTNER}|{OWNER}{RELATIVE}", who):
        return 99 if age is None else age
    if re.fullmatch(rf"{OWNER}{_CHILD}", who):
        return age
    return None


def roster(text: str, bands: Guests) -> Roster | None:
    """The block of person lines in `text`, when every line of it is one; None otherwise. Each
    line's age is banded by the catalog's `bands`, as the guest reader bands a count."""
    lines: list[tuple[Span, Span | None, int]] = []
    ages: list[int] = []
    pos, block_end, block_start = 0, -1, -1
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        m, none = _LINE.match(line), _NOTHING.match(line)
        age = int(none.group("age")) if none else _age(m.group("who"), m.group("note")) if m else None
        if age is None or (m is not None and not m.group("what")):
            if block_start >= 0 and block_end < 0:
                block_end = start - 1
            continue
        if block_end >= 0:
            return None  # a second block: two lists
        block_start = start if block_start < 0 else block_start
        ages.append(age)
        choice = (start + m.start("what"), start + m.end("what")) if m and not none else None
        lines.append(((start, end), choice, age))
    if block_start < 0 or sum(1 for _, c, _ in lines if c) < 2:
        return None
    grown, free = bands.adult_min_age, bands.toddler_max_age
    adults = sum(1 for a in ages if a >= grown)
    kids = [a for a in ages if free < a < grown]
    span = (block_start, block_end if block_end >= 0 else len(text))
    return Roster(span, adults, kids, [a for a in ages if a <= free], lines) if adults else None


def line_choices(
    text: str, asks: list[ProteinAsk], adults: int | None, children: int | None, bands: Guests
) -> tuple[list[ProteinAsk], list[Span]] | None:
    """`asks` with one portion for each protein of a person's line, and the lines' spans; None
    when the message is no such block, the guests read are not its own, or a protein stands
    outside the lines' choices or beside other words there."""
    found = roster(text, bands)
    if found is None or found.adults != adults or len(found.kids) != (children or 0):
        return None
    within: dict[int, list[ProteinAsk]] = {}
    for ask in asks:
        at = [i for i, (_, c, _) in enumerate(found.lines) if c and c[0] <= ask.start < c[1]]
        if not at or ask.portions is not None or ask.extra or ask.rest or ask.half:
            return None
        within.setdefault(at[0], []).append(ask)
    for i, (_, choice, age) in enumerate(found.lines):
        members = within.get(i, [])
        if choice is None:
            continue
        if age <= bands.toddler_max_age:
            return None  # a free guest given a protein: extra, or eaten off a plate?
        if not members or len(members) > 2:
            return None
        gaps = [text[choice[0] : members[0].start], text[members[-1].end : choice[1]]]
        gaps += [text[a.end : b.start] for a, b in zip(members, members[1:], strict=False)]
        if any(not CONNECT.match(g) for g in gaps):
            return None  # words beside the proteins ("salmon if fresh"): read elsewhere
    spans = [(line[0], choice[0]) if choice else line for line, choice, _ in found.lines]
    return [with_(a, portions=1, group=None, per_guest=False, by_person=True) for a in asks], spans

