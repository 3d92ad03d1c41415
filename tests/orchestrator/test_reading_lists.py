"""Readings of the quote side of the fifth blind set, each with the near misses that must still
end as a check: the writer's list with a partner's relations, the couple who host a counted
party, an event's "girls", teens told with a range, kids' ages a few words after their count,
"N of each:" before its list, a word taken back with "i mean", the last age of a list before a
protein, a form's group label before a protein count, and kids who join with their own protein."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.extraction import normalize
from tests.orchestrator.readings import guests, order, portions


def test_accented_letters_are_read_as_plain_letters() -> None:
    assert normalize("My Fiancé and I, jalapeño 😀") == "my fiance and i, jalapeno  "


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("me, my husband, our 2 kids (9 and 4), my mom and his parents. chicken 95864", (5, 1, 1)),
        ("party is me, my boyfriend, his parents and my grandma. salmon 95816", (5, 0, 0)),
        ("It will be me, my fiancée, her parents and her grandma. shrimp 95630", (5, 0, 0)),
    ],
)
def test_a_partners_relations_in_the_writers_list(
    catalog: Catalog, text: str, want: tuple[int, int, int]
) -> None:
    read = order(text, catalog)
    assert guests(read) == want and read.checks == ()


def test_people_the_writers_list_does_not_count_still_ask(catalog: Catalog) -> None:
    sister = order("me, my husband, his sister and our 2 kids (8, 6). chicken 95823", catalog)
    assert "did not understand 'his sister' (people named, not counted)" in sister.checks
    few = order("me, my gf and a few of her friends, chicken and shrimp 95818", catalog)
    assert not few.sure and few.adults == 0


def test_the_couple_who_host_a_counted_party(catalog: Catalog) -> None:
    wedding = order("My fiancé and I are getting married in June. We're expecting 60 guests, "
                    "all adults. Filet and scallops for everyone. 95693", catalog)  # fmt: skip
    assert guests(wedding) == (60, 0, 0) and wedding.checks == ()
    # Not counted anywhere else, the couple are guests the reading must count: asked.
    kids = order("my husband and i are celebrating with our 3 kids (4, 8, 10). chicken 95630", catalog)
    assert "did not understand 'my husband' (people named, not counted)" in kids.checks
    # A number right after the verb: 8 more, or 8 in all?
    hosting = order("my wife and I are hosting 8 adults, chicken 95630", catalog)
    assert "did not understand 'my wife' (people named, not counted)" in hosting.checks
    # The count says whether the couple are in it: "30 adults plus us".
    plus = order("my husband and I would like a quote, 30 adults plus us, filet 95630", catalog)
    assert "did not understand 'my husband' (people named, not counted)" in plus.checks


def test_an_events_girls_count_nobody(catalog: Catalog) -> None:
    night = order("me and 11 friends, girls night 💅🍶 shrimp + salmon pls. 95819", catalog)
    assert guests(night) == (12, 0, 0) and night.checks == ()
    trip = order("girls trip weekend!! 9 of us, all adults 💃 salmon + chicken. 95762", catalog)
    assert guests(trip) == (9, 0, 0) and trip.checks == ()
    # The girls counted at a girls' night are kids as ever.
    counted = order("girls night! 8 girls, chicken 95630", catalog)
    assert "ages of the 8 kids not given: priced as 6-12" in counted.checks


def test_teens_told_with_a_range_of_ages(catalog: Catalog) -> None:
    sixteen = order("quote for 18 teens (15-16 yrs) for a sweet sixteen. chicken 95630", catalog)
    assert guests(sixteen) == (18, 0, 0) and sixteen.checks == ()
    old = order("sweet 16 🎉 15 teens (all 15-16 yrs old) + 4 adults. chicken 95757", catalog)
    assert guests(old) == (19, 0, 0) and old.checks == ()  # "16 yrs old" is no 20th guest
    spans = order("12 teens (12-14 yrs) chicken 95819", catalog)
    assert "did not place the number 12 in the order" in spans.checks


def test_kids_ages_a_few_words_after_their_count(catalog: Catalog) -> None:
    btw = order("6 of the 40 are kids btw, ages 7 to 11", catalog,
                "what's the price for 40 guests? Chicken and shrimp. 95624")  # fmt: skip
    assert guests(btw) == (34, 6, 0) and btw.checks == ()
    joining = order("12 adults and 2 kids joining, ages 5 and 10. salmon for all 95747", catalog)
    assert guests(joining) == (12, 1, 1) and joining.checks == ()
    more = order("2 more kids coming, they're 8 and 10, and 1 more adult", catalog,
                 "20 adults, chicken and shrimp, 95610")  # fmt: skip
    assert guests(more) == (21, 2, 0) and more.checks == ()
    # A count of adults after the kids is no age.
    adults = order("4 kids, 6 adults chicken 95630", catalog)
    assert guests(adults) == (6, 4, 0)
    assert adults.checks == ("ages of the 4 kids not given: priced as 6-12",)
    short = order("3 more kids coming, they're 7 and 9", catalog, "14 adults chicken 95610")
    assert "3 kids but 2 ages given (7, 9)" in short.checks


def test_n_of_each_before_its_list(catalog: Catalog) -> None:
    read = order("6 adults. give us 4 of each: chicken, shrimp, filet. 95608", catalog)
    assert portions(read) == {"chicken": 4, "shrimp": 4, "filet_mignon": 4} and read.checks == ()
    # A list whose proteins have counts or scopes of their own: which count is whose?
    scoped = order("2 of each: chicken, filet for 10 adults 95630", catalog)
    assert "did not place the number 2 in the order" in scoped.checks


def test_a_word_taken_back_for_a_protein(catalog: Catalog) -> None:
    kids = order("8 kids all 6-8 yrs and 6 adults. kids get nuggets lol i mean chicken, "
                 "adults get shrimp and filet. 95823", catalog)  # fmt: skip
    assert portions(kids) == {"chicken": 8, "shrimp": 6, "filet_mignon": 6} and kids.checks == ()
    oops = order("15 adults, burgers oops i mean ny strip, and shrimp for everybody. 95825", catalog)
    assert portions(oops) == {"ny_strip": 15, "shrimp": 15} and oops.checks == ()
    # Not settled after the marker, or a number taken back: left to the checks.
    maybe = order("10 kids ages 6-9, kids get chicken lol i mean maybe shrimp, 95630", catalog)
    assert "did not understand 'maybe' (undecided)" in maybe.checks
    number = order("10 adults, 20 i mean chicken 95630", catalog)
    assert "did not place the number 20 in the order" in number.checks


def test_the_last_age_of_a_list_before_a_protein(catalog: Catalog) -> None:
    read = order("hi!! 4 adults + kids ages 3, 6, 8, 10, 13 🥳 chicken and shrimp for everyone. "
                 "95835", catalog)  # fmt: skip
    assert guests(read) == (5, 3, 1) and read.checks == ()
    assert portions(read) == {"chicken": 8, "shrimp": 8}
    # Beside counted proteins, or joined by a space only, the number may be either: asked.
    counted = order("2 adults and kids ages 6, 8, 14 filet and 6 chicken 95817", catalog)
    assert "is 14 a kid's age or a count of filet?" in counted.checks
    spaced = order("10 adults and kids ages 7, 9 2 lobster tails extra 95630", catalog)
    assert "is 2 a kid's age or a count of lobster tails?" in spaced.checks
    # As many ages as the kids counted: the last is an age.
    fits = order("10 adults, 3 kids ages 7 8 9 lobster for the kids 95630", catalog)
    assert guests(fits) == (10, 3, 0) and portions(fits)["lobster_tail"] == 3
    # A list closed by its "and" ends there: "kids 8 and 10, 4 filet" is 2 kids and 4 filet.
    closed = order("10 adults, kids 8 and 10, 4 filet for the adults and chicken for the rest "
                   "95630", catalog)  # fmt: skip
    assert guests(closed) == (10, 2, 0) and closed.checks == ()
    assert portions(closed) == {"filet_mignon": 4, "chicken": 8}


def test_a_forms_group_label_before_a_protein_count(catalog: Catalog) -> None:
    read = order("We are 10 adults and 6 kids (ages 6-12).\nAdults: 10 filet and 10 lobster\n"
                 "Kids: 12 chicken\nZIP 95630", catalog)  # fmt: skip
    assert guests(read) == (10, 6, 0) and read.checks == ()
    assert portions(read) == {"filet_mignon": 10, "lobster_tail": 10, "chicken": 12}
    # The labels alone count nobody: how many adults and kids?
    labels = order("Adults: 10 filet\nKids: 8 chicken\nzip 95864", catalog)
    assert guests(labels) == (0, 0, 0) and "kids mentioned without a number" in labels.checks
    # A head count on its own line is still one.
    form = order("Adults: 11\nKids: 3 (2, 7, 12)\nchicken+salmon\n95834", catalog)
    assert guests(form) == (11, 2, 1) and form.checks == ()


def test_kids_who_join_with_their_own_protein(catalog: Catalog) -> None:
    theirs = order("oh and 4 kids 6-10, chicken for the kids", catalog, "12 adults salmon 95630")
    assert guests(theirs) == (12, 4, 0) and theirs.checks == ()
    assert portions(theirs) == {"salmon": 12, "chicken": 4}
    more = order("4 kids 6-10 and 2 more adults, chicken for the kids", catalog, "10 adults filet 95630")
    assert guests(more) == (12, 4, 0) and portions(more) == {"filet_mignon": 12, "chicken": 4}
    plain = order("oh and 2 kids (8 and 10), they want shrimp", catalog,
                  "14 adults chicken and filet 95826")  # fmt: skip
    assert "shrimp named with the kids who join: for them, or for everyone?" in plain.checks
