"""Grown-ups listed by role, one by one and by count, then the writer's total of adults ("pastor
mike and his wife, 2 youth pastors, 3 office staff and our worship leader, so 8 adults", "8
technicians and 2 owner, total 10 adults", "day shift 14, night shift 9, plus 4 of us in the office,
all adults, so 27 total", "7 of us plus the 2 partners and their wives, so 11 adults", "all 3
shifts, 8 guys per shift so 24 adults").

The list is read back from the total to the opening of its sentence (an emoji, which the
normalizer leaves as blanks, opens one too): each part is a count of grown-ups by any name ("2
owner", "4 of us in the office", "the 2 of them", "day shift 14"), the plus-ones some bring ("9 of
them bringing their spouse"), the partners of the count before ("and their wives": as many again),
or one person (the writer, a partner, a titled name, "our worship leader"), a pair ("my parents")
or a relation named by name before the list ("throwing my son Jake a welcome home party ... it'll
be Jake, his wife, me and my husband, my parents, plus 8 of his army buddies, all adults, so 14
adults total"). The first part read may
follow a few words of its own ("they're inviting 10 friends"). Only when the parts add up to the
total exactly, the words before them hold no number, and no part names the young, a food, an age
or a bracket, are the parts blanked so the total alone is read; otherwise the other readers (and
the coverage net) ask."""

from __future__ import annotations

import re

from orchestrator.reading.listed_parts import (
    NAMED_KIN,
    NOT_GROWN,
    ONE,
    SEP,
    THEIR,
    grown_count,
    led,
    opening,
)
from orchestrator.reading.listed_refs import honored_again, referred
from orchestrator.reading.words import YOUNG

Span = tuple[int, int]

# the writer's total: "so 8 adults", "= 10 adults", "total 10 adults", "all adults so 13 adults",
# "all adults, so 27 total"
_TOTAL = re.compile(
    r"\s*,?\s*(?:(?P<all>all\s+(?:adults|grown-?ups)\s*,?\s*)?(?:so\s+(?:that'?s\s+|thats\s+|it'?s\s+)?"
    r"|=\s*|(?:that'?s|thats)\s+)|total\s+)(?P<n>\d{1,3})\s+(?P<what>adults|grown-?ups|total)\b"
)
# "all 3 shifts, 8 guys per shift": the count of each of a few groups alike
_EACH = re.compile(
    r"\b(?P<groups>\d{1,2})\s+(?P<unit>[a-z]{3,}?)s\s*,?\s*(?P<each>\d{1,3})\s+(?:[a-z'-]+\s+){1,2}?"
    r"(?:per|each|a|every)\s+(?P=unit)\b"
)


# "their 4 kids (all grown, that's us) and our spouses": kids said grown in brackets are grown
# kids; when the bracket says they are the writer's lot, "our spouses" after them are theirs
_GROWN_SAID = re.compile(
    r"(?P<kids>(?P<n>\d{1,2})\s+(?:kids|children|sons|daughters)\s*\(\s*(?:all|both)\s+"
    r"(?:grown(?:[- ]?ups?)?|adults)(?P<us>\s*,\s*(?:that'?s|thats|incl(?:uding|\.)?)\s+us)?\s*\))"
    r"(?:(?P<join>\s*(?:[,+&]\s*|\s(?:and|plus)\s+))our\s+(?P<who>spouses|husbands|wives|partners)\b)?"
)


# "my mom and dad", "our dad & mom": a pair, "my parents"
_MOM_AND_DAD = re.compile(
    r"\b(my|our|his|her)\s+(?:(?:mom|mum|mother)\s+(?:and|&|\+)\s+(?:dad|father)|"
    r"(?:dad|father)\s+(?:and|&|\+)\s+(?:mom|mum|mother))\b"
)


def _grown_said(stretch: str) -> str:
    """`stretch` with kids said grown in brackets written as grown kids (same length), so the
    parts read them as grown-ups ("our spouses" after them theirs only when the bracket says they
    are "us"), and "my mom and dad" as the pair "my parents"."""
    def grown(m: re.Match[str]) -> str:
        kids = f"{m.group('n')} grown kids"
        if m.group("who") is None or m.group("us") is None:
            return kids.ljust(len(m.group("kids"))) + m.string[m.end("kids") : m.end()]
        tail = f"{m.group('join')}their {m.group('who')}"
        return kids.ljust(m.end() - m.start() - len(tail)) + tail

    stretch = _MOM_AND_DAD.sub(lambda m: f"{m.group(1)} parents".ljust(len(m.group(0))), stretch)
    return _GROWN_SAID.sub(grown, stretch)



def _listing_heading(heading: str) -> bool:
    """Whether the words before a list's colon list or count people themselves ("station 8 crew +
    spouses"), not only a sentence with commas ("our owner, greg, asked me ... at his home")."""
    if not SEP.search(heading):
        return False
    return bool(re.search(r"\d|[+&]|\s(?:and|plus)\s", heading))



