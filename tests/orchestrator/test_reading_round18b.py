"""The people-counting shapes and per-guest portions the seventeenth and eighteenth blind sets
asked about where a careful person quotes at once (issue 12, helper q18b), read directly, each
with the near misses that must stay asked."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.extraction import extract
from tests.orchestrator.readings import guests, order, portions


@pytest.mark.parametrize(
    ("text", "party", "want"),
    [
        ("12 adults this friday night, each wants 2 shrimp 95815", (12, 0, 0), {"shrimp": 24}),
        ("15 adults on sunday - each wants 2 salmon. 95864", (15, 0, 0), {"salmon": 30}),
        ("quote for 8 adults salmon 2 each please 95822", (8, 0, 0), {"salmon": 16}),
        ("hubby's retirement party, he's inviting 12 coworkers plus him and me. each of us wants 1 "
         "filet + 1 shrimp 95628", (14, 0, 0), {"filet_mignon": 14, "shrimp": 14}),
        ("my wife's 40th, she's inviting 9 ladies from her office, plus her and me. 2 chicken each "
         "95827", (11, 0, 0), {"chicken": 22}),
    ],
)
def test_a_per_guest_count_and_the_people_who_invite_are_read(
    text: str, party: tuple[int, int, int], want: dict[str, int], catalog: Catalog
) -> None:
    read = order(text, catalog)
    assert (guests(read), portions(read)) == (party, want)
    assert not extract(text, catalog).checks


@pytest.mark.parametrize(
    "text",
    [
        "10 adults and some kids on saturday, each wants 2 lobster 95682",
        "11 adults, lobster 2 each for some of them, rest chicken 95816",
        "she's inviting 8 friends plus her and me, 2 chicken each 95821",
    ],
)
def test_a_per_guest_count_for_people_not_counted_is_asked(text: str, catalog: Catalog) -> None:
    assert extract(text, catalog).checks
