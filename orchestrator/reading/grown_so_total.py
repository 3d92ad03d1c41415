"""A total of adults said right after counts of grown-ups by other words ("8 coworkers, so 10
adults", "12 colleagues = 14 adults", "9 guys, that's 11 adults", "8 coworkers, 10 adults total",
"10 parents, so 10 adults and 12 kids"): the writer's total, never a count more (round q85k: "8
coworkers, so 10 adults" read 18 and "me, 11 coworkers and the guest of honor, so 14 adults" 25,
with no flag). Lists whose parts make the total exactly are the listed sums' (listed_sum.py,
hidden before); here the counts before such a total are blanked so the total alone is read, and
when the parts read back from it do not make it, it is asked. Counts of guests added or out ("2
more coworkers are joining, so 10 adults", "2 dropped out so 6 adults") are the recount readers'."""

from __future__ import annotations

import re
from typing import NamedTuple

from orchestrator.reading.alternation import alternation
from orchestrator.reading.listed_parts import NOT_GROWN, SEP, THEIR, grown_count, led, opening
from orchestrator.reading.teen_parts import teen_parts
from orchestrator.reading.words import ADULT_WORDS

Span = tuple[int, int]

_B = r"[ \t]+"
# "so about 20 adults": a rough total, still the total (the range reader asks how many exactly)
_ROUGH = r"(?:about|around|approx\w*|roughly|maybe|like|probably)[ \t]+"
# the total: "so 10 adults", "so that's 10 adults", "= 10 adults", "that's 10 adults", "making it
# 10 adults"; or "8 coworkers, 10 adults total"
_TOTAL = re.compile(
    rf"[ \t]*,?[ \t]*(?:(?:and{_B})?so{_B}(?:(?:that'?s|thats|it'?s|its|we'?re|we{_B}are|"
    rf"that{_B}makes|makes|in{_B}total|total|now){_B})*|=[ \t]*|(?:that'?s|thats|making{_B}it|"
    rf"which{_B}makes|that{_B}makes|for{_B}a{_B}total{_B}of){_B})"
    rf"(?:{_ROUGH})?(?P<n>\d{{1,3}}){_B}(?:adults|grown-?ups)\b"
    rf"|[ \t]*,[ \t]*(?:{_ROUGH})?(?P<t>\d{{1,3}}){_B}(?:adults|grown-?ups){_B}"
    rf"(?:total|in{_B}total|in{_B}all|altogether)\b"
)
# a count of grown-ups by any word of them ("8 coworkers", "10 ladies", "4 of us grownups")
_GROWN = re.compile(
    rf"\b(?P<n>\d{{1,3}})[ \t]+(?:of[ \t]+us[ \t]+)?(?P<word>{alternation(ADULT_WORDS)})\b"
)
_GENERIC = frozenset(("adults", "adult", "grownups", "grown ups", "grown-ups"))
# guests added or out: a change the recount readers read ("2 more coworkers are joining, so 10
# adults" after 8); a correction ("actually 10 coworkers, so 12 adults") is read here
_CHANGE = re.compile(
    r"\b(?:more|another|additional|extra|add\w*|join\w*|com(?:e|es|ing)|can\s+make|in\s+too|"
    r"too|also|now|after\s+all|cancel\w*|can'?t|cannot|won'?t|drop\w*|out|minus|less|fewer|remov\w*|"
    r"lost|bail\w*|backed|not|without|except)\b"
)


class SoTotal(NamedTuple):
    """The counts a total of adults holds (to blank) and the check when they do not make it."""

    spans: list[Span]
    checks: list[str]


def so_totals(text: str, taken: list[Span]) -> SoTotal:
    """Each total of adults said right after counts of grown-ups by other words than "adults"
    in its sentence (`taken`: spans other readers have read, left alone): the counts' spans, and
    "the parts make X, not the N adults said" when the parts read back from the total do not."""
    found = SoTotal([], [])
    for m in _TOTAL.finditer(text):
        start = opening(text, m.start())
        stretch = text[start : m.start()]
        counts = list(_GROWN.finditer(stretch))
        if not any(c.group("word") not in _GENERIC for c in counts):
            continue
        spans = [(start + c.start(), start + c.end()) for c in counts]
        if any(s < e2 and s2 < e for s, e in spans for s2, e2 in taken):
            continue  # a role list or a sum another reader has read
        said = int(m.group("n") or m.group("t"))
        # "18 cheerleaders (all 14-17), 2 coaches ...": a part of teens by their ages is grown-ups
        grown = teen_parts(stretch)
        made, read_from = (None, 0) if NOT_GROWN.search(grown) else _made(grown, counts)
        if _CHANGE.search(stretch) and made != said:
            continue  # "2 more coworkers are joining, so 10 adults": the recount readers'
            # ("make it 10 coworkers, so 10 adults": the parts make it, read)
        found.spans.extend(spans)
        if made == said:  # "8 coworkers and 2 managers making it 10 adults": the 2 is placed too
            found.spans.append((start + read_from, m.start()))  # "me", "our manager" too
        else:
            found.checks.append(
                f"the parts make {made}, not the {said} adults said" if made is not None
                else f"{said} adults said after counts not all of grown-ups: who are the {said}?"
            )
    return found


def _made(stretch: str, counts: list[re.Match[str]]) -> tuple[int | None, int]:
    """The grown-ups the parts of `stretch` make, read back from its end (the counts of
    grown-ups before the first part read added on: "10 ladies 8 guys"), or None; and where the
    parts read start."""
    cuts = [0, *(i for s in SEP.finditer(stretch) for i in s.span()), len(stretch)]
    bounds = list(zip(cuts[::2], cuts[1::2], strict=True))
    values: list[int | None] = []
    first, read_from = len(bounds), len(stretch)
    for a, b in reversed(bounds):
        part = stretch[a:b].strip()
        value = -1 if THEIR.fullmatch(part) else grown_count(part, None)
        # "team dinner in 95661, 8 coworkers", "lunch 95814 - me": words before lead into the
        # first part (a count, or a part after a dash), which is the last read
        led_in = None if value is not None else _led_in(part)
        if value is None and led_in is None:
            break
        values.insert(0, value if led_in is None else led_in[0])
        read_from = a + len(stretch[a:b]) - len(stretch[a:b].lstrip()) + (led_in[1] if led_in else 0)
        first -= 1
        if led_in is not None:
            break
    total = 0
    for i, value in enumerate(values):
        if value == -1:  # "and their wives": as many as the part before
            if i == 0 or values[i - 1] in (None, -1):
                return None, 0
            value = values[i - 1]
        total += value or 0
    cut = bounds[first][0] if first < len(bounds) else len(stretch)
    return total + sum(int(c.group("n")) for c in counts if c.end() <= cut), read_from


def _led_in(part: str) -> tuple[int, int] | None:
    """The grown-ups a part led into by other words holds ("team dinner in 95661, 8 coworkers":
    its count; "lunch 95814 - me": the part after the dash) and where they start, or None."""
    if (value := led(part)) is not None:
        return value, list(re.finditer(r"\d{1,3}", part))[-1].start()
    dash = list(re.finditer(r"\s[-–]\s", part))
    if dash and (value := grown_count(part[dash[-1].end() :].strip(), None)) is not None:
        return value, dash[-1].end()
    return None
