"""Round 19a (issue 12): the wrongs of the twenty-first and twenty-second blind sets. Food the
menu does not have asked for in Spanish is for staff (theirs or taken out changes nothing), and a
fee asked for the drive itself is the travel policy, a place named or not. Coaches are adults by
role and a team's age class ("U14") is its name; "my parents anniversary" names whose event it
is, in the total the message gives."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.dishes import off_menu_dish
from orchestrator.extraction import normalize
from orchestrator.policy_questions import TRAVEL_POLICY
from tests.orchestrator.readings import guests, order


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("nos gustaria unos tamales de entrada antes del hibachi, somos 30", True),
        ("pueden hacer pozole también? 25 personas", True),
        ("queremos hibachi para 40 y de postre un pastel de tres leches", True),
        ("podrían servir ceviche ademas del hibachi? 60 adultos", True),
        ("somos 20 adultos, chicken y salmon. el pastel lo traemos nosotros", False),
        ("22 adultos, chicken y filet, nosotros llevamos los tamales", False),
        ("somos 18 adultos, chicken y shrimp. no necesitamos pastel", False),
        ("somos 18 adultos, chicken y shrimp, sin pastel", False),
    ],
)
def test_a_dish_the_menu_does_not_have_asked_for_in_spanish(text: str, asked: bool) -> None:
    assert off_menu_dish(normalize(text)) is asked


@pytest.mark.parametrize(
    ("text", "travel"),
    [
        ("is there a fee for driving out to lodi", True),
        ("whats the charge for coming out to elk grove", True),
        ("any fee for traveling up to rocklin?", True),
        ("hey is there an extra fee to drive out to galt??", True),
        ("is there a fee for kids?", False),
        ("is there a fee to change the date?", False),
        ("is there a fee for going over 3 hours?", False),
        ("any charge to get the sake?", False),
    ],
)
def test_a_fee_asked_for_the_drive_is_a_travel_question(text: str, travel: bool) -> None:
    assert bool(TRAVEL_POLICY.search(normalize(text))) is travel


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        ("party for our U14 team: 14 players (all 13-14 yrs) plus 3 coaches and 6 parents, chicken", 23),
        ("12 players, all adults (college club), and 2 coaches. chicken 95630", 14),
        ("16U team, 12 players (all 15-16) + 1 coach, chicken 95630", 13),
    ],
)
def test_a_team_with_its_coaches_and_parents(text: str, adults: int, catalog: Catalog) -> None:
    read = order(text, catalog)
    assert guests(read) == (adults, 0, 0) and read.checks == ()


def test_players_of_no_age_beside_coaches_stay_asked(catalog: Catalog) -> None:
    assert order("u10 soccer: 12 players + 2 coaches, chicken 95630", catalog).checks != ()


@pytest.mark.parametrize(
    ("text", "adults", "sure"),
    [
        ("a surprise for my parents anniversary, 12 ppl total all adults, chicken 95608", 12, True),
        ("for my grandparents 50th anniversary, 18 people, chicken 95831", 18, True),
        ("its for my parents anniversary, 10 adults + my parents. chicken 95608", None, False),
    ],
)
def test_the_people_whose_event_it_is(text: str, adults: int | None, sure: bool,
                                      catalog: Catalog) -> None:
    read = order(text, catalog)
    assert (read.checks == ()) is sure
    if adults is not None:
        assert guests(read) == (adults, 0, 0)


@pytest.mark.parametrize(
    ("text", "bands"),
    [
        ("my in-laws, my sister + her husband, my other sister + her husband, me and my husband, "
         "and the grandkids 13, 10, 7, 4. chicken 95630", (9, 2, 1)),
        ("Guest list: grandma & grandpa, my dad, my uncle + aunt, me + my husband, our 2 kids "
         "(12, 8) and my nephews who are 4 and 9. chicken 95818", (7, 3, 1)),
        ("my dad, my mom, me, my 2 brothers (15 and 11), my grandparents and 5 of my dads friends "
         "from work. chicken 95828", (11, 1, 0)),
    ],
)
def test_a_list_opened_by_relations_with_the_writer_in_it(text: str, bands: tuple[int, int, int],
                                                          catalog: Catalog) -> None:
    read = order(text, catalog)
    assert guests(read) == bands and read.checks == ()


@pytest.mark.parametrize(
    "text",
    [
        "my parents, my brother + his wife and my sister. chicken 95630",  # is the writer coming?
        "me, my husband, my parents and my cousins. chicken 95823",
        "me, my wife, her parents and the grandkids. chicken 95823",
        "my parents, my brother + his wife, me and my husband, and my nieces. chicken 95630",
    ],
)
def test_relations_of_no_number_or_a_list_without_the_writer_stay_asked(text: str,
                                                                         catalog: Catalog) -> None:
    assert order(text, catalog).checks != ()


@pytest.mark.parametrize(
    ("text", "bands"),
    [
        ("me, my husband, his mom + dad, and the kids: 9 (birthday girl), 7, 8, 10, 10 and her "
         "baby brother who is 1. chicken 95624", (4, 5, 1)),
        ("me and my mom and dad, chicken 95758", (3, 0, 0)),
    ],
)
def test_the_kids_and_a_pair_of_parents_as_items_of_the_list(text: str, bands: tuple[int, int, int],
                                                             catalog: Catalog) -> None:
    read = order(text, catalog)
    assert guests(read) == bands and read.checks == ()


def test_a_relation_of_no_possessive_after_the_list_is_asked(catalog: Catalog) -> None:
    assert order("me, my mom and dad and grandma. chicken 95758", catalog).checks != ()


@pytest.mark.parametrize(
    ("text", "bands", "sure"),
    [
        ("its me, him, his parents and 3 of our friends. chicken 95828", (7, 0, 0), True),
        ("me, her and her 2 kids (5, 9). chicken 95758", (2, 1, 1), True),
        ("me, him and his sister. chicken 95758", None, False),
    ],
)
def test_the_one_the_writer_comes_with_by_a_pronoun(text: str, bands: tuple[int, int, int] | None,
                                                   sure: bool, catalog: Catalog) -> None:
    read = order(text, catalog)
    assert (read.checks == ()) is sure
    if bands is not None:
        assert guests(read) == bands
