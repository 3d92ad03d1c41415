"""Round q74i: a swap said with "not" for a group named before it is that group's, applied only
where the group alone has the protein; one message naming for a protein taken out one chosen
already asks; the Order's ambiguous-word check is found by its kind."""

from __future__ import annotations

from pathlib import Path

from orchestrator.catalog import load_catalog
from orchestrator.extraction import extract
from orchestrator.reading.priced_order import to_order
from orchestrator.reading.reasons import AMBIGUOUS_WORD, ambiguous_word, of_kind

CATALOG = load_catalog(Path(__file__).resolve().parents[2] / "orchestrator/catalog/hibachi.toml")


def test_the_ambiguous_word_check_keeps_its_words_and_is_found_by_kind() -> None:
    reason = ambiguous_word("steak", "NY strip steak", "filet mignon", "5.00")
    assert reason == "'steak' could be NY strip steak or filet mignon (+$5.00): priced NY strip steak"
    assert of_kind(reason, AMBIGUOUS_WORD) and not of_kind(str(reason), AMBIGUOUS_WORD)
    order = to_order(extract("14 adults, chicken and steak, 95661", CATALOG), CATALOG)
    assert order.assumptions and all(of_kind(a, AMBIGUOUS_WORD) for a in order.assumptions)


def test_a_group_before_not_is_a_swap_for_the_group() -> None:
    read = extract("for the adults, chicken not filet", CATALOG)
    assert read.partial_swaps == (("filet_mignon", "chicken", "adults", None),)
    assert read.whole_swaps == (("filet_mignon", "chicken"),) and not read.removed
    plain = extract("chicken not filet", CATALOG)  # no group: a protein taken out, as before
    assert not plain.partial_swaps and plain.removed == ("filet_mignon",)


def test_one_message_naming_again_the_protein_chosen_asks() -> None:
    read = extract("12 adults, chicken and filet ... actually make it filet not chicken. 95826", CATALOG)
    assert any("both asked for and taken out" in reason for _, reason in read.checks)
    other = extract("12 adults, chicken and filet... nah scratch the chicken, do shrimp. 95826", CATALOG)
    assert sorted(a.protein for a in other.proteins) == ["filet_mignon", "shrimp"]
