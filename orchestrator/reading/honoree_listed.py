"""Whom the event is for, named again in the list that counts the guests: "25th anniversary
dinner for my parents, it will be my parents, me, my wife, my brother and his wife, and our kids
(10, 7 and 2)", "surprise dinner for my grandparents! it'll be my grandparents, my parents, ...".
The first "my parents" says whose event it is; the second stands in the list the guest reading
counted, so the first is no group left uncounted. The list may come first too ("me, my wife, our 3
kids (14, 10, 4), my parents and my in-laws. anniversary dinner for my parents"): whom it is for,
already counted. Only when the very same relation ("my parents", "our grandparents") is counted
elsewhere in the text: a relation named once ("for my parents, 12 of us") is left to the other
checks, which ask."""

from __future__ import annotations

import re

from orchestrator.reading.checks import Covered

# "for my parents", "for our grandparents": the relation just before the word checked; "with my
# nieces and nephews" too ("thanksgiving w/ my nieces and nephews! 12 adults plus my nieces and
# nephews: 9, 6 and 3"): with whom the event is, counted in the list
_FOR_WHOM = re.compile(r"(?:\bfor|\bwith|\bw/)\s*(my|our|his|her)\s+$")


def honoree_listed(text: str, start: int, end: int, covered: Covered) -> bool:
    """Whether the relation at `start:end` of normalized `text`, whom the event is for ("for my
    parents"), is named again, before or after, with the same possessive and that other mention
    is counted (its span in `covered`, the spans the guest reading explained)."""
    whose = _FOR_WHOM.search(text[max(0, start - 12) : start])
    if whose is None:
        return False
    again = re.compile(rf"\b{whose.group(1)}\s+({re.escape(text[start:end])})\b")
    return any(m.span(1) in covered for m in again.finditer(text) if m.start(1) != start)


_OWNER = re.compile(r"(?:my|our|his|her)\s+")


def relation_listed(text: str, start: int, end: int, covered: Covered) -> bool:
    """Whether the relation at `start:end`, its possessive with it ("my mom" of "Mother's day for
    my mom and grandma. it'll be me, my sister, my mom, my grandma ..."), is whom the event is for
    and named again in the counted list: the "and grandma" after it joins whom it is for, no
    guest list the reading left uncounted."""
    own = _OWNER.match(text, start, end)
    return own is not None and honoree_listed(text, own.end(), end, covered)
