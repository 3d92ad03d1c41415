"""A bulleted list of who comes, then the writer's total of it ("- 9 stylists\n- 2 front desk\n-
me (owner)\nall adults, 12 total"): each line is a count of grown-ups by any name (or the writer,
"me"), and the total on the line after is the count when the lines add up to it. The lines are
then blanked, so the total alone is read. A list with a kid, a food or an age in it, or one that
does not add up, is left to the other readers, which ask."""

from __future__ import annotations

import re

from orchestrator.reading.words import KID_WORDS, TEEN_WORDS, TODDLER_WORDS

Span = tuple[int, int]

# "- 9 stylists", "• 2 front desk", "* me (owner)": a bullet (or the blank a bullet the normalizer
# drops leaves), a count and its name, or the writer; a bracket of words only (no ages in it)
_LINE = (
    r"(?:[ \t]*[-•*·][ \t]*|[ \t]+)(?:(?P<n>\d{1,3})[ \t]+[a-z][a-z' /&-]{0,30}?|me|myself)"
    r"(?:[ \t]*\([a-z' /&-]{1,30}\))?[ \t]*\n"
)
_LIST = re.compile(rf"(?:^|(?<=\n))((?:{_LINE}){{2,}})", re.MULTILINE)
_ITEM = re.compile(_LINE)
# the total on the next line: "all adults, 12 total", "12 total, all adults", "10 people total",
# "7 adults total", "total: 12 adults"
# (after a blank line, and a sentence may follow on its line: "\n28 total, all adults. chicken and
# tofu please")
_TOTAL = re.compile(
    r"(?:[ \t]*\n)*[ \t]*(?:all\s+(?:adults|grown-?ups),?\s*)?"
    r"(?:(?P<a>\d{1,3})\s+(?:(?:adults|people|ppl|guests)"
    r"\s+)?total|total\s*:?\s*(?P<b>\d{1,3})(?:\s+(?:adults|people|ppl|guests))?)"
    r"(?:,?\s*all\s+(?:adults|grown-?ups))?[ \t]*(?:$|\n|[.;!](?=\s|$))",
)
_YOUNG = re.compile(rf"\b(?:{'|'.join(KID_WORDS + TEEN_WORDS + TODDLER_WORDS)})\b")


def bullet_sums(text: str, food: re.Pattern[str]) -> list[Span]:
    """The spans of normalized `text` holding bulleted lines of grown-ups that add up to the total
    stated on the line after them (to be blanked so the total alone is read), or none; `food`
    finds a word of the menu."""
    if "\n" not in text:
        return []  # speed: a list is lines
    spans: list[Span] = []
    for m in _LIST.finditer(text):
        lines = m.group(1)
        if _YOUNG.search(lines) or food.search(lines):
            continue  # "- 2 kids", "- 9 chicken": no list of grown-ups
        total = _TOTAL.match(text, m.end(1))
        if total is None:
            continue
        said = int(total.group("a") or total.group("b"))
        added = sum(int(i.group("n")) if i.group("n") else 1 for i in _ITEM.finditer(lines))
        if added == said:
            spans.append(m.span(1))
    return spans
