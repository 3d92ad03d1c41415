"""Mends after merging rounds q86a-q86k (round q86x): older blind cases the merged reading made
worse read as before, the rounds' own readings kept."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.group_bands import group_bands
from orchestrator.reading.role_turns import roles_named
from orchestrator.reading.roles_told import included_brackets
from tests.orchestrator.readings import guests, order


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an emoji before "it'll be" and a total: the people named before it are inside the total
        # (136 dz076, 153 eq022)
        ("Engagement party for me and my fiance \U0001f48d it'll be 24 adults total incl. us. "
         "Filet and scallops please, ZIP 95762", (24, 0, 0)),
        ("party for my husband (retiring) and our son (graduating, 22) \U0001f393 It'll be 32 "
         "adults total including them. NY strip and shrimp. 95765", (32, 0, 0)),
        # ... and with no total the list after it starts a sentence, as q86g read (187 fy089)
        ("Party for my daughter's 7th \U0001f984 it'll be me, my husband, my parents, 6 of her "
         "friends (all 7) and the birthday girl. adults want shrimp and ny strip, the kids want "
         "chicken. 95757", (4, 7, 0)),
        # the writer's list with the honoree's friends given one grown age (153 eq014, 63 be060)
        ("my twins turn 18 \U0001f393 party will be me, my husband, the twins, my parents and 10 of "
         "the twins' friends (all 18). filet and shrimp pls. 95747", (16, 0, 0)),
        ("my son graduates friday!! he's having 8 friends over (all 18) plus me and my wife. "
         "shrimp and strip. 95765", (11, 0, 0)),
        # ... a group no reader knows by its word still grown by its band, a two-age band whole
        ("band banquet 25 band kids, all 14-18, plus 4 chaperones. chicken and shrimp 95758",
         (29, 0, 0)),
        ("4-H club banquet: 18 members all 13-18 and 6 parents. chicken and ny strip. 95632",
         (24, 0, 0)),
        # the bracket inside a count the writer is joined to (171 fi080)
        ("bach party for my bestie \U0001f470 me + 9 of the girls (bride included), and 2 of the "
         "girls are bringing their moms. filet and lobster 95811", (12, 0, 0)),
    ],
)
def test_read_as_before(catalog: Catalog, text: str, expected: tuple[int, int, int]) -> None:
    got = order(text, catalog)
    assert guests(got) == expected and got.checks == ()


def test_parts_with_total_after_emoji(catalog: Catalog) -> None:
    """A later ZIP fix keeps "(us + my parents) 🥂 it'll be us, my parents and 2 other couples, so
    8 adults" as 8 with no doubt (158 ev064)."""
    first = ("double anniversary dinner (us + my parents) \U0001f942 it'll be us, my parents and 2 "
             "other couples, so 8 adults. chicken and filet, 95662")
    got = order("oops its 95628 not 95662 \U0001f926", catalog, first)
    assert guests(got) == (8, 0, 0) and got.checks == ()


def test_band_said_on_past_the_match(catalog: Catalog) -> None:
    """ "14 kids all 17 and 18 lol": both ages the band's, no number left unplaced (83 by005)."""
    got = order("prom after party at our place, 14 kids all 17 and 18 lol. ny strip n chicken "
                "for all. 95758", catalog)
    assert guests(got) == (14, 0, 0) and got.checks == ()
    assert group_bands("14 kids all 17 and 18 lol") == "14 kids all 17 and 18 lol"


def test_included_bracket_kept_after_writer() -> None:
    """The bracket is the writer's list's after "me + 9 ...", blanked after a role's count alone."""
    assert "(bride included)" in included_brackets("me + 9 women (bride included), and 2")
    assert "included" not in included_brackets("24 teachers (mrs. chen included) and 2 aides")


def test_add_on_for_some_roles_is_no_plate() -> None:
    """After a quote for "14 players (all 9-10), 2 coaches and 12 parents", "add the sake service
    for the parents" names no plate: the parents stay as written (183 fu089; q86n's partial
    rewrite, "12 of the adults", is for a swap said of some of the roles)."""
    first = ("Team dinner for my son's baseball team ⚾ 14 players (all 9-10), 2 coaches and 12 "
             "parents. Chicken and NY strip. 95624")
    quote = ("Quote for 14 adults, 14 children (6-12) with 28 chicken, 28 NY strip steak: guests "
             "$1,190.00. Total $1,190.00.")
    turns = [("customer", first), ("business", quote)]
    sake = roles_named([*turns, ("customer", "add the sake service for the parents 🍶")])
    assert sake[-1] == ("customer", "add the sake service for the parents 🍶")
    swap = roles_named([*turns, ("customer", "can the parents have filet instead of the NY strip?")])
    assert swap[-1] == ("customer", "can 12 of the adults have filet instead of the NY strip?")
