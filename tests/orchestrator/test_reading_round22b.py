"""Round 22b (issue 12): the twenty-seventh blind set's a007, a032 and a083. A protein given to a
group ("for every adult") is that group's, and a reading that prices it for another number of
guests is flagged; twins whose age the event gives are two guests of that age; the friends the
person the party is for invites, of no age told, are not the writer's friends (adults)."""

from __future__ import annotations

import re

import pytest

from orchestrator.catalog import Catalog
from orchestrator.extraction import normalize
from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.group_choice import group_choice_checks, named_group
from tests.orchestrator.readings import guests, order, portions


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("3 families, 4 adults each + kids 7 and 9. filet for every adult, chicken for the kids",
         {"filet_mignon": 12, "chicken": 2}),
        ("10 adults and 3 kids (6, 9, 12). salmon for each adult and shrimp for each kid",
         {"salmon": 10, "shrimp": 3}),
        ("8 adults + 4 kids (7, 8, 9, 11) lobster for all adults n chicken for all kids",
         {"lobster_tail": 8, "chicken": 4}),
        ("8 adults + 4 kids (7, 8, 9, 11) lobster and chicken for all", {"lobster_tail": 12, "chicken": 12}),
    ],
)
def test_a_protein_for_a_group_is_one_portion_per_member(
    catalog: Catalog, text: str, want: dict[str, int]
) -> None:
    read = order(text + " 95630", catalog)
    assert portions(read) == want
    assert read.sure


def test_a_groups_choice_read_for_everyone_is_flagged() -> None:
    text = "6 adults + kids 8 and 10. lobster for every adult, chicken for the kids"
    start = text.index("lobster")
    read_for_all = ProteinAsk(protein="lobster_tail", said="lobster", start=start, end=start + 7)
    assert named_group(text, read_for_all) == "adults"
    checks = group_choice_checks(text, [read_for_all], adults=6, children=2)
    assert checks == [("proteins", "lobster for the adults: how many portions?"),
                      # round 24b: the kids' choice is not among the asks given here
                      ("proteins", "a choice for the adults only: what do the kids have?")]
    # the adults are everyone this message counts: their choice is everyone's
    assert group_choice_checks(text, [read_for_all], adults=6, children=0) == []
    # "12 adults: chicken": the party's count, then its choice
    plain = "12 adults: chicken and shrimp"
    chicken = ProteinAsk(protein="chicken", said="chicken", start=11, end=18)
    assert named_group(plain, chicken) is None


def test_a_groups_protein_beside_two_for_everyone_is_asked(catalog: Catalog) -> None:
    read = order("12 adults + 2 kids (8, 10). scallops for every adult and also chicken and shrimp 95630",
                 catalog)
    assert not read.sure


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("twins bday (turning 5) + 4 kids (6, 7, 9, 12) + 8 adults", (8, 4, 2)),
        ("it's the twins' 3rd birthday!! 10 adults and 2 kids (7 and 9)", (10, 2, 2)),
        ("our twins 7th bday!! 9 adults, 3 kids (6, 10, 12)", (9, 5, 0)),
        ("twins bday (turning 7) + 10 adults + 4 kids (7, 7, 9, 10)", (10, 4, 0)),  # among them
    ],
)
def test_twins_of_the_age_the_event_gives(catalog: Catalog, text: str, want: tuple[int, int, int]) -> None:
    read = order(text + ". chicken and shrimp 95630", catalog)
    assert guests(read) == want
    assert read.sure


@pytest.mark.parametrize(
    "text",
    [
        "sweet 16 for my daughter, she's inviting 11 friends plus me and my husband",
        "my son's 15th bday, he's inviting 10 friends + me and my wife",
        "my daughter's sweet 16, she's having 12 friends over + me and my husband",
    ],
)
def test_friends_the_honoree_invites_of_no_age_are_asked(catalog: Catalog, text: str) -> None:
    read = order(normalize(text + ". chicken and salmon 95757"), catalog)
    assert not read.sure
    assert any(re.fullmatch(r"the \d+ friends invited: how old\?", c) for c in read.checks)


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("my son turns 16, he's inviting 11 friends (all 15-16) plus me and my wife", 14),
        ("my husband's 50th, he's inviting 10 buddies plus me and my mom", 13),
        ("for my 30th: me and 11 friends plus my husband", 13),
    ],
)
def test_friends_of_an_age_told_or_grown_stay_counted(catalog: Catalog, text: str, adults: int) -> None:
    read = order(text + ". chicken and salmon 95757", catalog)
    assert guests(read) == (adults, 0, 0)
    assert read.sure
