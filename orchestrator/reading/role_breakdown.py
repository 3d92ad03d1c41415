"""Adults counted by role in a pasted breakdown, one line each ("Headcount by role:\\n- RNs: 12\\n-
Techs: 4\\n- Physicians: 3\\n- Unit clerk: 1\\nAll adults, 20 total."): when the lines' numbers add
up to the adults the writer then states, the lines are blanked (hidden in the prepass) so the
total alone is read. A breakdown that does not add up, a line naming the young, a protein or a
portion, or a total not said to be adults is left to the other readers, which ask."""

from __future__ import annotations

import re

from orchestrator.reading.words import YOUNG

Span = tuple[int, int]

# words a line of a food or age table holds: such a line is no role ("Chicken: 12", "Under 6: 2")
_NOT_ROLE = (
    rf"{YOUNG}|chicken|steak|strip|filet|salmon|shrimp|scallops?|lobster|tofu|vegetables?|veggies|"
    r"proteins?|portions?|under|over|ages?|aged|babies|baby|infants?|little|young|minors?|students?|"
    r"players?|scouts?|campers?|dancers?|total|guests?|people|adults?|date|time|zip|phone|budget"
)
# one line: an optional bullet, a role of one to three words, a colon or a dash, its count
_LINE = (
    rf"^[ \t]*(?:[-*\u2022][ \t]*)?(?![^:\n]*\b(?:{_NOT_ROLE})\b)"
    r"[a-z][a-z.'&/]*(?:[ \t][a-z.'&/]+){0,2}"
    r"[ \t]*[:=\u2013-][ \t]*(\d{1,3})[ \t]*$"
)
_LINE_RE = re.compile(_LINE, re.MULTILINE)
# the block of two or more lines and the total said of adults right after it
_BLOCK = re.compile(
    rf"((?:{_LINE}\n){{2,}})[ \t]*(?:(?:all|everyone is|everyone's|they're all|they are all)[ \t]+"
    r"adults?[ \t]*[,.;:-]?[ \t]*(?P<t1>\d{1,3})[ \t]+(?:total|in total|in all)\b"
    r"|(?:total|so)?[ \t]*[:=]?[ \t]*(?P<t2>\d{1,3})[ \t]+adults\b(?:[ \t]+total)?)",
    re.MULTILINE,
)


def role_breakdown(text: str) -> list[Span]:
    """The spans of normalized `text` holding a one-line-a-role breakdown whose numbers add up to
    the adults said right after it (to be blanked so the total alone is read), or none."""
    if ":" not in text or "\n" not in text or "adult" not in text:
        return []  # speed: a breakdown is lines with colons, its total says adults
    spans: list[Span] = []
    for m in _BLOCK.finditer(text):
        total = int(m.group("t1") or m.group("t2"))
        counts = [int(line.group(1)) for line in _LINE_RE.finditer(m.group(1))]
        if len(counts) >= 2 and sum(counts) == total:
            spans.append(m.span(1))
    return spans
