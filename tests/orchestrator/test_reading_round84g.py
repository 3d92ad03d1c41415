"""Round q84g: readings found in earlier sessions and not closed. A count on the first of two
proteins only ("14 of us 😊 2 salmon and chicken") asks; a new count with a laugh before "same
food" ("its 14 now haha same food") is the new total; someone's group labelled after "plus"
("..., plus my brother's family: 2 adults") adds its adults; "theyre all 12 too" answers the
kids' ages with one age; an old quote's count told beside the order stated anew ("a quote ...
that had 3 kids on it but my youngest is 4 ... 3 kids (11, 8, 4)") is no guest (set 170 fh085)."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.age_answers import ages_range
from orchestrator.reading.old_quote_told import before_our_quotes, old_quote_told
from tests.orchestrator.readings import guests, order, portions


@pytest.mark.parametrize(
    "text",
    [
        "14 of us 😊 2 salmon and chicken, 95816",
        "party of 12, 3 lobster and chicken pls 95630",
        "10 adults 4 filet & shrimp 95819",
    ],
)
def test_a_count_on_the_first_protein_only_asks(text: str, catalog: Catalog) -> None:
    read = order(text, catalog)
    assert any("with no count for" in c for c in read.checks)
    assert not read.sure


@pytest.mark.parametrize(
    "text",
    [
        "14 of us 😊 salmon and chicken, 95816",
        "party of 14, 4 filet and the rest chicken 95816",
        "party of 12, chicken and shrimp, plus 3 lobster tails on top 95630",
    ],
)
def test_choices_for_everyone_or_the_rest_are_not_asked_so(text: str, catalog: Catalog) -> None:
    read = order(text, catalog)
    assert not any("with no count for" in c for c in read.checks)


@pytest.mark.parametrize("text", ["its 14 now haha same food", "its 14 now lol everything else the same"])
def test_a_laugh_between_the_new_count_and_same_food(text: str, catalog: Catalog) -> None:
    read = order(text, catalog, "12 ppl shrimp and chicken 95864")
    assert guests(read) == (14, 0, 0) and portions(read) == {"shrimp": 14, "chicken": 14}
    assert read.sure


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("my family: 2 adults and 2 kids (7, 9), plus my brother's family: 2 adults. chicken and "
         "shrimp 95864", (4, 2, 0)),
        ("our family: 3 adults + my sister's family: 3 adults. ny strip and chicken 95758", (6, 0, 0)),
        ("10 adults plus my brother's family: 2 adults. chicken and shrimp 95864", (12, 0, 0)),
    ],
)
def test_a_group_labelled_after_plus_adds_its_adults(
    text: str, want: tuple[int, int, int], catalog: Catalog
) -> None:
    read = order(text, catalog)
    assert guests(read) == want and read.sure


@pytest.mark.parametrize(
    ("text", "ages"),
    [("theyre all 12 too", (12, 12)), ("they're all 8", (8, 8)), ("all between 6 and 10", (6, 10))],
)
def test_one_age_for_every_kid_answers_how_old(text: str, ages: tuple[int, int]) -> None:
    told = ages_range(text)
    assert told is not None and told[1] == ages


@pytest.mark.parametrize("text", ["all 8 of us", "all 8"])
def test_all_and_a_count_with_no_subject_is_no_age(text: str) -> None:
    assert ages_range(text) is None


FH085 = ("hey i got a quote from u guys yesterday that had 3 kids on it but my youngest is 4 so she "
         "should be free. its 10 adults + 3 kids (11, 8, 4), filet and chicken for everyone, 95829")


def test_an_old_quotes_count_beside_the_order_stated_anew(catalog: Catalog) -> None:
    text = old_quote_told(FH085)
    assert "3 kids on it" not in text and "youngest is 4" not in text
    read = order(text, catalog)
    assert guests(read) == (10, 2, 1) and read.sure


def test_an_old_quotes_count_with_no_count_again_stays() -> None:
    text = "i got a quote that had 3 kids on it. my youngest is 4. filet and chicken 95829"
    assert old_quote_told(text) == text


def test_after_our_quote_the_words_are_the_quote_readers() -> None:
    turns = [("customer", "10 adults chicken 95829"), ("business", "Quote ... Total $550.00."),
             ("customer", FH085)]
    assert before_our_quotes(turns)[2] == turns[2]
