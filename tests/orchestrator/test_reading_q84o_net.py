"""The net for confident wrong totals near the forty-fourth session's new readers (round q84o): a
booking said at our total for another count, an earlier quote named inside a question, "we're 2
adults short", "change the chicken for 4 people to tofu", the writer beside the dads given a
choice, a family "(already counted)", and "eat like grown men so add 4 more adults"."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.drafts import Draft, Turn
from orchestrator.reading.change_for_some import change_for_some
from orchestrator.reading.named_asked import named_in_question
from orchestrator.reading.quote_booked import count_disagreed
from orchestrator.reading.role_choices import writer_beside
from orchestrator.reading.short_counts import short_counts
from orchestrator.service import Orchestrator
from orchestrator.tools import ZipCentroidDistance
from vocabulary.messages import Channel

_TAIL = " A $100 deposit holds the date (deducted from the bill); gratuity is not included."
_TWELVE = ("Quote for 12 adults with 12 chicken, 12 shrimp: guests $660.00. Travel to 95823: no "
           f"fee. Total $660.00.{_TAIL}")
_ASKED = [("customer", "12 adults chicken and shrimp 95823"), ("business", _TWELVE)]


@pytest.fixture(scope="module")
def offline(catalog: Catalog, distance: ZipCentroidDistance) -> Orchestrator:
    return Orchestrator(catalog=catalog, client=None, model="unused", distance=distance)


async def _draft(offline: Orchestrator, text: str, said: list[tuple[str, str]]) -> Draft:
    history = tuple(Turn(role="customer" if r == "customer" else "business", text=t) for r, t in said)
    return await offline.draft(channel=Channel.SMS, history=history, text=text)


@pytest.mark.parametrize(("text", "why"), [
    ("ok $660 for 14 people works, book it", "said for 14 guests, our quote's 12"),
    ("ok $660 for 12 of us, book it", None),
    ("ok 660 is fine, book it", None),
])  # fmt: skip
def test_our_total_said_for_another_count_is_asked(text: str, why: str | None) -> None:
    got = count_disagreed([*_ASKED, ("customer", text)])
    assert (why in got) if why and got else got is why


@pytest.mark.parametrize(("text", "asked"), [
    ("was the first one with the sake?", True),
    ("does the filet one include the show?", True),
    ("the filet one, but what would the lobster be for just 4 people?", True),
    ("the first one was fine, lets do that but add the sake", False),
    ("could we do the first one with the show?", False),
])  # fmt: skip
def test_a_quote_named_in_a_question_is_not_taken(text: str, asked: bool) -> None:
    name = next(n for n in ("first one", "filet one") if n in text)
    start = text.index(name)
    assert named_in_question(text, start, start + len(name)) is asked


@pytest.mark.parametrize(("text", "written"), [
    ("we're 2 adults short now", "2 fewer adults now"),
    ("we're 3 short", "3 fewer guests"),
    ("2 people short, same food", "2 fewer people, same food"),
    ("add 2 short ribs", "add 2 short ribs"),
    ("i'm 2 short of a full table", "i'm 2 short of a full table"),
])  # fmt: skip
def test_guests_short_are_fewer(text: str, written: str) -> None:
    assert short_counts(text) == written


def test_a_swap_for_some_said_before_its_protein() -> None:
    assert change_for_some("change the chicken for 4 people to tofu") == (
        "change the chicken to tofu for 4 people")
    assert change_for_some("switch the shrimp for 5 of them to scallops") == (
        "switch the shrimp to scallops for 5 of them")
    assert change_for_some("change the chicken to filet for 5 people") == (
        "change the chicken to filet for 5 people")


def test_the_writer_beside_the_dads_is_asked() -> None:
    assert writer_beside("10 kids (all 9) + 6 parents + me (mom). the adults want filet")
    assert writer_beside("me, 6 dads and 10 kids (all 9). the dads want filet and shrimp")
    assert not writer_beside("7 kids (all 10) and 4 dads incl me. the dads want filet")


async def test_short_and_swaps_for_some_priced(offline: Orchestrator) -> None:
    short = await _draft(offline, "we're 2 adults short now", _ASKED)
    assert short.order is not None and short.order.adults == 10 and not short.flags
    swap = await _draft(offline, "change the chicken for 4 people to tofu", _ASKED)
    assert swap.order is not None and swap.order.adults == 12, swap.flags
    assert {p.name: p.portions for p in swap.order.proteins} == {
        "chicken": 8, "shrimp": 12, "tofu": 4}


@pytest.mark.parametrize("text", [
    "14 adults total, plus my brother's family: 4 adults (already counted). chicken shrimp 95864",
    "10 adults and 4 boys (12, 11, 10, 9). the boys eat like grown men so add 4 more adults. "
    "ny strip and chicken 95843",
    "me, 6 dads and 10 boys (all 9). chicken for the boys, the dads want filet and shrimp. 95630",
])  # fmt: skip
async def test_unsure_counts_and_choices_are_flagged(offline: Orchestrator, text: str) -> None:
    draft = await _draft(offline, text, [])
    assert any(f.startswith("check_order") for f in draft.flags), draft.text
