"""Round q84l: households and families listed with their people. Households in brackets after
their label under a heading that counts them ("4 households: my parents (2 adults), us (2 adults +
our daughter, 11), ..."), a relation's household joining the writer's list by its people ("My
sister's family is coming too: her, her husband and their son who is 10"; "..., and my brother's
family: him, his wife and their baby (1)"), households on bulleted lines told by their people,
"our oldest, who's a freshman", couples after "us 2" in the list, and a count after a bare
comma that is one more group of the list ("us 2, my parents, 4 adults from work"), not its
total."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.extraction import extract
from orchestrator.offline import OfflineResponder
from orchestrator.reading.eldest_aged import eldest_aged
from orchestrator.reading.family_coming import family_coming
from orchestrator.reading.household_brackets import household_brackets
from orchestrator.service import Turn
from orchestrator.tools import ZipCentroidDistance
from tests.orchestrator.readings import guests, order, portions
from vocabulary.messages import Channel


def _respond(catalog: Catalog, text: str, *history: str):  # type: ignore[no-untyped-def]
    responder = OfflineResponder(catalog=catalog, distance=ZipCentroidDistance.from_catalog(catalog))
    turns = tuple(Turn(role="customer" if i % 2 == 0 else "business", text=t)
                  for i, t in enumerate(history))  # fmt: skip
    return responder.respond(channel=Channel.EMAIL, text=text, history=turns)


_HOUSEHOLDS = (
    "Hi! For my parents' 50th we'll be 4 households: my parents (2 adults), us (2 adults + our "
    "daughter, 11), my brother's family (2 adults + 2 kids, 9 and 6), and my husband's parents (2 "
    "adults). We'd like filet mignon and lobster tail for everyone. Our ZIP is 95683."
)


def test_households_in_brackets_under_their_heading_are_summed(catalog: Catalog) -> None:
    o = order(_HOUSEHOLDS, catalog)
    assert guests(o) == (8, 3, 0)
    assert portions(o) == {"filet_mignon": 11, "lobster_tail": 11}
    assert not o.checks


def test_a_heading_with_its_occasion_counts_the_households(catalog: Catalog) -> None:
    text = (
        "We'll be 3 households for my dad's retirement dinner: my parents (2 adults), us (2 adults "
        "+ our son, 10), and my sister's family (2 adults + 2 kids, 8 and 4). Chicken and shrimp "
        "for everyone. ZIP 95661."
    )
    o = order(text, catalog)
    assert guests(o) == (6, 2, 1)
    assert not o.checks


def test_a_heading_that_counts_fewer_households_asks(catalog: Catalog) -> None:
    text = (
        "We'll be 3 households: my parents (2 adults), us (2 adults + our daughter, 9), my "
        "brother's family (2 adults + 2 kids, 8 and 5), and my aunt (1 adult). Chicken and NY "
        "strip for everyone. 95762"
    )
    assert order(text, catalog).checks


def test_brackets_with_no_heading_or_ages_that_disagree_stay_as_written() -> None:
    bare = "my parents (2 adults), us (2 adults + our son, 10)"
    assert household_brackets(bare) == bare
    unsure = "3 households: us (2 adults + our 2 girls, 7)"
    assert household_brackets(unsure) == unsure


def test_the_kids_swap_after_the_households_quote(catalog: Catalog) -> None:
    quote = (
        "Quote for 8 adults, 3 children (6-12) with 11 filet mignon, 11 lobster tail: guests "
        "$530.00, protein upgrades $220.00. Travel to 95683: no fee. Total $750.00."
    )
    draft = _respond(
        catalog, "Hi again - could the kids have chicken instead of the lobster? Everything else the same.",
        _HOUSEHOLDS, quote,
    )
    assert not draft.flags
    assert {p.name: p.portions for p in draft.order.proteins} == {
        "filet mignon": 11, "lobster tail": 8, "chicken": 3,
    }


def test_a_group_swap_no_reader_placed_is_asked_not_everyones(catalog: Catalog) -> None:
    quote = (
        "Quote for 8 adults, 3 children (6-12) with 11 filet mignon, 11 lobster tail: guests "
        "$530.00, protein upgrades $220.00. Travel to 95683: no fee. Total $750.00."
    )
    history = ("8 adults and 3 kids (11, 9, 6), filet and lobster for everyone, 95683", quote)
    draft = _respond(catalog, "hi again could the kids have chicken instead of the lobster", *history)
    assert any("for some guests" in f for f in draft.flags)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our household is me, my husband and our 2 kids (8 and 5). My sister's family is coming "
            "too: her, her husband and their son who is 10. Chicken and NY strip for everyone. 95757",
            (4, 2, 1),
        ),
        (
            "Our household is me, my husband, our two 2nd graders (twins!) and our oldest, who's a "
            "freshman at Franklin High. My sister's family is coming too: her, her husband and their "
            "4th grader. Chicken and filet mignon for everyone, please. We're in Elk Grove, 95757.",
            (5, 3, 0),
        ),
        (
            "us 2 + our 3 kids (13, 10, 4), grandma & grandpa, and my brother's family: him, his wife "
            "and their baby (1). chicken and filet 95630",
            (7, 1, 2),
        ),
        (
            "Here's who's coming:\n\n- My household: me, my wife and our kids (14, 9)\n- My brother's "
            "household: him, his wife and their 2 boys, who are 6 and 3\n- Grandma and Grandpa\n\n"
            "Salmon and chicken for everyone. We're in 95608.",
            (7, 2, 1),
        ),
    ],
)
def test_a_relations_household_by_its_people_joins_the_list(
    catalog: Catalog, text: str, expected: tuple[int, int, int]
) -> None:
    o = order(text, catalog)
    assert guests(o) == expected
    assert not o.checks


def test_a_pronoun_that_is_not_the_relations_stays_as_written() -> None:
    text = "me and my wife. my brother's family is coming too: her, her husband and their son"
    assert family_coming(text) == text


def test_the_oldest_told_by_age_is_one_guest_of_it() -> None:
    said = "and our oldest, who's 14."
    assert eldest_aged(said).split() == ["and", "our", "14", "yr", "old", "."]
    assert len(eldest_aged(said)) == len(said)
    other = "our oldest, who's bringing a friend."
    assert eldest_aged(other) == other


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # couples after "us 2" opening the list are more people, no total of it
        ("my son's 5th bday. us 2, my parents, 2 couples from work and their kids: 4, 6, 8. plus "
         "the birthday boy. chicken + shrimp 95823", (8, 2, 2)),
        ("our twins' 3rd birthday us 2, grandma & grandpa, 3 couples from church and their kids: 5, "
         "7, 9, 12. plus the twins obvs lol. tofu and veggies, we're all vegetarian 95816",
         (10, 3, 3)),
    ],
)
def test_couples_after_us_two_are_more_people(
    catalog: Catalog, text: str, expected: tuple[int, int, int]
) -> None:
    assert guests(order(text, catalog)) == expected


def test_a_count_after_a_bare_comma_with_who_they_are_is_no_total(catalog: Catalog) -> None:
    read = extract("us 2, my parents, 4 adults from work. chicken + shrimp 95823", catalog)
    assert read.checks  # 8 adults, or 4? never 4 with no question
    assert guests(order("the 2 of us + another couple, 4 adults. chicken + shrimp 95823", catalog)) == (4, 0, 0)
