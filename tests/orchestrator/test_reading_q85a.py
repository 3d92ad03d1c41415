"""Set 181's readings of round q85a: a venue not settled between the ZIP and a town
(`venue_towns`), the couple whose event it is inside a total, one grown-up by any role with their
partner, the Spanish "todos de 6 a 12 años", kids "coming too" with their band, and a grown part
of the party counted anew (`part_recount`)."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.drafts import Turn
from orchestrator.reading.part_recount import part_now, said_parts
from orchestrator.reading.venue_towns import unsettled_towns
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



@pytest.mark.parametrize("text", [
    "our office is in 95814, but the offsite might be at my place in folsom instead, still tbd.",
    "zip 95823 or maybe my moms in elk grove, tbd",
    "its at my place 95628 unless my in-laws in granite bay end up hosting, we'll see.",
    "grad party either at our place (95762) or at the park, still deciding",
])
def test_a_place_beside_a_doubt_asks_which_zip(text: str) -> None:
    assert unsettled_towns(text, zip_at(text), "CA")


@pytest.mark.parametrize("text", [
    "party at our house in folsom, 95630. we might add the sake",  # the town the ZIP is in
    "party in 95630. my parents are driving in from roseville, they might be late",  # from
    "we live in folsom but the party will be at my brother's place, 95762. 14 adults",  # settled
    "party in 95630 at 6 or at 7, not sure yet",  # times, no place
])
def test_a_place_settled_or_the_zips_own_asks_nothing(text: str) -> None:
    assert not unsettled_towns(text, zip_at(text), "CA")


def test_a_grown_part_and_its_new_count_are_read(catalog: Catalog) -> None:
    assert said_parts("18 teens (all 14-17) + 4 adult leaders", catalog) == (("teens", 18),)
    assert said_parts("8 kids (all 6-10) and 10 players (7-9)", catalog) == ()  # kids' bands
    assert part_now("pastor says we're 20 teens now, not 18. same food") == ("teens", 20, 18)
    assert part_now("we're 20 adults now, not 18") is None  # the party's own count


async def _read(offline: Orchestrator, text: str, *turns: str) -> tuple[str | None, tuple[str, ...]]:
    history = tuple(Turn(role="customer" if i % 2 == 0 else "business", text=t)
                    for i, t in enumerate(turns))
    draft = await offline.draft(channel=Channel.SMS, text=text, history=history)
    return (str(draft.quote["total"]) if draft.quote else None), tuple(draft.flags)


async def test_the_part_counted_anew_keeps_the_rest(offline: Orchestrator) -> None:
    first = "church youth group dinner: 18 teens (all 14-17) + 4 adult leaders. chicken and ny strip. 95823"
    total, flags = await _read(offline, "pastor says we're 20 teens now, not 18. same food",
                               first, _quote("22 adults with 22 chicken, 22 NY strip steak",
                                             "1,210.00", "95823"))
    assert (total, flags) == ("1320.00", ())  # 24 adults: 20 teens and the 4 leaders


async def test_the_couple_of_the_event_is_inside_its_total(offline: Orchestrator) -> None:
    total, flags = await _read(
        offline, "engagement party for my sister & her fiancé 💍 30 adults total, filet and shrimp. 95661")
    assert (total, flags) == ("1800.00", ())


async def test_a_role_with_a_partner_is_two_adults_added(offline: Orchestrator) -> None:
    first = "softball party 16 adults chicken and shrimp 95826"
    quote = _quote("16 adults with 16 chicken, 16 shrimp", "880.00", "95826")
    total, flags = await _read(offline, "but add 2 more adults, our scorekeeper and her husband", first, quote)
    assert (total, flags) == ("990.00", ())
    total, flags = await _read(offline, "can u add 2 more adults? our treasurer and his wife", first, quote)
    assert (total, flags) == ("990.00", ())


async def test_kids_bands_in_spanish_and_coming_too(offline: Orchestrator) -> None:
    total, flags = await _read(
        offline, "20 adultos y 5 niños (todos de 7 a 10 años), pollo y filete, 95838")
    assert (total, flags) == ("1375.00", ())
    _, flags = await _read(offline, "15 adultos y 6 niños (todos de 4 a 9 años), pollo, 95823")
    assert flags  # a band across two prices: asked
    first = "40th bday 20 adults, salmon and chicken, 95831"
    quote = _quote("20 adults with 20 salmon, 20 chicken", "1,200.00", "95831")
    total, flags = await _read(offline, "oh and 6 kids are coming too, all between 7 and 12. same food",
                               first, quote)
    assert (total, flags) == ("1410.00", ())
