"""Parts summed to a total of adults, people among the parts ("Dr. Patel + 4 hygienists + 3
assistants + 2 front desk, so 10 adults", "6 mechanics + 2 front desk + me = 9 adults"): the
writer's own sum ("8 from day shift, 6 from night shift, plus our manager, so 15 adults total"). When
the counts and the people named one each ("me", "Dr. Patel", "our manager") add up to the
total, the counts are placed and the people are inside the total, not guests to ask about. Bare
numbers summed the same way ("the bridal party is 8 + us 2 + 10 friends, so 20 adults") are the
writer's sum too when every number of the stretch is a part and they add up exactly; a stretch
whose numbers do not add up ("8 + 4 + 6, so 20 adults") stays unread and asked."""

from __future__ import annotations

import re

Span = tuple[int, int]

# the total the parts sum to: "= 9 adults", ", so 10 adults", "... so 15 adults total"
_TOTAL = re.compile(
    r"(?:\s*=\s*|,?\s+so\s+|,\s+)(\d{1,3})\s+(?:adults|grown-?ups)\b(?:\s+(?:total|in total|in all))?"
)
# a count before a word ("4 hygienists", "2 front desk")
_COUNT = re.compile(r"\b(\d{1,3})\s+(?=[a-z])")
# one person named: the writer, or a titled name ("dr. patel", "coach rivera")
# "plus our manager", "and the director": one person by a role only one holds
_HEAD = (
    r"(?:our|my|the)\s+(?:[a-z]+\s+)?(?:manager|director|supervisor|boss|lead|coordinator|principal|"
    r"owner|chef|captain|administrator|superintendent|foreman)"
)
_TITLED = r"(?:dr|mr|mrs|ms|coach|pastor)\.?\s+[a-z]+"
_ONE = re.compile(
    rf"(?:^|[+,&]|\band\b|\bplus\b)\s*(?:me|myself|{_TITLED}|{_HEAD})\b"
    # a titled name opening the parts after other words ("team dinner 🦷 dr. nguyen + 3 hygienists")
    rf"|\b{_TITLED}(?=\s*(?:\+|\bplus\b))"
)
# a pair of the writer's as one part ("us 2 + my sisters crew 5 + my parents = 9 adults"): two
_PAIR = re.compile(
    r"(?:^|[+,&]|\band\b|\bplus\b)\s*(?:my|our)\s+(?:parents|grandparents|in-?laws)\b"
    r"(?=\s*(?:$|[+,&]|\band\b|\bplus\b))"
)
_JOINS = re.compile(r"\+|\bplus\b")
# any number of the stretch, not part of a time, price or longer number ("8", "us 2")
_NUMBER = re.compile(r"(?<![\d$:.])\b(\d{1,3})\b(?![\d:.]\d|%)")
_STOPS = ".;!?\n:"


def _opening(text: str, at: int) -> int:
    """Where the sentence holding `at` opens ("dr." is a title, not the end of one)."""
    start = at
    while True:
        start = max(text.rfind(c, 0, start) for c in _STOPS)
        if start < 0:
            return 0
        if text[start] == "." and re.search(r"\b(?:dr|mr|mrs|ms)$", text[max(0, start - 4) : start]):
            continue
        return start + 1


def parts_to_total(text: str) -> list[Span]:
    """The stretch of parts before each total of adults that they sum to exactly, with at least
    one count, at least one "+"/"plus" and at least one person named one by one, or of bare
    numbers all joined by "+"/"plus" that sum to it."""
    if "adults" not in text and "grown" not in text:  # the cheap guard: no total of adults
        return []
    spans = []
    for m in _TOTAL.finditer(text):
        start = _opening(text, m.start())
        parts = text[start : m.start()]
        if not _JOINS.search(parts):
            continue
        counts = [int(c.group(1)) for c in _COUNT.finditer(parts)]
        ones, pairs = len(_ONE.findall(parts)), 2 * len(_PAIR.findall(parts))
        if counts and ones and sum(counts) + ones + pairs == int(m.group(1)):
            spans.append((start, m.start()))
            continue
        bare = [int(n.group(1)) for n in _NUMBER.finditer(parts)]
        if len(bare) >= 2 and len(_JOINS.findall(parts)) >= len(bare) + pairs // 2 - 1 and not ones \
                and sum(bare) + pairs == int(m.group(1)):
            spans.append((start, m.start()))  # "8 + us 2 + 10 friends, so 20 adults"
    return spans
