"""What the forty-fifth session's merged reading moved on older blind sets, mended after its
merged evaluation (round q85x): a relation's town before "and her husband" taken for a role
holder (129 ds009, 143 eg035, q85a's any-role partner); office lists that are another reader's
(q85f's office_holders): couples from a place before the pastor and his wife (117 dg052), spouses
the choices name by another word (125 do091), a role list closed by "all adults" (127 dq027) and
spouses in a sum the writer totals (128 dr062); role holders alone after a team's count asked again
(69 bk055 by office_holders, 144 eh082 by q85e's team_grownups: in the count, or more?); a
request's "could I" no doubt of the place (165 fc099, q85a's venue_towns); a forgotten niece
with the new whole "so it's 5 kids" no joiner (176 fn078, q85m's kids_joining)."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.offline import OfflineResponder
from orchestrator.reading.kids_joining import kids_join_said, new_count_said
from orchestrator.reading.named import named_for_count
from orchestrator.reading.office_holders import office_holders
from orchestrator.reading.team_grownups import team_grownups
from orchestrator.reading.venue_towns import unsettled_towns
from orchestrator.service import Turn
from orchestrator.tools import ZipCentroidDistance
from tests.orchestrator.readings import guests, order, portions


@pytest.mark.parametrize(
    "text",
    [
        "my tita from stockton and her husband are coming too, so add 2 adults po",
        "my aunt from elk grove and her husband are coming too, so add 2 adults",
    ],
)
def test_where_a_relation_comes_from_names_no_one(text: str) -> None:
    assert named_for_count(text)  # the 2 named are the 2 added


def test_a_relation_from_a_town_and_her_husband_are_the_two_added(catalog: Catalog) -> None:
    responder = OfflineResponder(catalog=catalog, distance=ZipCentroidDistance.from_catalog(catalog))
    history = (
        Turn(role="customer", text="Hi po, 15 adults for my tito's retirement party, chicken and salmon, 95835"),
        Turn(role="business", text=(
            "Quote for 15 adults with 15 chicken, 15 salmon: guests $825.00, protein upgrades $75.00. "
            "Travel to 95835: no fee. Total $900.00."
        )),
    )
    read = responder.understand("my tita from stockton and her husband are coming too, so add 2 adults po",
                                history)
    assert read.adults == 17
    assert not read.checks


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # couples counted, the place they come from last: the list's own reader counts them
        ("hosting our bible study group at my house me, my husband, 5 couples from church and the "
         "pastor and his wife. filet and chicken for everyone. 95843", "and the pastor and his wife"),
        # a role list closed by its all-adults remark
        ("treat our staff: 19 teachers, 5 instructional aides, 2 office staff and our principal, all "
         "adults. salmon and chicken 95610", "2 office staff and our principal, all adults"),
        # the spouses chosen for as "the ladies"
        ("fishing club dinner: 9 guys and 7 wives, all adults. the guys want ny strip and shrimp, the "
         "ladies want chicken and salmon. 95670", "9 guys and 7 wives"),
        # spouses in a sum the writer closes with its total
        ("12 firefighters + 12 spouses + the chief and his wife = 26 adults. filet and lobster. 95758",
         "+ 12 spouses +"),
    ],
)  # fmt: skip
def test_lists_another_reader_reads_are_not_rewritten(text: str, kept: str) -> None:
    assert kept in office_holders(text)


@pytest.mark.parametrize(
    ("text", "band", "want"),
    [
        ("Hosting our Bible study group at my house 🙏 me, my husband, 5 couples from church and the "
         "pastor and his wife. filet and chicken for everyone. 95843", (14, 0, 0),
         {"filet_mignon": 14, "chicken": 14}),
        ("Fishing club dinner: 9 guys and 7 wives, all adults. The guys want ny strip and shrimp, the "
         "ladies want chicken and salmon. 95670", (16, 0, 0),
         {"ny_strip": 9, "shrimp": 9, "chicken": 7, "salmon": 7}),
        ("treat our staff: 19 teachers, 5 instructional aides, 2 office staff and our principal, all "
         "adults. Salmon and chicken, please. The school's ZIP is 95610.", (27, 0, 0),
         {"salmon": 27, "chicken": 27}),
        ("Station 8 crew + spouses: 12 firefighters + 12 spouses + the chief and his wife = 26 adults. "
         "Filet and lobster. Party is at 6950 Elk Grove Blvd, 95758.", (26, 0, 0),
         {"filet_mignon": 26, "lobster_tail": 26}),
    ],
)  # fmt: skip
def test_office_lists_read_as_at_the_base(
    text: str, band: tuple[int, int, int], want: dict[str, int], catalog: Catalog
) -> None:
    read = order(text, catalog)
    assert guests(read) == band
    assert portions(read) == want
    assert not read.checks


def test_spouses_after_a_count_are_still_adults(catalog: Catalog) -> None:
    # (q85f's reading stands where no total closes the sum and no other word chooses for them)
    assert guests(order("coaching staff dinner: 6 coaches + 6 wives. filet and lobster 95662", catalog)) == (
        12, 0, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Youth night: 20 students (all 14-17) and the youth pastor. Chicken and shrimp. 95608",
        "youth basketball league dinner 🙌 22 teens (all 13-17) plus Coach Rivera and Coach Lee. filet and "
        "chicken 95630",
        "choir night 18 singers + our director. chicken and salmon 95823",
    ],
)
def test_role_holders_alone_after_a_team_are_asked(text: str, catalog: Catalog) -> None:
    assert order(text, catalog).checks


def test_holders_alone_after_a_team_are_left_as_written() -> None:
    text = "22 teens (all 13-17) plus coach rivera and coach lee. filet"
    assert team_grownups(text) == text
    assert office_holders("20 students (all 14-17) and the youth pastor. chicken") == (
        "20 students (all 14-17) and the youth pastor. chicken")


@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("14 swimmers (all 9-11) + our coach + 5 parents. chicken and shrimp 95630", (6, 14, 0)),
        ("the team is 12 girls, 10-11 yrs, plus our coach and me. chicken and shrimp 95823", (2, 12, 0)),
        ("13 players (all 14-16), 2 coaches and the team mom. chicken + shrimp 95742", (16, 0, 0)),
    ],
)
def test_holders_beside_counted_grownups_or_the_writer_are_counted(
    text: str, band: tuple[int, int, int], catalog: Catalog
) -> None:
    read = order(text, catalog)
    assert guests(read) == band and not read.checks


def test_a_request_with_could_is_no_doubt_of_the_place() -> None:
    text = "could i get a quote for 10 adults, ny strip and vegetables, in west sac 95691?"
    assert unsettled_towns(text, [("95691", (text.index("95691"), text.index("95691") + 5))], "CA") == []
    doubt = "party at our place 95691 but it could be in elk grove instead"
    assert unsettled_towns(doubt, [("95691", (doubt.index("95691"), doubt.index("95691") + 5))], "CA")


def test_a_forgotten_kid_with_the_new_whole_is_the_new_count(catalog: Catalog) -> None:
    text = "oops, i forgot my niece! she's 10, so it's 5 kids. same food."
    assert new_count_said(text) and not kids_join_said(text)
    responder = OfflineResponder(catalog=catalog, distance=ZipCentroidDistance.from_catalog(catalog))
    history = (
        Turn(role="customer", text="Could we get a quote for 9 adults and 4 kids (12, 9, 7, 2), chicken and NY strip, ZIP 95630?"),
        Turn(role="business", text=(
            "Quote for 9 adults, 3 children (6-12), 1 under 6 (free) with 12 chicken, 12 NY strip steak: "
            "guests $585.00. Travel to 95630: no fee. Total $585.00."
        )),
    )
    read = responder.understand("Oops, I forgot my niece! She's 10, so it's 5 kids. Same food.", history)
    assert (read.adults, read.children, read.toddlers) == (9, 4, 1)
    assert not read.checks


def test_kids_who_join_are_still_joiners() -> None:
    assert kids_join_said("my brother's two girls (6 and 9) can join us as well")