def sum_of(parts: list[str], names: frozenset[str] = frozenset()) -> int | None:
    """The grown-ups the parts of a list name, read from its last part back; None when too few
    parts are read, or words with a number come before them."""
    values: list[int | None] = [None] * len(parts)
    first = len(parts)
    for i in range(len(parts) - 1, -1, -1):
        if THEIR.fullmatch(parts[i]):
            first = i  # worked out with the part before it
            continue
        value = grown_count(parts[i], None, names)
        if value is None:
            value = led(parts[i])
            if value is not None:
                values[i], first = value, i
            break
        values[i], first = value, i
    if first > len(parts) - 2 or any(re.search(r"\d", p) for p in parts[:first]):
        return None
    total = 0
    for i in range(first, len(parts)):
        if THEIR.fullmatch(parts[i]):
            before = values[i - 1] if i > first and not ONE.fullmatch(parts[i - 1]) else None
            if before is None:
                return None
            values[i] = before
        total += values[i] or 0
    if not any(re.search(r"\d", p) for p in parts[first:]):
        return None  # a count among the parts
    return total


def listed_sum(text: str) -> list[Span]:
    """The spans of normalized `text` holding a list of grown-ups that adds up exactly to the
    total of adults said right after it (to be blanked so the total alone is read), or none."""
    if "adults" not in text and "grown" not in text and "total" not in text:  # the cheap guard
        return []
    spans: list[Span] = []
    for m in _TOTAL.finditer(text):
        said = int(m.group("n"))
        start = opening(text, m.start())
        if m.group("what") == "total" and not m.group("all") and not _grown_total(text):
            continue  # "so 27 total" is of adults only when the list is said to be all adults
        heading = text[opening(text, start - 1) : start - 1] if start else ""
        if start and text[start - 1] == ":" and _listing_heading(heading):
            continue  # "station 8 crew + spouses: 12 firefighters + ...": the heading is read too
        stretch = _grown_said(text[start : m.start()])
        if each := _EACH.search(stretch):
            if (end := _each_summed(stretch, each, said)) is not None:
                spans.append((start + each.start(), start + end))
            continue
        cuts = [0, *(i for s in SEP.finditer(stretch) for i in s.span()), len(stretch)]
        bounds = list(zip(cuts[::2], cuts[1::2], strict=True))
        parts = [stretch[a:b].strip() for a, b in bounds]
        if any(not p for p in parts):
            continue
        names = frozenset(n.group(1) for n in NAMED_KIN.finditer(text, 0, start))
        if sum_of(parts, names) != said:
            continue
        # blank from the first part read (the words before it stay to the net)
        first = first_read(parts, names)
        a = bounds[first][0]
        led_into = grown_count(parts[first], None, names) is None
        if led_into and not THEIR.fullmatch(parts[first]):
            led = re.search(r"(?:the\s+|my\s+|our\s+)?\d{1,3}\s", stretch[a : bounds[first][1]])
            a += led.start() if led else 0
        spans.append((start + a, m.start()))
        spans += referred(text, start + a, parts[first:])
        spans += honored_again(text, start + a, parts[first:])
    return spans


def _each_summed(stretch: str, each: re.Match[str], said: int) -> int | None:
    """Where in `stretch` the groups alike ("all 3 shifts, 8 guys per shift") and the grown-ups
    listed after them ("6 cabins, 2 counselors per cabin, plus 4 of us directors") end, when
    they add up to the total `said`; None otherwise (round q85b, 182 ft036)."""
    if NOT_GROWN.search(stretch):
        return None
    total = int(each.group("groups")) * int(each.group("each"))
    tail = stretch[each.end() :].strip(" ,")
    if tail:
        joined = SEP.match(stretch, each.end())
        rest = stretch[joined.end() :] if joined else ""
        cuts = [0, *(i for s in SEP.finditer(rest) for i in s.span()), len(rest)]
        parts = [rest[a:b].strip() for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
        counts = [grown_count(p, None) for p in parts] if joined else [None]
        if any(c is None for c in counts):
            return None
        total += sum(c or 0 for c in counts)
    return len(stretch.rstrip(" ,")) if total == said else None


# "so 16 total" after grown-ups listed ("6 cabins, 2 counselors per cabin, plus 4 of us
# directors"): of grown-ups when no one young is named anywhere in the message (N people with no
# kids mentioned are N adults)
_YOUNG = re.compile(rf"\b(?:{YOUNG}|sons?|daughters?|grandkids|students?|players?|scouts?|campers?|"
                    r"babies|bday|birthday|turning|years?|yrs?|yo)\b")


def _grown_total(text: str) -> bool:
    """Whether a bare "N total" closing a list counts grown-ups: the message names no one young
    (nor a birthday, whose friends may be kids) and no age."""
    return not _YOUNG.search(text)


def first_read(parts: list[str], names: frozenset[str] = frozenset()) -> int:
    """The index of the first part `sum_of` read."""
    first = len(parts)
    for i in range(len(parts) - 1, -1, -1):
        if THEIR.fullmatch(parts[i]) or grown_count(parts[i], None, names) is not None:
            first = i
            continue
        return i if led(parts[i]) is not None else first
    return first
