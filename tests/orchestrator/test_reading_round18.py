"""The newest blind sets' wrongs (issue 12, helper q18a), read directly, each with the near misses
that must stay what they are: counts and ZIP codes as a voice keyboard writes them, a party with
no adult, travel questions about a place, charges disputed after the event, and twins of an age
beside the kids listed."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.complaints import is_complaint
from orchestrator.evaluation import _intent
from orchestrator.extraction import extract, normalize
from orchestrator.reading.spoken import spoken_numbers
from orchestrator.service import Orchestrator
from tests.orchestrator.readings import guests, order, portions
from vocabulary.messages import Channel


@pytest.fixture
def offline(catalog: Catalog) -> Orchestrator:
    return Orchestrator(catalog=catalog, client=None, model="unused")


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("we got ate adults and tree kids", "we got 8 adults and 3 kids"),
        ("and for kids ages 6 7 9 and 12", "and 4 kids ages 6 7 9 and 12"),
        ("+ to kids (6 and 10)", "+ 2 kids (6 and 10)"),
        ("zip code 9 5 6 6 1", "zip code 95661"),
        ("zip is 9 5 8 oh 2", "zip is 95802"),
        # a preposition before a guest word, a verb, a ZIP of too few digits: as written
        ("chicken for kids and filet for adults", "chicken for kids and filet for adults"),
        ("and for kids we want chicken, 3 kids (7, 8, 9)", "and for kids we want chicken, 3 kids (7, 8, 9)"),
        ("for kids ages 6 and 9", "for kids ages 6 and 9"),  # two ages, not four
        ("chicken for kids 6 7 8 and 9", "chicken for kids 6 7 8 and 9"),  # the kids' protein
        ("10 adults, for kids 6 7 8 9", "10 adults, 4 kids 6 7 8 9"),
        ("we ate at ur place", "we ate at ur place"),
        ("zip 9 5 8", "zip 9 5 8"),
    ],
)
def test_counts_and_zips_a_voice_keyboard_wrote(said: str, read: str) -> None:
    assert spoken_numbers(said) == read


def test_a_voice_typed_order_is_read_whole(catalog: Catalog) -> None:
    text = "so its ate adults and for kids ages 5 8 9 and 11, filet n chicken, zip code nine five six one zero"
    o = order(text, catalog)
    assert guests(o) == (8, 3, 1) and o.zip_code == "95610" and o.sure
    assert portions(o) == {"filet_mignon": 11, "chicken": 11}


@pytest.mark.parametrize(
    "text",
    [
        "the adults and 4 kids 7 8 9 10 all want chicken and shrimp 95823",  # adults named, no count
        "5 kids ages 6 7 8 9 10, chicken, 95822",  # a party of children alone
    ],
)
def test_a_party_with_no_adult_is_never_sure(text: str, catalog: Catalog) -> None:
    o = order(text, catalog)
    assert o.adults == 0 and not o.sure
    assert "no adult counted, only children: how many adults?" in o.checks


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("is placerville too far for yall or do u charge extra", "Placerville (95667) is 46.0 miles"),
        ("yall come all the way out to grass valley??", "Grass Valley ("),
        ("would you guys drive up to south lake tahoe or is that too far", "South Lake Tahoe ("),
    ],
)
async def test_a_travel_question_about_a_place_gets_its_fee(
    text: str, place: str, offline: Orchestrator
) -> None:
    draft = await offline.draft(channel=Channel.SMS, text=text)
    assert draft.text.startswith(place) and "First 30 miles" in draft.text
    assert draft.quote is None and not draft.needs_human and _intent(draft) == "policy"
    assert {r.name for r in draft.tool_runs} == {"calculate_travel_fee"}


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("why is there a $30 travel fee on my invoice?? ur guy told me no travel fee for 95758", True),
        ("there was a travel charge on our receipt but we're in 95826, you said no fee", True),
        ("will there be a travel fee on our invoice? we were told 95624 has none", False),
        ("I was told the deposit shows up as a charge on my card, is that normal?", False),
        ("there is a fee on my statement, you said it would be waived", True),
        ("is there a travel charge for 95624?", False),
        ("paid 550 for 6 of us, total ripoff tbh", True),
        ("there were just 4 of us last sat, why were we charged 550??", True),
        ("we were only 5 why did we pay the full minimum", True),
        ("we dont want to get ripped off lol, is the minimum really 550 for 6?", False),
        ("is the $550 minimum even if we're only 5?", False),
        ("how much did we pay last time? only 6 of us again", False),
    ],
)
def test_a_charge_disputed_after_the_event_is_a_complaint(text: str, complaint: bool) -> None:
    assert is_complaint(normalize(text)) is complaint


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("twins bday party (they turn 2) + 8 adults + 3 kids (6, 9, 11), chicken 95758", (8, 3, 2)),
        ("our twins birthday, they're turning 4! 12 adults and 2 kids 7 and 10, chicken 95827",
         (12, 2, 2)),
        ("my twins bday (turning 7) + 10 adults + 4 kids (7, 7, 9, 10) chicken 95829", (10, 4, 0)),
    ],
)
def test_twins_of_an_age_beside_the_kids_listed(text: str, party: tuple[int, int, int],
                                                catalog: Catalog) -> None:
    o = order(text, catalog)
    assert guests(o) == party and o.sure


@pytest.mark.parametrize(
    "text",
    [
        "twins bday (they're turning 8) + 10 adults + 3 kids (8, 9, 11) chicken 95838",
        "twins turning 4!! 12 adults + 3 kids, chicken and filet 95838",
    ],
)
def test_twins_who_may_be_among_the_kids_are_asked(text: str, catalog: Catalog) -> None:
    assert extract(text, catalog).checks
