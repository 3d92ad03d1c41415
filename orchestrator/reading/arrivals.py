"""People of a clear number said to be coming, in a message that counts nobody else: "my parents
can come after all", "my sister and her husband can make it now", "my mom's coming too". A pair
(parents, in-laws, a relation with their partner) is two adults, a partner or a parent one, as
the household list counts them; in a follow-up they join the order's adults. A relation whose
number the words do not give ("my cousins are coming too") is left to the coverage check."""

from __future__ import annotations

import re
from dataclasses import dataclass

from orchestrator.reading.kin_words import KIN

_ITEM = re.compile(KIN)
_PLAIN = re.sub(r"\(\?P<\w+>", "(?:", KIN)  # the same words without group names, to repeat them
_ARRIVING = re.compile(
    rf"\b(?:{_PLAIN})(?:\s*(?:,|&|\+|and|n|plus)\s*(?:{_PLAIN}))*"
    r"\s+(?:(?:can|could|will|are|r|is)\s+)?(?:now\s+|also\s+|actually\s+)?"
    # "my bro and his wife decided to come", "my cousin wants to join": a choice made, no hedge
    r"(?:(?:(?:have|has|just|now)\s+)?(?:decided|wants?|want)\s+to\s+)?"
    r"(?:(?:finally\s+)?able\s+to\s+)?"  # "my in-laws are able to join us now"
    r"(?:come|coming|make it|join(?:ing)?|be (?:coming|joining|there))\b"
)


@dataclass(frozen=True, slots=True)
class Arrivals:
    """Adults said to be coming and the words read."""

    adults: int
    span: tuple[int, int]


def arrivals(text: str) -> Arrivals | None:
    """The adults a "my parents can come after all" names, or None."""
    m = _ARRIVING.search(text)
    if m is None:
        return None
    adults = 0
    for item in _ITEM.finditer(text, m.start(), m.end()):
        adults += 1 if item.group("one") else 2
    return Arrivals(adults, m.span())
