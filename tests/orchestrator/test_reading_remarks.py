"""Numbers, words and groups read since the q10 round (reading/remarks.py, reading/some_swaps.py,
reading/each.py, the birthday child and twins in reading/guests.py, groups of N each in
reading/words.py, options picked from in reading/order.py): each read when the words settle it,
asked when they do not."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from tests.orchestrator.readings import guests, order, portions

BEFORE = "10 adults filet 95630"


@pytest.mark.parametrize(
    ("text", "people", "expected"),
    [
        ("kinda nervous the shrimp might get rubbery lol. 10 adults, shrimp and chicken 95661",
         (10, 0, 0), {"shrimp": 10, "chicken": 10}),
        ("the shrimp was amazing!! 12 adults again, shrimp and filet 95630", (12, 0, 0),
         {"shrimp": 12, "filet_mignon": 12}),
        ("15 adults total, lobster and chicken, 95814", (15, 0, 0),
         {"lobster_tail": 15, "chicken": 15}),
        ("we have 2 tables set up in the yard, 10 adults, chicken and shrimp 95630", (10, 0, 0),
         {"chicken": 10, "shrimp": 10}),
        ("3 groups, 6 adults each, chicken + filet 95630", (18, 0, 0),
         {"chicken": 18, "filet_mignon": 18}),
        ("bday party for my 8 yr old, 6 kids ages 7-9 + 5 adults, chicken & shrimp 95624",
         (5, 6, 0), {"chicken": 11, "shrimp": 11}),
        ("4 adults + twins age 3. Salmon and chicken please. 95630", (4, 0, 2),
         {"salmon": 4, "chicken": 4}),
        ("10 adults + 9 year old twins, chicken 95630", (10, 2, 0), {"chicken": 12}),
        ("8 of us total, all adults, lobster for everyone 95811", (8, 0, 0), {"lobster_tail": 8}),
        ("12 adults, filet and chicken for all except 3 want salmon instead of filet 95630",
         (12, 0, 0), {"filet_mignon": 9, "salmon": 3, "chicken": 12}),
        ("15 adults, chicken for everyone, upgrade 5 of them to salmon 95630", (15, 0, 0),
         {"chicken": 10, "salmon": 5}),
        ("30 adults. Options chicken, tofu or shrimp, everyone picks 2. 95630", (30, 0, 0), {}),
    ],
)  # fmt: skip
def test_read_exactly(
    text: str, people: tuple[int, int, int], expected: dict[str, int], catalog: Catalog
) -> None:
    o = order(text, catalog)
    assert o.sure, o.checks
    assert guests(o) == people
    assert portions(o) == expected


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("wait I told u 10, it's 15 adults", 15),
        ("my in-laws r coming too, so add 2 adults", 12),
        ("please add 3 adults", 13),
    ],
)
def test_a_follow_up_count(text: str, adults: int, catalog: Catalog) -> None:
    o = order(text, catalog, BEFORE)
    assert o.sure, o.checks
    assert o.adults == adults


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("10 adults, chicken and we might add lobster 95630", ()),
        ("worried we might want lobster instead. 10 adults, chicken and shrimp 95630", ()),
        ("I said 10 but it might be 12 adults", (BEFORE,)),
        ("add 12 adults total", (BEFORE,)),
        ("several groups of 8 adults, chicken 95630", ()),
        ("a couple groups of 8 adults, chicken 95630", ()),
        ("bday party for my 8 yr old, 6 kids ages 10-12 + 5 adults, chicken 95630", ()),
        ("12 adults, filet and chicken except a few want salmon 95630", ()),
        ("15 adults, chicken and shrimp, upgrade 5 of them to salmon 95630", ()),
        ("12 adults, filet for everyone, can we upgrade 4 of them to lobster? 95630", ()),
        ("30 adults, chicken/shrimp/tofu, 2 each 95630", ()),  # 2 of each, or 2 of them?
        ("30 adults. Options chicken, lobster or shrimp, everyone picks 2. 95630", ()),
        ("8 adults + twins, chicken and shrimp 95630", ()),
    ],
)
def test_still_asked(text: str, earlier: tuple[str, ...], catalog: Catalog) -> None:
    assert not order(text, catalog, *earlier).sure
