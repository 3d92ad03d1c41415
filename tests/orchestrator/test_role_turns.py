"""Round q85o: groups counted by role, named again. "the moms and me" beside "4 moms and me" are
all the adults (reading/role_choices.py); a team's ages alone answering "how old are the 12
players?" (reading/team_ages.py); "we're 16 now, 2 of the guys are bringing their wives so add 2
more" (reading/recount_group.py); a follow-up naming the quoted list's groups, "can the moms and
leaders have salmon instead of shrimp?" or "just the 11 girls and the 2 coaches now"
(reading/role_turns.py); "16 teachers" alone and "3 staff" beside other counts
(reading/office_holders.py)."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.role_turns import roles_named
from tests.orchestrator.readings import guests, order, portions, understood


def _quote(adults: int, kids: int, items: str) -> str:
    kids_said = f", {kids} children (6-12)" if kids else ""
    return f"Quote for {adults} adults{kids_said} with {items}: guests $1.00. Total $1.00."


@pytest.mark.parametrize(
    ("text", "band", "food"),
    [
        ("troop dinner 12 girls (all 10 and 11), 4 moms and me. the girls want chicken, the moms and "
         "me want shrimp and salmon. 95630", (5, 12, 0), {"chicken": 12, "shrimp": 5, "salmon": 5}),
        ("pack dinner 10 boys (all 8 and 9), 3 dads and me. the boys want chicken, me and the dads "
         "get filet and shrimp 95630", (4, 10, 0), {"chicken": 10, "filet_mignon": 4, "shrimp": 4}),
    ],
)  # fmt: skip
def test_the_group_and_me_are_the_adults(
    text: str, band: tuple[int, int, int], food: dict[str, int], catalog: Catalog
) -> None:
    read = order(text, catalog)
    assert guests(read) == band
    assert portions(read) == food
    assert not read.checks


def test_the_group_and_me_beside_another_grown_up_stay_asked(catalog: Catalog) -> None:
    text = ("troop dinner 12 girls (all 10), 4 moms, 2 dads and me. the girls want chicken, the moms "
            "and me want shrimp and salmon 95630")  # fmt: skip
    assert order(text, catalog).checks  # what do the dads have?


_TEAM = "team dinner 12 players + 2 coaches + 8 parents. chicken and shrimp 95758"
_HOW_OLD = "Happy to quote! How old are the 12 players? Kids 6-12 are $30 and guests 13 and over are $55."


@pytest.mark.parametrize(
    ("answer", "adults", "kids", "checked"),
    [
        ("theyre all 10 and 11", 10, 12, False),
        ("they're all 14 and 15", 22, 0, False),  # teens: adults
        ("theyre 11 to 13", None, None, True),  # a span across two bands: asked
        ("they're 9 and 10", None, None, True),  # two ages of 12 players, no "all": whose?
    ],
)
def test_a_teams_ages_alone_answer_the_question(
    answer: str, adults: int | None, kids: int | None, checked: bool, catalog: Catalog
) -> None:
    read = understood(answer, catalog, _TEAM, _HOW_OLD)
    assert bool(read.checks) == checked
    if not checked:
        assert (read.adults, read.children or 0) == (adults, kids)


_FOURTEEN = "Dinner for my sales team at my place, 14 adults. Filet and shrimp. 95811"


@pytest.mark.parametrize(
    ("text", "adults", "checked"),
    [
        ("ok we're 16 now, 2 of the guys are bringing their wives so add 2 more", 16, False),
        ("we're 16 now, 2 of the ladies are bringing their husbands", 16, False),
        ("we're 17 now, 2 of the guys are bringing their girlfriends", 17, True),  # 14 + 2 is 16
        ("ok make it 17 now, 3 of the guys are bringing their wives so add 3 more", 17, False),
    ],
)
def test_partners_brought_beside_a_new_total(
    text: str, adults: int, checked: bool, catalog: Catalog
) -> None:
    read = understood(text, catalog, _FOURTEEN, _quote(14, 0, "14 filet mignon, 14 shrimp"))
    assert read.adults == adults
    assert bool(read.checks) == checked


_TROOP = "troop dinner 9 girls (all 7-8), 2 leaders and 4 moms. chicken and shrimp please, 95621"
_TROOP_QUOTE = _quote(6, 9, "15 chicken, 15 shrimp")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("can the moms and leaders have salmon instead of shrimp? the girls keep the shrimp",
         "can the adults have salmon instead of shrimp? the kids keep the shrimp"),
        ("the leaders and the moms want salmon instead", "the adults want salmon instead"),
        # some of the adults: counted, the readers' (asked: of which protein?) (round q86n)
        ("the moms want salmon instead", "4 of the adults want salmon instead"),
        ("the moms and dads want salmon instead", None),  # no dads were counted
        ("2 more moms are coming. same food", None),  # a count of moms, not the group
    ],
)  # fmt: skip
def test_the_groups_named_again(text: str, written: str | None) -> None:
    turns = [("customer", _TROOP), ("business", _TROOP_QUOTE), ("customer", text)]
    assert roles_named(turns)[-1] == ("customer", written or text)


_BANQUET = "banquet 4 our 12U girls 🏐 11 players (all 11-12) + 2 coaches + 11 parents. chicken n shrimp 95757"
_BANQUET_QUOTE = _quote(13, 11, "24 chicken, 24 shrimp")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("scratch the parents lol theyre doing their own dinner. just the 11 girls and the 2 coaches "
         "now, same food", "just 11 players (all 11-12) + 2 coaches now. same food"),
        ("drop the coaches, they cant make it. same food otherwise",
         "just 11 players (all 11-12) + 11 parents now. same food"),
        ("parents arent coming, just the 12 girls and 2 coaches now", None),  # 11 girls were counted
        ("parents arent coming, just the girls and coaches now. and add lobster", None),  # more said
    ],
)  # fmt: skip
def test_the_groups_kept(text: str, written: str | None) -> None:
    turns = [("customer", _BANQUET), ("business", _BANQUET_QUOTE), ("customer", text)]
    assert roles_named(turns)[-1] == ("customer", written or text)


def test_groups_kept_are_priced(catalog: Catalog) -> None:
    read = understood("parents arent coming after all, just the players and coaches now. same food",
                       catalog, _BANQUET, _BANQUET_QUOTE)  # fmt: skip
    assert (read.adults, read.children) == (2, 11)
    assert not read.checks


@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("teacher appreciation dinner 🍎 16 teachers, filet and chicken 95822", (16, 0, 0)),
        ("farewell lunch: 12 seniors + 3 staff + our activities director. chicken and salmon 95608",
         (16, 0, 0)),
        ("book club dinner: 18 club members + 2 staff advisors. filet and lobster 95819", (20, 0, 0)),
    ],
)  # fmt: skip
def test_teachers_and_staff_are_grown_ups(text: str, band: tuple[int, int, int], catalog: Catalog) -> None:
    read = order(text, catalog)
    assert guests(read) == band
    assert not read.checks


@pytest.mark.parametrize(
    "text",
    [
        "thank-you lunch from the parents for 8 teachers, chicken and tofu 95758",  # parents eat?
        "lunch for 27 adults (22 residents and 3 staff), chicken and shrimp, 95864",  # 22 + 3 is 25
    ],
)
def test_teachers_or_staff_beside_others_stay_asked(text: str, catalog: Catalog) -> None:
    read = order(text, catalog)
    assert read.checks or not read.adults
