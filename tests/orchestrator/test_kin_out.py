"""Grown relations dropping out in a follow-up (reading/kin_out.py, the one reader of them since
round q74j): a change of the order's adults, applied by `recount` when the earlier messages
counted adults by number and, when they listed who comes with the writer among them, named them;
asked otherwise."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.kin_out import kin_counted, kin_out, kin_said
from tests.orchestrator.readings import guests, order

ADULTS = "16 adults, chicken and shrimp, 95630"
WITH_KIDS = "10 adults and 2 kids (7 and 9), filet and chicken, 95819"


@pytest.mark.parametrize(
    ("text", "fewer"),
    [
        ("my parents cant come after all", 2),
        ("oh my grandma and grandpa cant come anymore", 2),
        ("ok so my in-laws cant make it so take off 2", 2),
        ("update, my in-laws cant make it so minus 2 adults", 2),
        ("actually my cousin and her boyfriend wont be coming", 2),
        ("but my niece and her husband cant be there", 2),
        ("oops our parents arent coming anymore", 2),
        ("hi my mother in law isnt coming", 1),
        ("hi, quick update - my in-laws can't make it after all, so take off 2", 2),  # round q79j
    ],
)
def test_relations_dropping_out_are_adults_fewer(text: str, fewer: int, catalog: Catalog) -> None:
    assert [n for n, _ in kin_out(text)] == [fewer]
    read = order(text, catalog, ADULTS)
    assert guests(read) == (16 - fewer, 0, 0) and read.checks == ()


@pytest.mark.parametrize(
    "text",
    [
        "my in-laws cant make it so take off 3",  # not as many as the pair: its own rules
        "my parents cant come so we're 14 now",  # a count beside
        "if my parents cant make it",  # weighed
        "my sister and my parents cant come",  # "and my parents" inside a list: the sister too
    ],
)
def test_other_shapes_are_not_the_relations_change(text: str) -> None:
    assert kin_out(text) == []


def test_the_kids_stay(catalog: Catalog) -> None:
    read = order("oh my brother and his wife cant come anymore", catalog, WITH_KIDS)
    assert guests(read) == (8, 2, 0) and read.checks == ()


def test_kin_said_lists_the_writer_only_in_a_list() -> None:
    assert kin_said("me, my wife and 6 coworkers") == {"me", "wife", "coworker"}
    assert "me" not in kin_said("16 adults for my dad's 60th, let me know")


@pytest.mark.parametrize(
    ("first", "counted"),
    [
        (ADULTS, True),
        ("12 adults + 3 kids (5, 8, 11) for my dad's 60th, salmon and chicken, 95831", True),
        ("12 adults incl me, my wife and my parents, chicken and shrimp, 95630", True),
        ("12 adults incl me and my wife, chicken and shrimp, 95630", False),  # listed, not them
        ("me, my wife and 6 coworkers, chicken and shrimp, 95630", False),  # no adults counted
        ("16 people, chicken and shrimp, 95630", False),
    ],
)
def test_the_pair_is_taken_off_when_among_the_adults_counted(
    first: str, counted: bool, catalog: Catalog
) -> None:
    read = order("my parents cant come after all", catalog, first)
    asked = any("named dropping out: among whom?" in str(c) for c in read.checks)
    assert asked != counted
    if counted:
        assert read.adults == int(first.split()[0]) - 2
    assert kin_counted(frozenset({"adults"}), frozenset({"me", "parents"}), frozenset({"parents"}))
