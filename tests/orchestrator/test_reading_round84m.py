"""Round q84m: follow-ups that change counts, read where they were asked. "change the order to 25
adults and add ..." is the new count; a table more after tables said all adults is adults; a
group counted by its word ("5 of his friends (all 9)") keeps its size beside the honoree for "one
of his friends cant make it now so 4 friends"; the twins named at their own party ("Twins bday
... + the twins + 4 of their friends (all 7)") are of the friends' age; kids named by age
dropping out beside "we lost 2 adults too"; "so 6 adults and 7 kids now"; answers to our kids'
questions with the little ones' ages by a pronoun, "po" after an age and "plus the baby"."""

from __future__ import annotations

from orchestrator.catalog import Catalog
from orchestrator.reading.kid_answers import ages_answer
from orchestrator.reading.little_answers import little_answer
from tests.orchestrator.readings import guests, order


def test_change_the_order_to_a_count_replaces_it(catalog: Catalog) -> None:
    first = "quote for 21 adults, chicken and salmon, 95831"
    read = order("please change the order to 25 adults and add the extended performance", catalog, first)
    assert guests(read) == (25, 0, 0) and read.checks == ()
    assert not order("also 25 adults please and add the extended performance", catalog, first).sure


def test_a_table_more_after_tables_of_adults(catalog: Catalog) -> None:
    first = "quote for 4 tables of 6, all adults, plus the grandkids: 10, 8, 5 and 3. chicken and ny strip 95670"
    read = order("can we do 1 more table of 6? same food", catalog, first)
    assert guests(read) == (30, 2, 2) and read.checks == ()
    read = order("could we add another table of 8? same menu", catalog, "3 tables of 8, all adults. ny strip and shrimp 95670")
    assert guests(read) == (32, 0, 0) and read.checks == ()
    kids_table = "2 tables of 8 adults and a kids table of 6 (all 7-10). chicken and shrimp 95670"
    assert not order("can we add 1 more table of 6?", catalog, kids_table).sure


def test_a_friend_out_of_a_group_beside_the_honoree(catalog: Catalog) -> None:
    first = "my sons 9th bday! 8 adults + my son + 5 of his friends (all 9). chicken and ny strip. 95823"
    read = order("one of his friends cant make it now so 4 friends", catalog, first)
    assert guests(read) == (8, 5, 0) and read.checks == ()
    assert not order("2 of his friends cant make it now so 4 friends", catalog, first).sure


def test_the_twins_named_at_their_own_party_are_the_friends_age(catalog: Catalog) -> None:
    read = order("Twins bday 🎈 10 adults + the twins + 4 of their friends (all 7). Filet and chicken please. 95630", catalog)
    assert guests(read) == (10, 6, 0) and read.checks == ()
    later = order("oops one of the friends cant come anymore 😕 so 3 friends now", catalog,
                  "Twins bday 🎈 10 adults + the twins + 4 of their friends (all 7). Filet and chicken please. 95630")
    assert guests(later) == (10, 5, 0) and later.checks == ()


def test_kids_by_age_out_beside_adults_lost(catalog: Catalog) -> None:
    first = "10 adults + 4 kids (5, 7, 9, 12) for my moms 60th, chicken and shrimp. 95758"
    text = "ugh the 5 yr old and the 9 yr old cant make it anymore, and we lost 2 adults too. same food"
    read = order(text, catalog, first)
    assert guests(read) == (8, 2, 0) and read.checks == ()
    assert not order("the 5 yr old cant make it anymore and 2 more kids are coming", catalog, first).sure


def test_both_bands_counted_anew_with_now(catalog: Catalog) -> None:
    first = "team party, 12 kids (all 9-10) and 10 adults, chicken and shrimp, 95630"
    read = order("2 of the families cant make it so 7 kids and 5 adults now", catalog, first)
    assert guests(read) == (5, 7, 0) and read.checks == ()


def test_office_all_adults_and_couples(catalog: Catalog) -> None:
    read = order("12 of us from the office, all adults, and 3 couples. chicken and shrimp 95834", catalog)
    assert guests(read) == (18, 0, 0) and read.checks == ()


def test_little_ones_told_by_a_pronoun() -> None:
    question = "How many of the 6 kids are under 6? Kids 6-12 are $30 and kids 5 and under eat free."
    said = little_answer(question, "2 of them, theyre 2 and 4. the other 4 are 8-11")
    assert said == "4 kids 6-12 and 2 kids under 6"
    assert little_answer("How many of the 5 kids are under 6?", "just 1, shes 3. the rest are 7 to 10") == (
        "4 kids 6-12 and 1 kids under 6")
    assert little_answer(question, "2 of them, shes 3. the rest are 7 to 10") is None


def test_ages_with_po_and_the_baby_beside_them() -> None:
    question = "How old are the 5 kids, and is the baby one of them?"
    said = ages_answer(question, "12, 9 and 7 po, and the twins are 2. plus the baby, 3 months po")
    assert said == "5 kids 12, 9, 7, 2 and 2. and the baby, 3 months po"
    assert ages_answer("How old are the 5 kids?", "12, 9 and 7, and the twins are 2. plus the baby") == (
        "5 kids 12, 9, 7, 2 and 2. plus the baby")
