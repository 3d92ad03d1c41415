"""A follow-up after our quote that names no one leaving must not price fewer adults than the
quote counted (set 182's ft033: "us, my in-laws, 4 couples from his work and our 3 kids" quoted
as 13 adults, re-read as 8 when "my sister's 2 boys can come too")."""

from __future__ import annotations

import pytest

from orchestrator.offline import OfflineResponder
from orchestrator.service import Turn
from vocabulary.messages import Channel

FIRST = ("Hi! Summer bbq for my husband's 45th 🎉 it'll be us, my in-laws, 4 couples from his work "
         "and our 3 kids (13, 9, 4). chicken and filet please. 95610")
QUOTE = ("Quote for 13 adults, 1 child (6-12), 1 under 6 (free) with 14 chicken, 14 filet mignon: "
         "guests $745.00, protein upgrades $70.00. Travel to 95610: no fee. Total $815.00. A $100 "
         "deposit holds the date (deducted from the bill); gratuity is not included, 20-35% is "
         "customary.")
HISTORY = (Turn(role="customer", text=FIRST), Turn(role="business", text=QUOTE))


# the same list with no partner named ("us" of no number): still read short (round q85k read
# ft033's own list whole, 13 adults, so the net is kept on this one)
SHORT = (Turn(role="customer", text=FIRST.replace("for my husband's 45th", "on saturday").replace(
    "from his work", "from work")), Turn(role="business", text=QUOTE))
BOYS = "thank you!! oh and my sister's 2 boys can come too, they're 7 and 11. same food"


def test_kids_added_to_a_quote_read_short_ask_rather_than_price(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, history=SHORT, text=BOYS)
    assert any("our quote counted 13 adults" in f for f in reply.flags)


def test_kids_added_to_the_list_read_whole_are_priced(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, history=HISTORY, text=BOYS)  # 182 ft033 (q85k)
    assert reply.order is not None and (reply.order.adults, reply.order.children) == (13, 3)
    assert not any(f.startswith("check_order") for f in reply.flags)


@pytest.mark.parametrize(
    "text", ["actually 10 adults now, same food", "Final headcount came in at 12. Same food please."]
)
def test_a_new_count_is_the_readings_to_settle(text: str, offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, history=HISTORY, text=text)
    assert not any("our quote counted" in f for f in reply.flags)
