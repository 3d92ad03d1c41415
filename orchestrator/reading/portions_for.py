"""The writer's people a count of portions is for: "let's keep that, but add 2 extra lobster tails
for my husband and me". A list opening with the writer right after a counted protein and its
"for" says who eats those portions, not who comes: read as the writer's party it would price the
couple alone instead of the party counted before, a confident wrong price. So that list is no
party; the portions stay the protein reader's ("2 lobster tail" for people named)."""

from __future__ import annotations

import re

from orchestrator.catalog import Catalog
from orchestrator.reading.catalog_words import catalog_words
from orchestrator.reading.phrases import Company

# right before the list: a count, "extra" or "more", a few words ending in a protein, "on top" or
# "extra" perhaps, and "for"
_COUNTED_FOR = re.compile(
    r"\b(?:\d+|two|three|four|five|six|a couple(?: of)?)\s+(?:(?:extra|more|additional)\s+)?"
    r"(?P<what>[a-z]+(?:\s+[a-z]+){0,2}?)\s+"
    # "2 lobster tails on top for me and my husband", "... extra for": the extras' words (q73m)
    r"(?:(?:on\s+top|extra)(?:\s+of\s+(?:that|those|it|everything))?\s+)?"
    r"for\s+(?:just\s+|only\s+|both\s+)?\Z"
)


def party_or_eaters(text: str, company: Company | None, catalog: Catalog) -> Company | None:
    """`company` (the writer's list in normalized `text`), or None when it only names who eats
    portions counted right before it ("2 extra lobster tails for my husband and me")."""
    if company is None:
        return None
    before = _COUNTED_FOR.search(text, max(0, company.span[0] - 60), company.span[0])
    if before and catalog_words(catalog)[0].search(before.group("what")):
        return None
    return company
