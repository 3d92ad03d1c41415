"""Kids who join after a quote with kids (round q85m): added to the party quoted, never put in
place of its kids ("My brother's two girls (6 and 9) can join us as well" after kids of 4, 8 and
10); asked when they may be among the kids counted."""

from __future__ import annotations

import pytest

from orchestrator.offline import OfflineResponder
from orchestrator.reading.kids_joining import kids_join_said
from orchestrator.service import Turn
from tests.orchestrator.readings import QUOTE_TAIL
from vocabulary.messages import Channel

KIDS_CHICKEN = (
    Turn(role="customer", text="Hi,\n\nCould we get a quote for 10 adults and 3 kids (4, 8, 10)? "
         "Chicken and salmon for the adults, chicken for the kids. ZIP 95630.\n\nThanks,\nAna"),
    Turn(role="business", text="Quote for 10 adults, 2 children (6-12) and 1 under 6 (free) with "
         "10 chicken, 10 salmon, 2 chicken: guests $610.00, protein upgrades $50.00. Travel to "
         "95630: no fee. Total $660.00." + QUOTE_TAIL),
)


@pytest.mark.parametrize("text", [
    "Hi,\n\nMy brother's two girls (6 and 9) can join us as well.",
    "Hi,\n\nMy brother's two girls (6 and 9) would like to join as well, if that's ok.",
    "My brother's two girls (6 and 9) can come too.",
    "also my neighbor's 2 kids (6, 9) are coming",
])
def test_a_relations_kids_who_join_are_added(text: str, offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.EMAIL, history=KIDS_CHICKEN, text=text)
    assert not reply.flags
    order = reply.order
    assert order is not None and (order.adults, order.children, order.toddlers) == (10, 4, 1)
    assert reply.quote is not None and reply.quote["total"] == "720.00"


@pytest.mark.parametrize("text", [
    "Hi,\n\nTwo girls (6 and 9) can join us as well.",  # whose? perhaps among the 3
    "Hi,\n\nMy brother's two girls (4 and 8) can join us as well.",  # ages of the order's kids
    "Hi,\n\nMy brother's two girls (6 and 9).",  # someone else's kids: no correction of the 3
])
def test_kids_who_may_be_those_counted_are_asked(text: str, offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.EMAIL, history=KIDS_CHICKEN, text=text)
    assert any("in addition to the others, or in all?" in f for f in reply.flags)


@pytest.mark.parametrize(("text", "joins"), [
    ("my brother's 2 girls (6 and 9) can join us as well", True),
    ("my cousin's kids are coming as well, 3 and 9", True),
    ("the kids are 6 and 9 now", False),
    ("2 girls (6 and 9) can join, so 5 kids total", False),
    ("sorry, the kids are actually 6 and 9", False),
    ("can we also add the sake", False),
    ("good news, my brother's 2 girls (6 and 9) can make it after all", True),
    # the merged reading had asked these two (set 176 fn078, 64 bf008): a new count, and none
    ("oops, i forgot my niece! she's 10, so it's 5 kids", False),
    ("no kids after all", False),
])
def test_kids_said_to_join(text: str, joins: bool) -> None:
    assert kids_join_said(text) is joins


STRIP_SALMON = (
    Turn(role="customer", text="Hi,\n\nCould we get a quote for 16 adults, NY strip and salmon? Party "
         "would be at 95628.\n\nThank you,\nMike"),
    Turn(role="business", text="Quote for 16 adults with 16 NY strip steak, 16 salmon: guests "
         "$880.00, protein upgrades $80.00. Travel to 95628: no fee. Total $960.00." + QUOTE_TAIL),
)


@pytest.mark.parametrize("text", [
    "Hi,\n\nThanks. One change: two guests don't eat red meat, so could those two have shrimp "
    "instead of the NY strip? Everyone else stays the same.\n\nThanks,\nMike",
    "Small change - 2 guests don't eat red meat, could they have shrimp instead of the NY strip?",
])
def test_guests_counted_by_a_diet_swap_for_themselves(text: str, offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.EMAIL, history=STRIP_SALMON, text=text)
    assert not reply.flags
    assert reply.order is not None and reply.order.adults == 16
    assert {p.name: p.portions for p in reply.order.proteins} == {
        "NY strip steak": 14, "shrimp": 2, "salmon": 16}


RETIREMENT = (
    Turn(role="customer", text="Good afternoon,\n\nI'd like a quote for a retirement dinner: 30 "
         "adults, chicken and salmon, at our home in Folsom (95630).\n\nRegards,\nDave"),
    Turn(role="business", text="Quote for 30 adults with 30 chicken, 30 salmon: guests $1,650.00, "
         "protein upgrades $150.00. Travel to 95630: no fee. Total $1,800.00." + QUOTE_TAIL),
)


def test_a_swap_for_some_beside_kids_who_join_keeps_the_rest_the_adults(
    offline: OfflineResponder,
) -> None:
    reply = offline.respond(channel=Channel.EMAIL, history=RETIREMENT, text=(
        "Good afternoon,\n\nTwo updates: 6 of us would rather have filet than salmon, and our 2 "
        "grandkids (ages 9 and 12) are coming after all - chicken and salmon for them.\n\nDave"))
    assert not reply.flags
    assert reply.order is not None and {p.name: p.portions for p in reply.order.proteins} == {
        "chicken": 32, "salmon": 26, "filet mignon": 6}


CHICKEN_STRIP = (
    Turn(role="customer", text="12 adults chicken and ny strip 95823"),
    Turn(role="business", text="Quote for 12 adults with 12 chicken, 12 NY strip steak: guests "
         "$660.00. Travel to 95823: no fee. Total $660.00." + QUOTE_TAIL),
)


@pytest.mark.parametrize(("text", "adults"), [
    ("same as b4 but drop it to 10 adults and add the sake", 10),
    ("can we drop it to 10 people? everything else the same", 10),
])
def test_a_count_dropped_to_below_the_orders_is_the_new_count(
    text: str, adults: int, offline: OfflineResponder
) -> None:
    reply = offline.respond(channel=Channel.SMS, history=CHICKEN_STRIP, text=text)
    assert not reply.flags
    assert reply.order is not None and reply.order.adults == adults


def test_a_count_dropped_to_no_lower_is_asked(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, history=CHICKEN_STRIP,
                            text="what if we drop to 14 adults, how much?")
    assert any("'drop'" in f for f in reply.flags)
