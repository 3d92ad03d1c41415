"""Round 30a (issue 12): the forty-fifth and forty-sixth blind sets' changes and follow-up words.
A follow-up that takes one protein out and names one for it replaces that one protein; the others
stay, and a change that would leave one unnamed, or replace one the order lacks, is asked. People
who "can make it now" come (no change of mind); "how much would that be?" is no item. "One of
each" is per guest; with 2 proteins each, half and half is one of each; a loved protein before
its extras is their reason; "our crew of 16" counts 16."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.extraction import extract, merge_history
from tests.orchestrator.readings import order, portions

FIRST = "12 adults, shrimp and ny strip, 95630"


@pytest.mark.parametrize(
    "later",
    [
        "scratch the shrimp, salmon instead",
        "no shrimp. salmon instead",
        "nah drop the shrimp, do salmon",
        "remove the shrimp and make it salmon",
    ],
)
def test_one_protein_out_and_one_for_it_keeps_the_others(later: str, catalog: Catalog) -> None:
    read = order(later, catalog, FIRST)
    assert portions(read) == {"salmon": 12, "ny_strip": 12}
    assert not read.checks


def test_the_replacement_keeps_the_portions_of_the_one_it_replaces(catalog: Catalog) -> None:
    read = order("scratch the shrimp, salmon instead", catalog, "12 adults, 4 shrimp 8 ny strip 95630")
    assert portions(read) == {"salmon": 4, "ny_strip": 8}


def test_just_names_the_whole_new_choice(catalog: Catalog) -> None:
    assert portions(order("no shrimp, just salmon", catalog, FIRST)) == {"salmon": 12}


def test_a_bare_instead_replaces_the_one_protein_and_asks_beside_two(catalog: Catalog) -> None:
    assert portions(order("salmon instead", catalog, "12 adults, shrimp, 95630")) == {"salmon": 12}
    assert order("salmon instead", catalog, FIRST).checks


@pytest.mark.parametrize(
    "later",
    [
        "no shrimp, salmon and lobster instead",  # does the strip stay?
        "no chicken, salmon instead",  # the order has no chicken
    ],
)
def test_a_change_that_would_lose_a_protein_is_asked(later: str, catalog: Catalog) -> None:
    merged = merge_history(extract(later, catalog), [extract(FIRST, catalog)])
    assert any(field == "proteins" for field, _ in merged.checks)


@pytest.mark.parametrize(
    "later",
    [
        "yes add the sake and my in-laws can make it now so add 2 adults, same food",
        "add the sake, my parents will make it after all so add 2 adults. same food",
    ],
)
def test_people_who_can_make_it_now_are_no_change_of_mind(later: str, catalog: Catalog) -> None:
    read = order(later, catalog, "12 adults, ny strip and salmon, 95662")
    assert portions(read) == {"ny_strip": 14, "salmon": 14}
    assert not read.checks


def test_a_price_question_after_a_swap_is_no_item(catalog: Catalog) -> None:
    later = "what if we did lobster instead of the shrimp, how much would that be?"
    read = order(later, catalog, "14 adults, chicken and shrimp, 95819")
    assert portions(read) == {"chicken": 14, "lobster_tail": 14}
    assert not read.checks


@pytest.mark.parametrize(
    "text",
    [
        "24 adults. Chicken and salmon, one of each. 95811",
        "24 adults. Chicken and salmon, 1 of each per person. 95811",
    ],
)
def test_one_of_each_is_one_of_each_for_every_guest(text: str, catalog: Catalog) -> None:
    read = order(text, catalog)
    assert portions(read) == {"chicken": 24, "salmon": 24}
    assert not read.checks


def test_a_few_of_each_for_a_larger_party_is_asked(catalog: Catalog) -> None:
    assert order("20 adults, chicken and scallops, 2 of each 95826", catalog).checks
    assert portions(order("20 adults, chicken and scallops, 10 of each 95826", catalog)) == {
        "chicken": 10, "scallops": 10}


def test_half_and_half_with_two_each_is_one_of_each(catalog: Catalog) -> None:
    read = order("17 adults, 2 proteins each, half salmon half chicken. 95825", catalog)
    assert portions(read) == {"salmon": 17, "chicken": 17}
    assert not read.checks


def test_a_loved_protein_before_its_extras_is_their_reason(catalog: Catalog) -> None:
    text = ("15 adults. filet and shrimp. he loves lobster so plus 2 extra lobster tails on top "
            "for him and his brother. 95628")
    read = order(text, catalog)
    assert portions(read) == {"filet_mignon": 15, "shrimp": 15, "lobster_tail": 2}
    assert not read.checks


def test_a_crew_of_a_number_is_the_party(catalog: Catalog) -> None:
    read = order("our crew of 16 at the warehouse. chicken and ny strip 95691", catalog)
    assert (read.adults, portions(read)) == (16, {"chicken": 16, "ny_strip": 16})
