"""A household's size with its people in brackets after it (round q83m): "us 4 (me, hubby, our 2
boys 10 and 12), my cousin + her husband ..." is the four people the bracket names, read as a list
like the rest ("me, hubby, our 2 boys 10 and 12, my cousin ..."): the size and its brackets are
blanked (same length) so the list readers count each person once. Only when every item of the
bracket is read (a grown-up as `grown_count` reads one, the writer's own kids by number, "our
son", or the ages of the kids just counted) and they add up to the size exactly; another size or
an item not read is left to the other readers and the checks, which ask. One kid with a bare age
("our daughter 8) + my parents", read by none before a "+") is written "our daughter (8)" as the
normalizing writes it before a comma or "and" (round q83t)."""

from __future__ import annotations

import re

from orchestrator.reading.listed_parts import SEP, grown_count

_SIZED = re.compile(
    r"\b(?:us|we(?:'re| are)?|the)\s+(?P<n>[2-9])(?:\s+of\s+us)?\s*"
    # an item's age may be bracketed inside ("our son (9)", as the normalizing writes "son 9 and")
    r"\((?P<items>(?:[^()\n]|\(\d{1,2}\)){5,120})\)"
)
# the writer's kids by number, their ages may follow: "our 2 boys 10 and 12", "our 3 kids"
_KIDS = re.compile(
    r"(?:my|our)\s+(?P<n>[1-9])\s+(?:boys|girls|kids|children|sons|daughters|little ones)"
    r"(?:\s+\d{1,2})?"
)
_ONE_KID = re.compile(
    r"(?P<who>(?:my|our)\s+(?:son|daughter|boy|girl|baby|kid|little one))"
    r"(?:\s+(?P<age>\d{1,2})|\s*\(\d{1,2}\))?"
)
# the writer's partner named alone ("me, hubby, ..."): one grown-up
_PARTNER = re.compile(
    r"(?:my\s+)?(?:hubby|husband|wife|wifey|partner|spouse|fiance|fiancee|bf|gf|boyfriend|girlfriend)"
)
_AGE = re.compile(r"\d{1,2}")


def _people(items: str) -> int | None:
    """The people the bracket's items name, added up; None when an item is not read."""
    cuts = [0, *(i for s in SEP.finditer(items) for i in s.span()), len(items)]
    parts = [items[a:b].strip() for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
    total, kids_before = 0, False
    for part in parts:
        if not part:
            return None
        if _AGE.fullmatch(part) and kids_before:
            continue  # "our 2 boys 10 and 12": the second kid's age
        if m := _KIDS.fullmatch(part):
            total, kids_before = total + int(m.group("n")), True
            continue
        value = 1 if _ONE_KID.fullmatch(part) or _PARTNER.fullmatch(part) else grown_count(part, None)
        if value is None:
            return None
        total, kids_before = total + value, False
    return total


def _bracketed(m: re.Match[str]) -> str:
    """One kid of the writer's with a bare age as the list readers know it: "our daughter (8)"
    (a bare age before "+" or a bracket's end is read by none)."""
    return f"{m.group('who')} ({m.group('age')})" if m.group("age") else m.group(0)


def sized_household(text: str) -> str:
    """`text` (normalized) with "us 4 (" and its ")" blanked (same length) when the bracket's
    people are as many as the size; else unchanged."""
    if "(" not in text:
        return text  # speed
    for m in _SIZED.finditer(text):
        if _people(m.group("items")) != int(m.group("n")):
            continue
        items = _ONE_KID.sub(_bracketed, m.group("items"))  # "our daughter 8": "... (8)"
        pad = m.end() - m.start() - len(items)  # as long as before: the spans after stay
        text = text[: m.start()] + " " * (pad - 1) + items + " " + text[m.end() :]
    return text
