"""The reader knows when it has not understood: words that change an order and that the parse did
not explain raise a check, and a draft whose reading is unsure of a count asks instead of stating
a total. Beside each, the readings that settle such words (negated and loosely named add-ons,
swaps and removals in a correction, halves, "N want A", "each one wants 1 A and 1 B", "N each",
couples and tables)."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.replies import money
from orchestrator.service import Orchestrator
from orchestrator.tools import ZipCentroidDistance
from tests.orchestrator.readings import order, portions
from vocabulary.messages import Channel


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("me, my husband, his brother and our 2 kids (7 and 10), chicken, 95762", "my husband"),
        ("9 adults plus the in-laws, chicken and filet for everyone, 95630", "the in-laws"),
        ("3 families, chicken + shrimp for all of us, 95608", "3 families"),
        ("10 ladies 8 guys. ladies want salmon, guys want filet. 95670", "ladies"),
        ("11 adults, salmon or scallops with chicken, 95864", "or"),
        ("12 adults chicken, haven't decided on the filet yet. 95630", "haven't decided"),
        ("18 adults, chicken and shrimp, a few might want scallops too. 95827", "a few"),
        ("20 adults, chicken and shrimp, most want filet. 95827", "most"),
        ("16 adults, filet and chicken for everybody, and a fancier show. 95630", "show"),
        ("15 adults chicken and shrimp, 3 of them would rather have tofu. 95814", "rather"),
        ("10 adults chicken and shrimp, 3 would prefer tofu over shrimp. 95814", "over"),
        ("We're 10 plus the kids, chicken & shrimp 95630", "kids"),
        ("10 adults, chicken and shrimp for everyone, and lobster for the birthday girl. 95630",
         "for the birthday girl"),
        ("14 adults. Chicken and shrimp for everyone except my brother who wants tofu. 95630", "except"),
        ("10 adults w/ chicken and shrimp, nobody wants lobster lol 95630", "nobody"),
        ("8 grownups, 4 kids (5, 7, 9, 12). Shrooms and shrimp. 95630", "shrooms"),  # "chix" is an alias since q81i
        ("10 adults, chicken and ribeye for everyone, 95630", "ribeye"),
        ("20 adults, chicken n shrimp, double portions of shrimp for everyone 95630", "double"),
    ],
)
def test_unexplained_order_words_are_checks(catalog: Catalog, text: str, word: str) -> None:
    read = order(text, catalog)
    assert any(f"'{word}'" in check for check in read.checks), read.checks
    assert not read.sure


@pytest.mark.parametrize(
    "text",
    [
        "Surprise party for my wife! 22 adults, chicken and salmon for everyone, 95746",
        "do you guys bring plates? 20 adults, lobster for everyone, 95758",
        "Is the $100 deposit refundable if we cancel? 14 adults, chicken and shrimp for all, 95757",
        "10 adults, 10 lobster tails and 10 chicken (a few people always want seconds), 95814",
    ],
)
def test_words_that_change_nothing_raise_no_check(catalog: Catalog, text: str) -> None:
    assert order(text, catalog).checks == ()


def test_add_ons_negated_and_loosely_named(catalog: Catalog) -> None:
    read = order("16 adults, chicken + shrimp, no sake needed but the longer fire show! 95670", catalog)
    assert read.add_ons == ("extended_performance",) and read.checks == ()
    skip = order("20 adults, chicken n shrimp, skip the custom menu, we don't need the sake. 95757", catalog)
    assert skip.add_ons == () and skip.checks == ()


def test_corrections_remove_swap_and_replace_only_what_they_name(catalog: Catalog) -> None:
    first = "16 adults, chicken + shrimp for all, with the extended performance. 95630"
    swapped = order("actually scratch the extended show, we'll do the sake instead", catalog, first)
    assert swapped.add_ons == ("premium_sake_service",) and swapped.adults == 16
    assert portions(swapped) == {"chicken": 16, "shrimp": 16} and swapped.checks == ()
    filet = order("can we swap the filet for lobster tails?", catalog, "12 adults, filet + shrimp please, 95661")
    assert portions(filet) == {"lobster_tail": 12, "shrimp": 12} and filet.checks == ()
    instead = order("upgrade everyone to lobster instead of shrimp", catalog, "10 adults, chicken & shrimp for all, 95630")
    assert portions(instead) == {"chicken": 10, "lobster_tail": 10} and instead.checks == ()
    some = order("can 4 of them get lobster instead of shrimp", catalog, "10 adults, chicken & shrimp for all, 95630")
    assert not some.sure
    nothing = order("swap the salmon for scallops", catalog, "12 adults, filet + shrimp please, 95661")
    assert not nothing.sure  # nothing to swap: ask
    extra = order("add 5 extra lobster tails on top", catalog, "10 adults, chicken and lobster for everyone, 95814")
    assert portions(extra) == {"chicken": 10, "lobster_tail": 15} and extra.checks == ()


def test_more_adults_add_and_half_alone_asks(catalog: Catalog) -> None:
    first = "10 adults, chicken & shrimp for all, 95630"
    more = order("add 2 more adults", catalog, first)
    assert more.adults == 12 and portions(more) == {"chicken": 12, "shrimp": 12} and more.checks == ()
    assert order("10 adults and 2 more adults, chicken for all, 95630", catalog).adults == 12
    assert not order("can we do half filet?", catalog, first).sure


def test_kids_ages_corrected_move_a_teen_to_the_adults(catalog: Catalog) -> None:
    read = order("correction the kids are 4, 6, 8 and 14", catalog, "8 adults, 4 kids ages 3, 6, 8, 10. chicken and salmon. 95628")
    assert (read.adults, read.children, read.toddlers) == (9, 2, 1)
    assert portions(read) == {"chicken": 11, "salmon": 11}


@pytest.mark.parametrize(
    ("text", "adults", "want"),
    [
        ("16 adults. half of us want chicken+NY strip and the other half shrimp+salmon. 95765", 16,
         {"chicken": 8, "ny_strip": 8, "shrimp": 8, "salmon": 8}),
        ("15 adults. Everyone gets chicken, and for the second protein 10 people want filet and 5 want shrimp. 95621",
         15, {"chicken": 15, "filet_mignon": 10, "shrimp": 5}),
        ("12 adults, each one wants 1 filet and 1 lobster tail. 95616", 12, {"filet_mignon": 12, "lobster_tail": 12}),
        ("12 adults 6 kids (all 6-10), chicken n NY strip n shrimp, 3 each!! 95765", 12,
         {"chicken": 18, "ny_strip": 18, "shrimp": 18}),
        ("8 couples, chicken + shrimp for everyone. 95628", 16, {"chicken": 16, "shrimp": 16}),
        ("3 tables of 6 adults, filet + chicken for everyone, 95630", 18, {"filet_mignon": 18, "chicken": 18}),
    ],
)  # fmt: skip
def test_splits_and_groups(catalog: Catalog, text: str, adults: int, want: dict[str, int]) -> None:
    read = order(text, catalog)
    assert read.adults == adults and portions(read) == want and read.checks == ()


def test_a_protein_asked_for_and_taken_out_asks(catalog: Catalog) -> None:
    read = order("12 adults, chicken and shrimp, but hold the shrimp for 2 of them. 95630", catalog)
    assert "shrimp both asked for and taken out: for whom?" in read.checks


def test_n_of_a_protein_each(catalog: Catalog) -> None:
    read = order("10 adults, filet x2 each, 95630", catalog)
    assert portions(read) == {"filet_mignon": 20} and read.checks == ()


def test_n_each_that_does_not_add_up_asks(catalog: Catalog) -> None:
    read = order("40 adults, chicken/shrimp/tofu, 2 each. 94558", catalog)
    assert not read.sure


async def test_an_unsure_draft_states_no_total(catalog: Catalog, distance: ZipCentroidDistance) -> None:
    offline = Orchestrator(catalog=catalog, client=None, model="unused", distance=distance)
    draft = await offline.draft(
        channel=Channel.SMS, text="25 ppl, chicken plus lobster or filet (not sure yet) 95610"
    )
    assert draft.needs_human and draft.flags[0].startswith("check_order: ")
    assert draft.quote is not None  # the reviewer still sees what the reading would price
    assert money(draft.quote["total"]) not in draft.text and "total" not in draft.text
    assert "?" in draft.text and "$55.00" in draft.text and "lobster tail +$15.00" in draft.text
    assumed = await offline.draft(
        channel=Channel.SMS, text="10 adults steak and chicken for everyone 95630"
    )
    # A well-defined assumption ("steak" priced as NY strip) is stated with the total.
    assert assumed.needs_human and assumed.quote is not None
    assert money(assumed.quote["total"]) in assumed.text and "NY strip" in assumed.text
