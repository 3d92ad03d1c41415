"""Round q84c: counts set 177's writer priced that were asked. Grown-ups "plus" a count closed by
"all adults" ("13 of us in the league, all adults, plus 4 spouses": 17), a swap for some asked as
a question with the rest of the order said to stand, families "coming together" counted in each,
"N more adults can come, my neighbors" (who the added are), "for me and my roommates!! 12 of us"
(us: the writer's crowd), and a party come down to fewer kids of one band with families out."""

from __future__ import annotations

from orchestrator.catalog import Catalog
from tests.orchestrator.readings import guests, order, portions


def test_grown_ups_plus_a_count_said_all_adults(catalog: Catalog) -> None:
    read = order("it's 13 of us in the league, all adults, plus 4 spouses. chicken and ny strip. 95610", catalog)
    assert guests(read) == (17, 0, 0) and read.checks == ()
    members = order("12 members, all adults, plus 4 spouses. shrimp and chicken 95661", catalog)
    assert guests(members) == (16, 0, 0) and members.checks == ()
    assert not order("14 of us in the club, all adults, plus their spouses. chicken 95661", catalog).sure


def test_a_swap_for_some_asked_with_the_rest_standing_is_priced(catalog: Catalog) -> None:
    first = "20 adults, chicken and ny strip, 95608"
    read = order("could 5 of the guests have salmon instead of the ny strip? everything else stays the same",
                 catalog, first)
    assert portions(read) == {"chicken": 20, "ny_strip": 15, "salmon": 5} and read.checks == ()
    assert not order("could 5 of the guests have salmon instead of the ny strip?", catalog, first).sure


def test_families_coming_together_counted_in_each(catalog: Catalog) -> None:
    text = "we are 3 families coming together for a graduation party, 4 adults in each family plus my grandparents. ny strip and salmon. 95624"
    read = order(text, catalog)
    assert guests(read) == (14, 0, 0) and read.checks == ()


def test_more_adults_who_can_come_named_after_them(catalog: Catalog) -> None:
    first = "backyard party sat, 8 adults 2 kids (7 and 10) chicken and shrimp 95670"
    read = order("ok so 4 more adults can come, my neighbors. same food", catalog, first)
    assert guests(read) == (12, 2, 0) and read.checks == ()
    assert not order("4 more adults might come, my neighbors", catalog, first).sure


def test_the_writer_and_their_crowd_counted_as_us(catalog: Catalog) -> None:
    read = order("grad party for me and my roommates!! 12 of us (all 22), chicken + filet, 95616", catalog)
    assert guests(read) == (12, 0, 0) and read.checks == ()
    theirs = order("bday dinner for my teammates and me, 9 of us. chicken and shrimp 95616", catalog)
    assert guests(theirs) == (9, 0, 0) and theirs.checks == ()
    assert not order("party for me and my kids, 6 of us, chicken 95616", catalog).sure


def test_down_to_fewer_kids_of_one_band(catalog: Catalog) -> None:
    first = "end of season party for the swim team, 10 kids (all 8-11) and 8 adults, chicken and veggies, 95608"
    read = order("2 of the families cant make it so we're down to 7 kids and 5 adults. same food", catalog, first)
    assert guests(read) == (5, 7, 0) and read.checks == ()
    more = order("we're down to 12 kids and 6 adults", catalog, first)  # more kids: of what ages?
    assert not more.sure
    unaged = order("we're down to 4 kids and 6 adults", catalog, "8 adults and 5 kids, chicken 95630")
    assert not unaged.sure
