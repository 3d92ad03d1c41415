"""The child a message is about, named again by a pronoun in the list of who comes ("Preschool
graduation for my daughter (she's 5). It'll be me, my husband, her, her brother (8), ..."): the
"her" of the list is that daughter, priced by the age told beside her, not one more adult. Only
one son or daughter (or grandchild, niece, nephew) told with an age, whose pronoun ("her" for a
girl, "him" for a boy) stands alone in the list; anything else is left as the list reads it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from orchestrator.catalog import Catalog
from orchestrator.reading.age_bands import band

Span = tuple[int, int]

_GIRL = r"daughter|girl|granddaughter|niece|stepdaughter"
_BOY = r"son|boy|grandson|nephew|stepson"
# "my daughter (she's 5)", "our son (4)", "my daughter, who is 5,"
_AGED = re.compile(
    rf"\b(?:my|our)\s+(?:little\s+|youngest\s+|oldest\s+)?(?:(?P<girl>{_GIRL})|(?P<boy>{_BOY}))\s*"
    r"\(\s*(?:(?:she|he)\s*(?:'s|is)\s+|age\s+|aged\s+)?(?P<age>\d{1,2})"
    r"(?:\s*(?:yo|y/o|yrs?(?: old)?|years? old))?\s*\)"
)


@dataclass(frozen=True)
class PronounAged:
    """The band of the child the pronoun names and the span of the age told."""

    band: str
    span: Span

    def told_in(self, spans: Iterable[Span]) -> bool:
        """Whether one of `spans` (ages the reading counted) holds the age told, so the child is
        counted already ("my daughter (she's 20) ... her": once, by her age)."""
        return any(start < self.span[1] and self.span[0] < end for start, end in spans)


def pronoun_aged(text: str, catalog: Catalog, listed: Span) -> PronounAged | None:
    """The child named again by a lone "her"/"him" in the list `listed` of normalized `text`,
    told with an age before the list; None when not exactly one such child."""
    found = [m for m in _AGED.finditer(text, 0, listed[0])]
    if not found:
        return _turning(text, catalog, listed)
    if len(found) != 1:
        return None
    m = found[0]
    if not _alone_once(text, listed, "her" if m.group("girl") else "him"):
        return None
    return PronounAged(band(int(m.group("age")), catalog), m.span())


def _alone_once(text: str, listed: Span, pronoun: str) -> bool:
    """The pronoun stands alone once in the list: "me, my husband, her, ..." ("her brother" names
    another)."""
    alone = re.compile(rf"(?:^|,|\band\b|&|\+)\s*{pronoun}\s*(?=,|\band\b|&|\+|$)")
    return len(alone.findall(text[listed[0] : listed[1]])) == 1


# the age the event gives the child it is for: "she's turning 5", "my son is turning 4"; who
# says whose pronoun ("she", a daughter: "her")
_TURNING = re.compile(
    rf"\b(?:(?P<she>she)|he|(?:my|our)\s+(?:little\s+)?(?:(?P<girl>{_GIRL})|{_BOY}))"
    r"\s*(?:'s|s|is|will\s+be|'ll\s+be)?\s*(?:turning|turns|going\s+to\s+be|gonna\s+be)\s+"
    r"(?P<age>\d{1,2})\b"
    # the birthday said by its ordinal: "my daughters 8th bday", "our son's 5th birthday" (q77h)
    rf"|\b(?:my|our)\s+(?:little\s+)?(?:(?P<girl2>{_GIRL})|{_BOY})(?:'s|s'|s)?\s+(?P<age2>\d{{1,2}})"
    r"(?:st|nd|rd|th)\s+(?:bday|birthday|b-day)\b"
)


def _turning(text: str, catalog: Catalog, listed: Span) -> PronounAged | None:
    """The child of the event told "turning N" before the list ("Bday party for my daughter,
    she's turning 5 ... it'll be me, my husband, her, ..."): one such age, and the pronoun of
    whoever turns it alone once in the list."""
    ages = list(_TURNING.finditer(text, 0, listed[0]))
    if len(ages) != 1:
        return None
    m = ages[0]
    girl = m.group("she") or m.group("girl") or m.group("girl2")
    if not _alone_once(text, listed, "her" if girl else "him"):
        return None
    age = "age" if m.group("age") else "age2"
    return PronounAged(band(int(m.group(age)), catalog), m.span(age))
