"""Grown-ups listed by role and said to be all adults, then one more person named as coming too with
the new total of adults ("5 pastors, 6 ministry leaders and 4 office staff, all adults. Pastor Dan's
wife is coming too so 16 adults", "3 partners, 5 associates and 2 paralegals, all adults. My wife
is joining us too, so 11 adults").

The one who joins is inside the total that follows: the list (read as `listed_sum` reads its
parts) and that one person make the total. Only when they add up to it exactly are the list and the
joining words blanked, so the total alone is read; a total they do not make ("... so 14 adults"
after 12 and one more) is left to the other readers and the net, which ask."""

from __future__ import annotations

import re

from orchestrator.reading.listed_parts import ONE, PARTNER, SEP, grown_count, opening
from orchestrator.reading.listed_sum import first_read, sum_of

Span = tuple[int, int]

# one person joining: the writer's partner, "pastor dan's wife", "our manager's husband", a role
_PERSON = (
    rf"(?:{ONE.pattern}|(?:(?:dr|mr|mrs|ms|pastor|coach|capt|rev)\.?\s+)?[a-z]+'s\s+{PARTNER}|"
    rf"(?:my|our)\s+[a-z]+'s\s+{PARTNER})"
)
# "<list>, all adults. <one person> is coming too so 16 adults"
_JOINED = re.compile(
    r",\s*all\s+(?:adults|grown-?ups)\s*[.!]\s+"
    rf"(?P<who>{_PERSON})\s+(?:is|'s)\s+(?:also\s+)?(?:coming|joining(?:\s+us)?)"
    r"(?:\s+too|\s+as\s+well)?\s*,?\s*so\s+(?:that'?s\s+|it'?s\s+|we'?re\s+|we\s+are\s+)?"
    r"(?=(?P<n>\d{1,3})\s+(?:adults|grown-?ups)\b)"
)

# "9 adults" padded with blanks: a list of roles the prepass has written as its sum ("4 nurses, 3
# doctors and 2 techs, all adults"), never a count the writer said so
_SUMMED = re.compile(r"(?:\A|[.!?\n:;])\s*(?P<n>\d{1,3})\s+adults\s{2,}\Z")


def joined_sum(text: str) -> list[Span]:
    """The spans of normalized `text` holding a list of grown-ups said to be all adults and the
    one person said to join them, when they make exactly the total of adults said right after (to
    be blanked so the total alone is read); else none."""
    if "all adults" not in text and "all grown" not in text:  # the cheap guard
        return []
    spans: list[Span] = []
    for m in _JOINED.finditer(text):
        if summed := _SUMMED.search(text, 0, m.start()):  # the parts already written as their sum
            if int(summed.group("n")) + 1 == int(m.group("n")):
                spans.append((summed.start("n"), m.end()))
            continue
        start = opening(text, m.start())
        stretch = text[start : m.start()]
        cuts = [0, *(i for s in SEP.finditer(stretch) for i in s.span()), len(stretch)]
        bounds = list(zip(cuts[::2], cuts[1::2], strict=True))
        parts = [stretch[a:b].strip() for a, b in bounds]
        if len(parts) < 2 or any(not p for p in parts):
            continue
        listed = sum_of(parts)
        if listed is None or listed + 1 != int(m.group("n")):
            continue
        first = first_read(parts)
        a = bounds[first][0]
        if grown_count(parts[first], None) is None:  # led into: "we're inviting 10 friends"
            led = re.search(r"(?:the\s+|my\s+|our\s+)?\d{1,3}\s", stretch[a : bounds[first][1]])
            a += led.start() if led else 0
        spans.append((start + a, m.end()))
    return spans
