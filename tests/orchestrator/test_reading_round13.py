"""The ninth blind set's proteins, choices, forms and follow-ups (issue 12, round 11b), each with
the near misses that must stay asked: "N of us adults"; a change of mind that is a swap or a
removal; the reason beside an add-on not taken; people of a clear number who now come; a form's
numbered fields and bands; "split 50/50 between"; "every1"; an idiom's "or"; "party 4 my"."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.arrivals import arrivals
from orchestrator.reading.forms import form_fields
from orchestrator.service import Orchestrator, Turn
from tests.orchestrator.readings import guests, order, portions
from vocabulary.messages import Channel


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("protein choice 1: chicken", "protein choice: chicken"),
        ("protein #2 - salmon", "protein - salmon"),
        ("kids 5 and under: 0", "kids under 6: 0"),
        ("protein: 2 per person - chicken and filet", "2 proteins per person - chicken and filet"),
        ("split 50/50 between scallops and strip steak", "half scallops and half strip steak"),
        # "pick 2: chicken, shrimp, tofu" chooses 2 of 3: the number stays to be read (or asked)
        ("pick 2: chicken, shrimp, tofu", "pick 2: chicken, shrimp, tofu"),
        ("kids 5 and under love it", "kids 5 and under love it"),  # no field: left as written
    ],
)
def test_form_fields_are_written_the_way_the_readers_know_them(text: str, expected: str) -> None:
    assert form_fields(text) == expected


def test_people_of_a_clear_number_who_now_come() -> None:
    assert [a.adults if a else None for a in map(arrivals, [
        "my parents can come after all", "my sister and her husband can make it now",
        "my brother n his wife r coming too", "my mom is coming too", "my cousins are coming too",
    ])] == [2, 2, 2, 1, None]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("just 5 of us grownups, scallops and filet 95834", {"scallops": 5, "filet_mignon": 5}),
        ("shrimp and ny strip... wait no, swap the strip for scallops. 12 adults 95630",
         {"shrimp": 12, "scallops": 12}),
        ("10 ppl, chicken + salmon. on second thought make the salmon lobster 95661",
         {"chicken": 10, "lobster_tail": 10}),
        ("11 adults, filet and chicken. actually drop the chicken, do shrimp 95630",
         {"filet_mignon": 11, "shrimp": 11}),
        ("9 adults, every1 wants 2 scallops 95630", {"scallops": 18}),
        ("every plate gets 2 lobster + 1 chicken, go big or go home. 8 adults 95630",
         {"lobster_tail": 16, "chicken": 8}),
    ],
)
def test_choices_as_finally_said(catalog: Catalog, text: str, expected: dict[str, int]) -> None:
    read = order(text, catalog)
    assert read.sure and portions(read) == expected


async def test_near_misses_stay_asked(catalog: Catalog) -> None:
    assert not order("14 adults chicken and shrimp, hold the shrimp for 2 of them 95630", catalog).sure
    assert not order("every plate gets filet or lobster, 10 adults 95630", catalog).sure
    offline = Orchestrator(catalog=catalog, client=None, model="unused")
    history = (Turn(role="customer", text="14 adults, chicken + salmon 95630"),
               Turn(role="business", text="14 adults: $840.00 total."))  # fmt: skip
    cousins = await offline.draft(channel=Channel.SMS, history=history,
                                  text="my cousins can come after all, same food for them")  # fmt: skip
    assert cousins.needs_human and cousins.quote is None


def test_a_follow_up_adds_the_people_who_now_come(catalog: Catalog) -> None:
    read = order("my parents can come after all!! same food for them", catalog,
                 "15 adults, ny strip and chicken 95630")  # fmt: skip
    assert read.sure and guests(read) == (17, 0, 0)
    assert portions(read) == {"ny_strip": 17, "chicken": 17}


def test_party_4_my_is_for(catalog: Catalog) -> None:
    read = order("bday party 4 my dad's 70th, 15 guests, chicken & filet, longer show please 95630",
                 catalog)  # fmt: skip
    assert read.sure and guests(read) == (15, 0, 0)
    assert [a for a in read.add_ons] == ["extended_performance"]
