"""Clauses saying the order back as a check after a quote (`restated_clauses`): found with the
items they name, and not found where the words ask for a change."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.restated_items import restated_clauses


def _items(text: str, catalog: Catalog) -> list[str]:
    return [text[start:end] for _, (start, end) in restated_clauses(text, catalog)]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("ok so $760 total, that includes the 4 extra lobster right? and add the sake service",
         ["the 4 extra lobster"]),
        ("so thats 12 chicken and 12 shrimp yeah? add sake service", ["12 chicken and 12 shrimp"]),
        ("the 2 kids are in there right? also can we add the sake", ["the 2 kids"]),
        ("15 adults + 3 kids right? add the sake service too", ["15 adults + 3 kids"]),
        ("does that include the 2 extra filet? also add the show", ["the 2 extra filet"]),
        ("quote it with the extended performance?", []),  # a request
        ("hmm, scallops?", []),  # may answer a question
        ("add 2 more lobster right?", []),  # a change
        ("its 14 adults now right?", []),
        ("that includes tip right?", []),
    ],
)  # fmt: skip
def test_restated_clauses(text: str, items: list[str], catalog: Catalog) -> None:
    assert _items(text, catalog) == items
