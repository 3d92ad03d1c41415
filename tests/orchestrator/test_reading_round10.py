"""Readings of the sixth blind set's asked kinds (written fresh, issue 12), each with the near
misses that must still end as a check: the person a party is for named by a pronoun at the head of
the list, the writer added alone after a group, and a swap for some of the guests."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from tests.orchestrator.readings import guests, order, portions


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("my girl's sweet 16! her + 10 friends (15-16) and me & my husband. chicken 95747", (13, 0, 0)),
        ("son's 13th. him, 8 buddies (12-13 yrs), plus me. shrimp and chicken 95678", None),
        ("Hosting my boy's fifteenth. It's him, fourteen of his friends (all 14-15), and me and my wife."
         " chicken and shrimp 95630", (17, 0, 0)),
        ("daughter turning 10! her + 6 friends (9-10) and me. chicken 95630", (1, 7, 0)),
    ],
)
def test_the_person_the_party_is_for_heads_the_list(
    catalog: Catalog, text: str, want: tuple[int, int, int] | None
) -> None:
    read = order(text, catalog)
    if want is None:  # the friends 12-13 span two bands: asked
        assert not read.sure
    else:
        assert guests(read) == want and read.checks == ()


def test_a_pronoun_beside_a_group_without_the_persons_age_asks(catalog: Catalog) -> None:
    no_age = order("it's him and 9 friends (14-15). chicken and shrimp 95630", catalog)
    assert "'him' heads the guest list: how old?" in no_age.checks
    emoji = order("my girl's sweet 16 🎉 her + 10 friends (15-16). chicken 95747", catalog)
    assert not emoji.sure  # no sentence break the reading sees: asked, not guessed
    aside = order("surprise him with 10 friends (14-15). chicken and shrimp 95630", catalog)
    assert "'him' beside the guest count: counted?" in aside.checks


def test_the_writer_added_alone_after_a_group_is_counted(catalog: Catalog) -> None:
    read = order("9 buddies (13-14 yrs old), plus me. chicken and shrimp 95678", catalog)
    assert guests(read) == (10, 0, 0) and portions(read) == {"chicken": 10, "shrimp": 10}


def test_a_swap_for_some_of_the_guests_asks_how_many(catalog: Catalog) -> None:
    earlier = "9 adults filet and lobster 95820"
    some = order("can we do ny strip instead of filet for some of them?", catalog, earlier)
    assert any("for some of the guests: how many of each?" in c for c in some.checks)
    every = order("ny strip instead of filet please", catalog, earlier)
    assert every.sure and portions(every) == {"ny_strip": 9, "lobster_tail": 9}
