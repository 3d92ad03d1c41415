"""A part of the order said back as a check after a quote: "that includes the 4 extra lobster
right?", "so thats 12 chicken and 12 shrimp yeah?", "the 2 kids are in there right?", "15 adults
+ 3 kids correct?". The words name items of the order (guests, proteins, add-ons) only to ask
whether the quote has them; read as an order they added the items again ("4 extra lobster" a
second time). This module finds such clauses in a message's raw text: the clause's span and the
span of the items it names. Whether they are the order's is `orchestrator.restated_turns`'s to
judge, with the order before the message.

A clause is a check by its words: "that includes / does that include / that's with / that's for"
before the items, "are in there / included / counted" after them, or the items alone between a
clause's start and a tag asking to confirm ("right?", "yeah?", "correct?", "?"). Only items: a
count and a noun of the catalog or of guests, joined by "and", "+", commas; a word of change
("more", "now", "add") is no item, so "2 more lobster right?" or "14 adults now?" is not found."""

from __future__ import annotations

import re
from functools import lru_cache

from orchestrator.catalog import Catalog
from orchestrator.reading.alternation import alternation

Span = tuple[int, int]

_GUEST_WORDS = (
    "adults", "adult", "grown ups", "grownups", "kids", "kid", "children", "child", "toddlers",
    "toddler", "little ones", "people", "ppl", "guests", "of us",
)  # fmt: skip
# the tag asking to confirm; "no?", "ok?", "yes?" only with their "?" ("the lobster, no shrimp")
_TAG_WORD = r"\b(?:right|rite|ryt|riiight|yeah|yea|ya|yep|correct|yh)\b|\b(?:no|ok|yes|true)\s*\?"
_TAG = rf"(?:\s*[,-]?\s*(?:{_TAG_WORD})\s*\?*|\s*\?+)"
# where a clause may end without a tag: a stop, or the next clause joined by "and"/"also"
_END = r"(?=\s*(?:[,.;:!\n]|$|\band\b|\balso\b|\bplus\b|\bbut\b|\bpls\b|\bplease\b))"
# the items alone before a bare "?" are a check when counted ("15 adults + 3 kids?"); "salmon?"
# may answer the business's question, and is read as it says
_ALONE = 4
_ALONE_SURE = re.compile(rf"\d|{_TAG_WORD}", re.IGNORECASE)
_START = r"(?:^|(?<=[.!?\n,;:])|(?<=\bso)|(?<=\bok)|(?<=\bokay)|(?<=\band))\s*"
# items opening with "for" before a bare "?" ask a price ("and for 12 adults?"); with a tag word
# ("for 14 adults right?") they check one
_ASKS_FOR = re.compile(r"\s*for\b", re.IGNORECASE)
_TAGGED = re.compile(_TAG_WORD, re.IGNORECASE)


@lru_cache(maxsize=8)
def _patterns(catalog: Catalog) -> tuple[re.Pattern[str], ...]:
    """The clause patterns for `catalog`'s words (cached: a catalog is hashable and rarely new)."""
    words = {n.lower() for p in catalog.proteins for n in (p.name, *p.aliases)}
    words |= {a.word.lower() for a in catalog.ambiguous}
    words |= {n.lower() for a in catalog.add_ons for n in (a.name, *a.aliases)}
    noun = rf"(?:{alternation(tuple(words))})s?|{alternation(_GUEST_WORDS)}"
    item = (
        r"(?:(?:the|all|for|w/?|with)\s+)*(?:\d{1,3}\s*)?(?:(?:extra|additional)\s+)?"
        rf"(?:{noun})(?:\s+(?:on top|for the table|on the side))?"
    )
    sep = r"\s*(?:[,&+]|\band\b|\bn\b|\bplus\b|\bw/|\bw\b|\bwith\b)?\s*"
    items = rf"(?P<items>{item}(?:{sep}{item})*)\b"
    tagged = rf"{items}{_TAG}"
    # "that includes the 4 lobster", "that's with the lobster", "so thats for 14 adults": "it" only
    # opening its clause ("quote it with the show?" asks for the show), "with"/"for" after "is"
    subject = rf"(?:\b(?:that|this|which|the (?:quote|price|total))|{_START}it)"
    includes = (
        rf"{subject}\s*(?:(?:'s|’s|s|\s+is)\s*(?:including|with|for)|\s+(?:includes?|incl\.?|covers?|"
        r"comes with))\s+"
    )
    # "does that include the 2 extra filet"
    does = (
        r"\b(?:does|did|will)\s+(?:that|this|it|the (?:quote|price|total))\s+"
        r"(?:include|cover|have|come with)\s+"
    )
    # "so thats 12 chicken and 12 shrimp yeah?": the items said as what the quote is, tag needed
    is_ = r"\b(?:so\s+)?(?:that'?s|that’s|thats|that is|it'?s|its)\s+"
    # "the 2 kids are in there right?"
    there = (
        r"\s+(?:are|is|r)\s+(?:in there|in that|in it|included|counted|on there|on it|"
        r"in the (?:quote|total|price))(?:\s+(?:too|as well))?"
    )
    shapes = (
        rf"{does}{items}(?:{_TAG}|{_END})",
        rf"{includes}{items}(?:{_TAG}|{_END})",
        rf"{is_}{tagged}",
        rf"{_START}(?:so\s+)?{items}{there}(?:{_TAG}|{_END})",
        rf"{_START}(?:so\s+)?{tagged}",
    )
    return tuple(re.compile(shape, re.IGNORECASE) for shape in shapes)


def restated_clauses(text: str, catalog: Catalog) -> list[tuple[Span, Span]]:
    """Each clause of raw `text` saying items of the order back as a check: (the clause's span,
    the items' span)."""
    if not any(w in text.lower() for w in ("?", "right", "yeah", "correct", "includ", "in there")):
        return []  # speed: most messages check nothing
    found: list[tuple[Span, Span]] = []
    for shape, pattern in enumerate(_patterns(catalog)):
        for m in pattern.finditer(text):
            if shape == _ALONE and not _ALONE_SURE.search(m.group(0)):
                continue  # "scallops?" answering a question may be the choice: no check
            if shape == _ALONE and _ASKS_FOR.match(m.group("items")) and not _TAGGED.search(m[0]):
                continue  # "and for 12 adults with chicken?": the price of another order asked
            if any(s < m.end() and m.start() < e for (s, e), _ in found):
                continue  # one clause, found by an earlier shape
            found.append((m.span(), m.span("items")))
    return sorted(found)
