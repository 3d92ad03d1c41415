"""Readings of round q85l (left by q85a and q85b): the son or daughter hosting counted among the
grown children (`hosting_child`), a team named by its players' word (`team_word`), the one who
passes on a new count (`told_recount`), "N kids ..., all 8" (`kids_all_age`), a part of the order
counted anew by a word of no ages (`part_recount`) and the party's town apart from the ZIP given
(`town_apart`)."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.drafts import Turn
from orchestrator.reading.hosting_child import hosting_child
from orchestrator.reading.kids_all_age import kids_all_age
from orchestrator.reading.team_word import team_word_again
from orchestrator.reading.told_recount import says_recount
from orchestrator.reading.town_apart import town_apart
from orchestrator.service import Orchestrator
from orchestrator.tools import ZipCentroidDistance
from tests.orchestrator.readings import zip_at
from vocabulary.messages import Channel


def _quote(head: str, total: str, zip_code: str) -> str:
    return (f"Quote for {head}: guests ${total}. Travel to {zip_code}: no fee. Total ${total}. "
            "A $100 deposit holds the date (deducted from the bill).")


@pytest.fixture(scope="module")
def offline(catalog: Catalog, distance: ZipCentroidDistance) -> Orchestrator:
    return Orchestrator(catalog=catalog, client=None, model="unused", distance=distance)


async def _read(offline: Orchestrator, text: str, *turns: str) -> tuple[str | None, tuple[str, ...]]:
    history = tuple(Turn(role="customer" if i % 2 == 0 else "business", text=t)
                    for i, t in enumerate(turns))
    draft = await offline.draft(channel=Channel.SMS, text=text, history=history)
    return (str(draft.quote["total"]) if draft.quote else None), tuple(draft.flags)


def _at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_the_hosting_child_is_one_of_the_grown_children() -> None:
    text = "our son is hosting it at his home. the party will be my wife and i, our three grown children"
    assert hosting_child(text, *_at(text, "our son")) is True
    text = "our daughter amy is hosting at her home. we'll be us two, our 2 daughters and their husbands"
    assert hosting_child(text, *_at(text, "our daughter")) is True
    text = "our son is hosting at his place. it will be my wife and me and our five grandchildren"
    assert hosting_child(text, *_at(text, "our son")) is False  # counted nowhere: asked
    text = "my daughter is having her 8th birthday, 10 kids"
    assert hosting_child(text, *_at(text, "my daughter")) is None  # no host


def test_the_teams_word_is_its_players() -> None:
    text = "party for our 10u softball girls 11 players (all 9-10) + 2 coaches. chicken for the girls"
    last = text.rindex("girls")
    assert team_word_again(text, last, last + 5)
    text = "our 10u boys baseball team, 11 players (all 9-10). chicken for the girls"
    last = text.rindex("girls")
    assert not team_word_again(text, last, last + 5)  # the team is the boys
    text = "our 10u girls hoops team, 9 players + 5 girls from the other team. chicken for the girls"
    last = text.rindex("girls")
    assert not team_word_again(text, last, last + 5)  # girls counted of their own


def test_who_passes_on_a_new_count_is_no_guest() -> None:
    text = "coach says we're 16 players now, not 14. same food"
    assert says_recount(text, *_at(text, "coach"))
    text = "the pastor says we'll be 30 adults now, not 24"
    assert says_recount(text, *_at(text, "pastor"))
    text = "my boss says 3 more"
    assert not says_recount(text, *_at(text, "my boss"))  # an addition: still asked
    text = "15 adults and the coach says 2 more"
    assert not says_recount(text, *_at(text, "coach"))


def test_kids_of_one_age_after_a_comma() -> None:
    assert kids_all_age("oh and 10 kids are coming too, all 8.") == "oh and 10 kids are coming too, all age 8."
    assert kids_all_age("10 kids coming too (all 8)") == "10 kids coming too (all age 8)"
    assert kids_all_age("6 kids, all 8-10") == "6 kids, all 8-10"  # a band: as it was
    assert kids_all_age("6 kids, all 4") == "6 kids, all 4"  # not the kids' band: as it was



@pytest.mark.parametrize("text", [
    "we live in 95630, party on may 3 in roseville. 20 adults",
    "our zip is 95624 but the party is at my brother's place in rocklin. 15 adults",
    "home zip 95758, the party will be at the clubhouse in lincoln",
])
def test_the_partys_town_apart_from_the_zip_asks(text: str) -> None:
    assert town_apart(text, zip_at(text), "CA")


@pytest.mark.parametrize("text", [
    "party at our house in folsom 95630, 12 adults",  # the ZIP's town
    "hi, my parents visit from fresno so family dinner. 95834",  # where guests come from
    "we're in midtown 95816, 4 adults",  # a part of town
    "team lunch, i'm the office manager at baker & sons insurance. 95825",  # a firm's name
])
def test_the_zips_own_town_or_no_party_place_asks_nothing(text: str) -> None:
    assert not town_apart(text, zip_at(text), "CA")


async def test_a_part_counted_anew_by_its_word_alone(offline: Orchestrator) -> None:
    first = "team dinner: 11 players (all 15-16) + 2 coaches. chicken and NY strip. 95661"
    quote = _quote("13 adults with 13 chicken, 13 NY strip steak", "715.00", "95661")
    total, flags = await _read(offline, "Coach says 13 players now instead of 11, food stays the same",
                               first, quote)
    assert (total, flags) == ("825.00", ())  # 15 adults: 13 players and the 2 coaches
    _, flags = await _read(offline, "13 players now instead of 11, and add lobster for everyone",
                           first, quote)
    assert flags  # a count beside a change of the food: read as before, asked


async def test_kids_coming_too_of_one_age(offline: Orchestrator) -> None:
    first = "18 adults, chicken and shrimp, 95630"
    quote = _quote("18 adults with 18 chicken, 18 shrimp", "990.00", "95630")
    total, flags = await _read(offline, "oh and 6 kids are coming too, all 10. same food", first, quote)
    assert (total, flags) == ("1170.00", ())
