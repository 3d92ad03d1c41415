"""Follow-ups after our quote that change the count by a role or settle a range (round q86j, set
188): some of a grown group joining beside the total they make, a total corrected with who makes
the difference, a range of grown-ups by role settled by the final count, couples out of a list
with a church, and an earlier quote gone back to for its price."""

from __future__ import annotations

import pytest

from orchestrator.offline import OfflineResponder
from orchestrator.offline_reply import OfflineReply
from orchestrator.reading.price_reasons import without_price_reasons
from orchestrator.reading.some_join_total import some_join_total
from orchestrator.service import Turn
from tests.orchestrator.readings import QUOTE_TAIL
from vocabulary.messages import Channel

STAFF_35 = (
    Turn(role="customer", text="We'll have 35 teachers and staff, all adults. We'd like NY strip "
         "and chicken. The school is in 95864."),
    Turn(role="business", text="Quote for 35 adults with 35 NY strip steak, 35 chicken: guests "
         "$1,925.00. Travel to 95864: no fee. Total $1,925.00." + QUOTE_TAIL),
)
PARENTS_22 = (
    Turn(role="customer", text="swim team parents lunch for 22 (all adults), ny strip and chicken, 95820"),
    Turn(role="business", text="Quote for 22 adults with 22 NY strip steak, 22 chicken: guests "
         "$1,210.00. Travel to 95820: no fee. Total $1,210.00." + QUOTE_TAIL),
)
VOLUNTEERS_RANGE = (
    Turn(role="customer", text="We expect 25-30 volunteers, all adults. We'd like chicken and "
         "shrimp. The school is in 95833."),
    Turn(role="business", text="Once you have a final headcount I can send an exact quote. For "
         "reference, 30 adults with chicken and shrimp would be $1,650.00 with no travel fee."),
)
COUPLES = (
    Turn(role="customer", text="small group dinner 🙏 5 couples from church + me and my husband. "
         "shrimp and ny strip. 95624"),
    Turn(role="business", text="Quote for 12 adults with 12 shrimp, 12 NY strip steak: guests "
         "$660.00. Travel to 95624: no fee. Total $660.00." + QUOTE_TAIL),
)
TWO_QUOTES = (
    Turn(role="customer", text="Booster club volunteers dinner, 18 adults, chicken and shrimp, 95828."),
    Turn(role="business", text="Quote for 18 adults with 18 chicken, 18 shrimp: guests $990.00. "
         "Travel to 95828: no fee. Total $990.00." + QUOTE_TAIL),
    Turn(role="customer", text="What if we did lobster instead of shrimp?"),
    Turn(role="business", text="Quote for 18 adults with 18 chicken, 18 lobster tail: guests "
         "$990.00, protein upgrades $270.00. Travel to 95828: no fee. Total $1,260.00." + QUOTE_TAIL),
)


def _adults(reply: OfflineReply) -> int | None:
    return None if reply.order is None else reply.order.adults


@pytest.mark.parametrize("text", [
    "Two of our custodians will be joining us too, so it's 37 now.",
    "2 of our bus drivers want to come too so 37 adults now",
])
def test_some_of_a_group_joining_make_the_total(text: str, offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.EMAIL, history=STAFF_35, text=text)
    assert not [f for f in reply.flags if not f.startswith("staff_to_confirm")]
    assert _adults(reply) == 37


def test_joiners_who_do_not_make_the_total_are_asked(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, history=STAFF_35,
                            text="2 of our aides will be joining us too, so it's 41 now")
    assert reply.needs_human


def test_some_join_total_leaves_kids_and_hedges() -> None:
    assert some_join_total("2 of our custodians will be joining us too, so it's 37 now") == (2, [(0, 52)])
    assert some_join_total("2 of our players will be joining us too, so it's 37 now") == (0, [])
    assert some_join_total("2 of our aides might be joining us too, so it's 37 now") == (0, [])


def test_total_corrected_with_who_makes_it(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, history=PARENTS_22,
                            text="ahh sorry its 24 not 22, 2 more moms rsvp'd. same food")
    assert not reply.flags and _adults(reply) == 24


def test_total_corrected_that_the_joiners_do_not_make_is_asked(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, history=PARENTS_22,
                            text="its 24 not 21, 3 more moms rsvp'd. same food")
    assert reply.needs_human


@pytest.mark.parametrize("text", ["Final headcount came in at 28.", "Our final count is 28.",
                                  "RSVPs are in: 27 volunteers plus our principal, so 28 adults."])
def test_range_by_role_settled_by_the_final_count(text: str, offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.EMAIL, history=VOLUNTEERS_RANGE, text=text)
    assert not [f for f in reply.flags if not f.startswith("staff_to_confirm")]
    assert _adults(reply) == 28


def test_range_by_role_alone_is_asked(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.EMAIL, history=(), text=VOLUNTEERS_RANGE[0].text)
    assert any("25-30 volunteers" in f for f in reply.flags)


def test_couples_out_of_a_list_with_church(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, history=COUPLES,
                            text="one of the couples cant make it so 4 couples now. same food")
    assert not reply.flags and _adults(reply) == 10


def test_back_to_the_first_quote_for_its_price(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.EMAIL, history=TWO_QUOTES, text="That's a bit much for "
                            "the boosters' budget, let's go back to the first one.\n\nCoach Hernandez")
    assert not reply.flags
    assert reply.quote is not None and reply.quote["total"] == "990.00"


def test_price_reasons_keep_what_the_order_asks() -> None:
    assert without_price_reasons("too much for the kids add the sake").strip() == "for the kids add the sake"
    assert without_price_reasons("ok thats too pricey for the club, lets").split() == ["ok", ",", "lets"]
